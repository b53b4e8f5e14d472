// Package webkit is a stand-in for a project's web toolkit in another
// package, whose status parameters barestatus learns from -sinks.
package webkit

// Ctx is a request context.
type Ctx struct{}

// Status sets the response status.
func (c *Ctx) Status(code int) *Ctx { return c }

// Reply writes msg with the status code.
func Reply(msg string, code int) {}

// Either writes msg with the first of codes.
func Either(msg string, codes ...int) {}

// Name is not an integer parameter.
func Name(msg string) {}
