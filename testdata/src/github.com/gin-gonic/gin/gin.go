// Package gin is a stub of github.com/gin-gonic/gin for the analyzer's
// fixtures. The declarations copy the signatures of gin v1.12.0
// (context.go, response_writer.go, errors.go, logger.go); the bodies do
// nothing.
package gin

import (
	"io"
	"net/http"

	"github.com/gin-gonic/gin/render"
)

// H is a shortcut for map[string]any.
type H map[string]any

// HandlerFunc defines the handler used by gin middleware as return value.
type HandlerFunc func(*Context)

// ErrorType is an unsigned 64-bit error code as defined in the gin spec.
type ErrorType uint64

// Error represents an error's specification.
type Error struct {
	Err  error
	Type ErrorType
	Meta any
}

// Error implements the error interface.
func (msg Error) Error() string { panic("stub") }

// ResponseWriter is gin's response writer (response_writer.go:23). Its
// WriteHeader method is the one it embeds from http.ResponseWriter.
type ResponseWriter interface {
	http.ResponseWriter
	http.Hijacker
	http.Flusher
	http.CloseNotifier

	// Status returns the HTTP response status code of the current request.
	Status() int

	// Size returns the number of bytes already written into the response http body.
	Size() int

	// WriteString writes the string into the response body.
	WriteString(string) (int, error)

	// Written returns true if the response body was already written.
	Written() bool

	// WriteHeaderNow forces to write the http header (status code + headers).
	WriteHeaderNow()

	// Pusher get the http.Pusher for server push
	Pusher() http.Pusher
}

// Context is gin's per-request context (context.go:61).
type Context struct {
	Request *http.Request
	Writer  ResponseWriter

	// Keys is a key/value pair exclusively for the context of each request.
	Keys map[any]any

	// Accepted defines a list of manually accepted formats for content negotiation.
	Accepted []string
}

// Negotiate contains all negotiations data (context.go:1344).
type Negotiate struct {
	Offered      []string
	HTMLName     string
	HTMLData     any
	JSONData     any
	XMLData      any
	YAMLData     any
	Data         any
	TOMLData     any
	PROTOBUFData any
	BSONData     any
}

// LogFormatterParams is handed to a log formatter (logger.go:68). Its
// StatusCode field is the response's HTTP status.
type LogFormatterParams struct {
	Request    *http.Request
	StatusCode int
	ClientIP   string
	Method     string
	Path       string
}

// Abort prevents pending handlers from being called.
func (c *Context) Abort() {}

// AbortWithStatus calls Abort and writes the headers with the status code.
func (c *Context) AbortWithStatus(code int) {}

// AbortWithStatusPureJSON calls Abort and then PureJSON.
func (c *Context) AbortWithStatusPureJSON(code int, jsonObj any) {}

// AbortWithStatusJSON calls Abort and then JSON.
func (c *Context) AbortWithStatusJSON(code int, jsonObj any) {}

// AbortWithError calls AbortWithStatus and Error.
func (c *Context) AbortWithError(code int, err error) *Error { panic("stub") }

// Error attaches an error to the current context.
func (c *Context) Error(err error) *Error { panic("stub") }

// Status sets the HTTP response code.
func (c *Context) Status(code int) {}

// Header writes a response header.
func (c *Context) Header(key, value string) {}

// Render writes the response headers and calls render.Render.
func (c *Context) Render(code int, r render.Render) {}

// HTML renders the HTTP template specified by its file name.
func (c *Context) HTML(code int, name string, obj any) {}

// IndentedJSON serializes the given struct as pretty JSON.
func (c *Context) IndentedJSON(code int, obj any) {}

// SecureJSON serializes the given struct as Secure JSON.
func (c *Context) SecureJSON(code int, obj any) {}

// JSONP serializes the given struct as JSON with a callback.
func (c *Context) JSONP(code int, obj any) {}

// JSON serializes the given struct as JSON.
func (c *Context) JSON(code int, obj any) {}

// AsciiJSON serializes the given struct as JSON with unicode escaped.
func (c *Context) AsciiJSON(code int, obj any) {}

// PureJSON serializes the given struct as JSON without escaping HTML.
func (c *Context) PureJSON(code int, obj any) {}

// XML serializes the given struct as XML.
func (c *Context) XML(code int, obj any) {}

// YAML serializes the given struct as YAML.
func (c *Context) YAML(code int, obj any) {}

// TOML serializes the given struct as TOML.
func (c *Context) TOML(code int, obj any) {}

// ProtoBuf serializes the given struct as ProtoBuf.
func (c *Context) ProtoBuf(code int, obj any) {}

// BSON serializes the given struct as BSON.
func (c *Context) BSON(code int, obj any) {}

// String writes the given string into the response body.
func (c *Context) String(code int, format string, values ...any) {}

// Redirect returns an HTTP redirect to the specific location.
func (c *Context) Redirect(code int, location string) {}

// Data writes some data into the body stream.
func (c *Context) Data(code int, contentType string, data []byte) {}

// DataFromReader writes the specified reader into the body stream.
func (c *Context) DataFromReader(code int, contentLength int64, contentType string, reader io.Reader, extraHeaders map[string]string) {
}

// Negotiate calls different Render according to acceptable Accept format.
func (c *Context) Negotiate(code int, config Negotiate) {}
