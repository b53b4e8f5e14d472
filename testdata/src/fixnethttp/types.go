// Package fixnethttp holds the import situations of -style=nethttp.
package fixnethttp

// APIResponse is a response type matched by shape.
type APIResponse struct {
	Status  int
	Message string
}
