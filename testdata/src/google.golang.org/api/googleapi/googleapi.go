// Package googleapi is a stub of google.golang.org/api/googleapi for the
// analyzer's fixtures. The declarations copy the signatures of
// google.golang.org/api v0.316.0 (googleapi/googleapi.go); the bodies do
// nothing.
package googleapi

import "net/http"

// Error contains an error response from the server.
type Error struct {
	// Code is the HTTP response status code and will always be populated.
	Code int `json:"code"`
	// Message is the server response message.
	Message string `json:"message"`
	// Body is the raw response returned by the server.
	Body string
	// Header contains the response header fields from the server.
	Header http.Header
}

func (e *Error) Error() string { return "" }

// ErrorItem is a detailed error code & message from the Google API frontend.
type ErrorItem struct {
	// Reason is the typed error code.
	Reason string `json:"reason"`
	// Message is the human-readable description of the error.
	Message string `json:"message"`
}
