// Package huma is a stub of github.com/danielgtaylor/huma/v2 for the
// analyzer's fixtures. The declarations copy the signatures of huma
// v2.37.2 (api.go, error.go, openapi.go, huma.go); the bodies do nothing.
package huma

import "context"

// API represents a Huma API wrapping a specific router.
type API interface {
	// Negotiate returns the selected content type given the client's
	// accept header.
	Negotiate(accept string) (string, error)
}

// Context is the current request/response context.
type Context interface {
	// Operation returns the OpenAPI operation that matched the request.
	Operation() *Operation
	// Context returns the underlying request context.
	Context() context.Context
	// SetStatus sets the HTTP status code for the response.
	SetStatus(code int)
	// Status returns the HTTP status code for the response.
	Status() int
	// SetHeader sets the given header to the given value.
	SetHeader(name, value string)
}

// Operation represents a single API operation.
type Operation struct {
	// Method is the HTTP method for this operation
	Method string `yaml:"-"`
	// Path is the URL path for this operation
	Path string `yaml:"-"`
	// DefaultStatus is the default HTTP status code for this operation.
	DefaultStatus int `yaml:"-"`
	// MaxBodyBytes is the maximum number of bytes to read from the request body.
	MaxBodyBytes int64 `yaml:"-"`
	// Errors is a list of HTTP status codes that the handler may return.
	Errors []int `yaml:"-"`
	// Summary is a short summary of what the operation does.
	Summary string `yaml:"summary,omitempty"`
	// OperationID is a unique string used to identify the operation.
	OperationID string `yaml:"operationId,omitempty"`
}

// ErrorDetail provides details about a specific error.
type ErrorDetail struct {
	// Message is a human-readable explanation of the error.
	Message string `json:"message,omitempty" doc:"Error message text"`
}

// ErrorModel defines a basic error message model based on RFC 9457.
type ErrorModel struct {
	Type     string         `json:"type,omitempty" format:"uri" default:"about:blank" example:"https://example.com/errors/example" doc:"A URI reference to human-readable documentation for the error."`
	Title    string         `json:"title,omitempty" example:"Bad Request" doc:"A short, human-readable summary of the problem type. This value should not change between occurrences of the error."`
	Status   int            `json:"status,omitempty" example:"400" doc:"HTTP status code"`
	Detail   string         `json:"detail,omitempty" example:"Property foo is required but is missing." doc:"A human-readable explanation specific to this occurrence of the problem."`
	Instance string         `json:"instance,omitempty" format:"uri" example:"https://example.com/error-log/abc123" doc:"A URI reference that identifies the specific occurrence of the problem."`
	Errors   []*ErrorDetail `json:"errors,omitempty" doc:"Optional list of individual error details"`
}

// Error satisfies the error interface.
func (e *ErrorModel) Error() string { return "" }

// GetStatus returns the HTTP status that should be returned to the client
// for this error.
func (e *ErrorModel) GetStatus() int { return 0 }

// StatusError is an error that has an HTTP status code.
type StatusError interface {
	GetStatus() int
	Error() string
}

// NewError creates a new instance of an error model with the given status
// code, message, and optional error details. It is a variable, so that a
// service can replace it.
var NewError = func(status int, msg string, errs ...error) StatusError { return nil }

// NewErrorWithContext is NewError with the request context.
var NewErrorWithContext = func(_ Context, status int, msg string, errs ...error) StatusError { return nil }

// WriteErr writes an error response with the given context, using the
// configured error type and with the given status code and message.
func WriteErr(api API, ctx Context, status int, msg string, errs ...error) error { return nil }

// Error404NotFound returns a 404.
func Error404NotFound(msg string, errs ...error) StatusError { return nil }

// Register an operation handler for an API.
func Register[I, O any](api API, op Operation, handler func(context.Context, *I) (*O, error)) {}
