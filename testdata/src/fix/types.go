// Package fix holds one file per import situation of the fixes.
package fix

// APIResponse is a response type matched by shape.
type APIResponse struct {
	Status  int
	Message string
}
