// Package status is a stub of gRPC's status package, which Go services
// commonly import under the name status.
package status

// Status is a gRPC status.
type Status struct{ code int }

// New returns a Status.
func New(code int, msg string) *Status { return &Status{code} }
