// Package echo is a stub of github.com/labstack/echo/v5 for the analyzer's
// fixtures. The declarations copy the signatures of echo v5.4.4
// (context.go, httperror.go, response.go, rfc9457.go); the bodies do
// nothing.
package echo

import (
	"io"
	"net/http"
)

// HandlerFunc defines a function to serve HTTP requests (echo.go:131).
type HandlerFunc func(c *Context) error

// Context represents the context of the current HTTP request
// (context.go:64). It is a struct in v5, used through *Context.
type Context struct {
	request  *http.Request
	response http.ResponseWriter
}

// Request returns `*http.Request`.
func (c *Context) Request() *http.Request { return c.request }

// Response returns the response writer; in v5 it is an http.ResponseWriter,
// which UnwrapResponse turns into *Response.
func (c *Context) Response() http.ResponseWriter { return c.response }

// Render renders a template with data and sends a text/html response with status code.
func (c *Context) Render(code int, name string, data any) (err error) { panic("stub") }

// HTML sends an HTTP response with status code.
func (c *Context) HTML(code int, html string) (err error) { panic("stub") }

// HTMLBlob sends an HTTP blob response with status code.
func (c *Context) HTMLBlob(code int, b []byte) (err error) { panic("stub") }

// String sends a string response with status code.
func (c *Context) String(code int, s string) (err error) { panic("stub") }

// JSON sends a JSON response with status code.
func (c *Context) JSON(code int, i any) (err error) { panic("stub") }

// JSONPretty sends a pretty-print JSON with status code.
func (c *Context) JSONPretty(code int, i any, indent string) (err error) { panic("stub") }

// JSONBlob sends a JSON blob response with status code.
func (c *Context) JSONBlob(code int, b []byte) (err error) { panic("stub") }

// JSONP sends a JSONP response with status code.
func (c *Context) JSONP(code int, callback string, i any) (err error) { panic("stub") }

// JSONPBlob sends a JSONP blob response with status code.
func (c *Context) JSONPBlob(code int, callback string, b []byte) (err error) { panic("stub") }

// XML sends an XML response with status code.
func (c *Context) XML(code int, i any) (err error) { panic("stub") }

// XMLPretty sends a pretty-print XML with status code.
func (c *Context) XMLPretty(code int, i any, indent string) (err error) { panic("stub") }

// XMLBlob sends an XML blob response with status code.
func (c *Context) XMLBlob(code int, b []byte) (err error) { panic("stub") }

// Blob sends a blob response with status code and content type.
func (c *Context) Blob(code int, contentType string, b []byte) (err error) { panic("stub") }

// Stream sends a streaming response with status code and content type.
func (c *Context) Stream(code int, contentType string, r io.Reader) (err error) { panic("stub") }

// File sends a response with the content of the file.
func (c *Context) File(file string) error { panic("stub") }

// NoContent sends a response with no body and a status code.
func (c *Context) NoContent(code int) error { panic("stub") }

// Redirect redirects the request to a provided URL with status code.
func (c *Context) Redirect(code int, url string) error { panic("stub") }

// The following errors can produce HTTP status code by implementing
// HTTPStatusCoder interface (httperror.go:13).
var (
	ErrBadRequest          = &httpError{http.StatusBadRequest}          // 400
	ErrNotFound            = &httpError{http.StatusNotFound}            // 404
	ErrInternalServerError = &httpError{http.StatusInternalServerError} // 500
)

// HTTPStatusCoder is an interface that errors can implement to produce
// status code for HTTP response (httperror.go:44).
type HTTPStatusCoder interface {
	StatusCode() int
}

// StatusCode returns status code from err if it implements HTTPStatusCoder
// interface, or 0.
func StatusCode(err error) int { panic("stub") }

// ResolveResponseStatus returns the Response and HTTP status code that
// should be (or has been) sent for rw.
func ResolveResponseStatus(rw http.ResponseWriter, err error) (resp *Response, status int) {
	panic("stub")
}

// NewHTTPError creates a new instance of HTTPError (httperror.go:104).
// Unlike v4, message is a single, required string.
func NewHTTPError(code int, message string) *HTTPError { panic("stub") }

// HTTPError represents an error that occurred while handling a request
// (httperror.go:112).
type HTTPError struct {
	// Code is status code for HTTP response
	Code    int    `json:"-"`
	Message string `json:"message"`
	err     error
}

// StatusCode returns status code for HTTP response.
func (he *HTTPError) StatusCode() int { return he.Code }

// Error makes it compatible with the `error` interface.
func (he *HTTPError) Error() string { panic("stub") }

// Wrap returns a new HTTPError with given errors wrapped inside.
func (he HTTPError) Wrap(err error) error { panic("stub") }

// Unwrap returns the wrapped error.
func (he *HTTPError) Unwrap() error { return he.err }

type httpError struct {
	code int
}

func (he httpError) StatusCode() int { return he.code }

func (he httpError) Error() string { return http.StatusText(he.code) }

func (he httpError) Wrap(err error) error { panic("stub") }

// ProblemError represents an RFC 9457 "problem detail" (rfc9457.go:14).
// Its Status field is an HTTP status.
type ProblemError struct {
	Type     string `json:"type"`
	Title    string `json:"title"`
	Status   int    `json:"status"`
	Detail   string `json:"detail,omitempty"`
	Instance string `json:"instance,omitempty"`
}

// Error makes ProblemError compatible with the `error` interface.
func (pe *ProblemError) Error() string { panic("stub") }

// StatusCode returns status code for HTTP response.
func (pe *ProblemError) StatusCode() int { return pe.Status }

// Response wraps an http.ResponseWriter (response.go:19). Its Status field
// is the HTTP status written, or to be written.
type Response struct {
	http.ResponseWriter
	Status    int
	Size      int64
	Committed bool
}

// WriteHeader sends an HTTP response header with status code.
func (r *Response) WriteHeader(code int) {}

// Write writes the data to the connection as part of an HTTP reply.
func (r *Response) Write(b []byte) (n int, err error) { panic("stub") }

// UnwrapResponse unwraps given ResponseWriter to return contexts original
// Response (response.go:121).
func UnwrapResponse(rw http.ResponseWriter) (*Response, error) { panic("stub") }
