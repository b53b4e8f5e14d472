// Package echo is a stub of github.com/labstack/echo/v4 for the analyzer's
// fixtures. The declarations copy the signatures of echo v4.16.0
// (context.go, echo.go, response.go); the bodies do nothing.
package echo

import (
	"io"
	"net/http"
)

// Map defines a generic map of type map[string]any.
type Map map[string]interface{}

// HandlerFunc defines a function to serve HTTP requests.
type HandlerFunc func(c Context) error

// Context represents the context of the current HTTP request
// (context.go:21). It is an interface in v4.
type Context interface {
	// Request returns `*http.Request`.
	Request() *http.Request

	// Response returns `*Response`.
	Response() *Response

	// Render renders a template with data and sends a text/html response with status
	// code. Renderer must be registered using `Echo.Renderer`.
	Render(code int, name string, data any) error

	// HTML sends an HTTP response with status code.
	HTML(code int, html string) error

	// HTMLBlob sends an HTTP blob response with status code.
	HTMLBlob(code int, b []byte) error

	// String sends a string response with status code.
	String(code int, s string) error

	// JSON sends a JSON response with status code.
	JSON(code int, i any) error

	// JSONPretty sends a pretty-print JSON with status code.
	JSONPretty(code int, i any, indent string) error

	// JSONBlob sends a JSON blob response with status code.
	JSONBlob(code int, b []byte) error

	// JSONP sends a JSONP response with status code.
	JSONP(code int, callback string, i any) error

	// JSONPBlob sends a JSONP blob response with status code.
	JSONPBlob(code int, callback string, b []byte) error

	// XML sends an XML response with status code.
	XML(code int, i any) error

	// XMLPretty sends a pretty-print XML with status code.
	XMLPretty(code int, i any, indent string) error

	// XMLBlob sends an XML blob response with status code.
	XMLBlob(code int, b []byte) error

	// Blob sends a blob response with status code and content type.
	Blob(code int, contentType string, b []byte) error

	// Stream sends a streaming response with status code and content type.
	Stream(code int, contentType string, r io.Reader) error

	// File sends a response with the content of the file.
	File(file string) error

	// NoContent sends a response with no body and a status code.
	NoContent(code int) error

	// Redirect redirects the request to a provided URL with status code.
	Redirect(code int, url string) error

	// Error invokes the registered global HTTP error handler.
	Error(err error)
}

// HTTPError represents an error that occurred while handling a request
// (echo.go:136). Its Code field is an HTTP status.
type HTTPError struct {
	Internal error       `json:"-"` // Stores the error returned by an external dependency
	Message  interface{} `json:"message"`
	Code     int         `json:"-"`
}

// NewHTTPError creates a new HTTPError instance (echo.go:918).
func NewHTTPError(code int, message ...interface{}) *HTTPError { panic("stub") }

// Error makes it compatible with `error` interface.
func (he *HTTPError) Error() string { panic("stub") }

// SetInternal sets error to HTTPError.Internal.
func (he *HTTPError) SetInternal(err error) *HTTPError { panic("stub") }

// WithInternal returns clone of HTTPError with err set to HTTPError.Internal field.
func (he *HTTPError) WithInternal(err error) *HTTPError { panic("stub") }

// Unwrap satisfies the Go 1.13 error wrapper interface.
func (he *HTTPError) Unwrap() error { panic("stub") }

// Response wraps an http.ResponseWriter (response.go:17). Its Status field
// is the HTTP status written, or to be written.
type Response struct {
	Writer    http.ResponseWriter
	Status    int
	Size      int64
	Committed bool
}

// Header returns the header map for the writer.
func (r *Response) Header() http.Header { panic("stub") }

// WriteHeader sends an HTTP response header with status code.
func (r *Response) WriteHeader(code int) {}

// Write writes the data to the connection as part of an HTTP reply.
func (r *Response) Write(b []byte) (n int, err error) { panic("stub") }
