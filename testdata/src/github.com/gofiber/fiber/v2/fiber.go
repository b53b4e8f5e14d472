// Package fiber is a stub of github.com/gofiber/fiber/v2 for the analyzer's
// fixtures. The declarations copy the signatures of fiber v2.52.15 (app.go,
// ctx.go, helpers.go); the bodies do nothing.
package fiber

import "github.com/valyala/fasthttp"

// Handler defines a function to serve HTTP requests (app.go:36).
type Handler = func(*Ctx) error

// Map is a shortcut for map[string]interface{} (app.go:39).
type Map map[string]interface{}

// HTTP status codes fiber redeclares (helpers.go:865).
const (
	StatusOK                  = 200 // RFC 9110, 15.3.1
	StatusFound               = 302 // RFC 9110, 15.4.3
	StatusNotFound            = 404 // RFC 9110, 15.5.5
	StatusInternalServerError = 500 // RFC 9110, 15.6.1
)

// Error represents an error that occurred while handling a request
// (app.go:82). Its Code field is an HTTP status; note the field order
// Code, Message (v3 has Message, Code).
type Error struct {
	Code    int    `json:"code"`
	Message string `json:"message"`
}

// Error makes it compatible with the `error` interface.
func (e *Error) Error() string { return e.Message }

// NewError creates a new Error instance with an optional message
// (app.go:826). v2 has no NewErrorf.
func NewError(code int, message ...string) *Error { panic("stub") }

// Ctx represents the Context which hold the HTTP request and response
// (ctx.go:83). It is a struct in v2, used through *Ctx.
type Ctx struct {
	fasthttp *fasthttp.RequestCtx
}

// Context returns *fasthttp.RequestCtx.
func (c *Ctx) Context() *fasthttp.RequestCtx { return c.fasthttp }

// Request return the *fasthttp.Request object.
func (c *Ctx) Request() *fasthttp.Request { return &c.fasthttp.Request }

// Response return the *fasthttp.Response object.
func (c *Ctx) Response() *fasthttp.Response { return &c.fasthttp.Response }

// JSON converts any interface or string to JSON.
func (c *Ctx) JSON(data interface{}, ctype ...string) error { panic("stub") }

// Redirect to the URL derived from the specified path, with specified
// status (ctx.go:1463). The status is variadic and defaults to 302 Found.
func (c *Ctx) Redirect(location string, status ...int) error { panic("stub") }

// RedirectToRoute redirects to the Route registered in the app
// (ctx.go:1520). The status is variadic and defaults to 302 Found.
func (c *Ctx) RedirectToRoute(routeName string, params Map, status ...int) error {
	panic("stub")
}

// RedirectBack redirects to the referer (ctx.go:1548). The status is
// variadic and defaults to 302 Found.
func (c *Ctx) RedirectBack(fallback string, status ...int) error { panic("stub") }

// SendStatus sets the HTTP status code and, if the response body is empty,
// the status message as body (ctx.go:1785).
func (c *Ctx) SendStatus(status int) error { panic("stub") }

// SendString sets the HTTP response body for string types.
func (c *Ctx) SendString(body string) error { panic("stub") }

// Status sets the HTTP status for the response (ctx.go:1853). This method
// is chainable.
func (c *Ctx) Status(status int) *Ctx { return c }
