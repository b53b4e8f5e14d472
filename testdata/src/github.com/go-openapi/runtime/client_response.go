// Package runtime is a stub of github.com/go-openapi/runtime for the
// analyzer's fixtures. The declarations copy the signatures of
// go-openapi/runtime v0.33.4 (client_response.go); the bodies do nothing.
package runtime

import "io"

// ClientResponse represents a client response.
// This bridges between responses obtained from different transports.
type ClientResponse interface {
	Code() int
	Message() string
	GetHeader(string) string
	GetHeaders(string) []string
	Body() io.ReadCloser
}
