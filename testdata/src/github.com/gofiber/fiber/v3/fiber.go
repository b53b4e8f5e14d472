// Package fiber is a stub of github.com/gofiber/fiber/v3 for the analyzer's
// fixtures. The declarations copy the signatures of fiber v3.1.0 (app.go,
// constants.go, ctx.go, ctx_interface_gen.go, req.go, res.go,
// res_interface_gen.go, redirect.go); the bodies do nothing. The real Ctx
// and Res interfaces also hold unexported methods and many more exported
// ones; only those the fixtures call are copied.
package fiber

import "github.com/valyala/fasthttp"

// Handler defines a function to serve HTTP requests (app.go:40).
type Handler = func(Ctx) error

// Map is a shortcut for map[string]any (app.go:43).
type Map map[string]any

// HTTP status codes fiber redeclares (constants.go:52).
const (
	StatusOK                  = 200 // RFC 9110, 15.3.1
	StatusSeeOther            = 303 // RFC 9110, 15.4.4
	StatusNotFound            = 404 // RFC 9110, 15.5.5
	StatusInternalServerError = 500 // RFC 9110, 15.6.1
)

// Error represents an error that occurred while handling a request
// (app.go:62). Its Code field is an HTTP status; note the field order
// Message, Code (v2 has Code, Message).
type Error struct {
	Message string `json:"message"`
	Code    int    `json:"code"`
}

// Error makes it compatible with the `error` interface.
func (e *Error) Error() string { return e.Message }

// NewError creates a new Error instance with an optional message
// (app.go:1017).
func NewError(code int, message ...string) *Error { panic("stub") }

// NewErrorf creates a new Error instance with an optional message,
// formatted with fmt.Sprintf when more than one argument is given
// (app.go:1032).
func NewErrorf(code int, message ...any) *Error { panic("stub") }

// Ctx represents the Context which hold the HTTP request and response
// (ctx_interface_gen.go:18). It is an interface in v3.
type Ctx interface {
	// RequestCtx returns *fasthttp.RequestCtx.
	RequestCtx() *fasthttp.RequestCtx
	// Response return the *fasthttp.Response object.
	Response() *fasthttp.Response
	// Res returns a convenience type limited to the outgoing response.
	Res() Res
	// Redirect returns the Redirect reference.
	Redirect() *Redirect
	// Status sets the HTTP status for the response.
	Status(status int) Ctx
	// JSON converts any interface or string to JSON.
	JSON(data any, ctype ...string) error
	// SendStatus sets the HTTP status code and if the response body is empty,
	// it sets the correct status message in the body.
	SendStatus(status int) error
	// SendString sets the HTTP response body for string types.
	SendString(body string) error
}

// Res is an interface for response-related Ctx methods
// (res_interface_gen.go:13).
type Res interface {
	// RequestCtx returns *fasthttp.RequestCtx.
	RequestCtx() *fasthttp.RequestCtx
	// Response return the *fasthttp.Response object.
	Response() *fasthttp.Response
	// Redirect returns the Redirect reference.
	Redirect() *Redirect
	// JSON converts any interface or string to JSON.
	JSON(data any, ctype ...string) error
	// SendStatus sets the HTTP status code and if the response body is empty,
	// it sets the correct status message in the body.
	SendStatus(status int) error
	// SendString sets the HTTP response body for string types.
	SendString(body string) error
	// Status sets the HTTP status for the response.
	Status(status int) Ctx
}

var (
	_ Ctx = (*DefaultCtx)(nil)
	_ Res = (*DefaultRes)(nil)
)

// DefaultCtx is the default implementation of Ctx (ctx.go:55). It embeds
// DefaultReq and DefaultRes, so SendStatus, JSON and SendString on a
// *DefaultCtx are (*DefaultRes) methods; Status, Redirect, Res,
// RequestCtx and Response are its own.
type DefaultCtx struct {
	DefaultReq // Default request api
	DefaultRes // Default response api
	fasthttp   *fasthttp.RequestCtx
	redirect   *Redirect
}

// RequestCtx returns *fasthttp.RequestCtx (ctx.go:118).
func (c *DefaultCtx) RequestCtx() *fasthttp.RequestCtx { return c.fasthttp }

// Response return the *fasthttp.Response object (ctx.go:189).
func (c *DefaultCtx) Response() *fasthttp.Response { return &c.fasthttp.Response }

// Res returns the response API (ctx.go:326).
func (c *DefaultCtx) Res() Res { return &c.DefaultRes }

// Redirect returns the Redirect reference (ctx.go:334).
func (c *DefaultCtx) Redirect() *Redirect { return c.redirect }

// Status sets the HTTP status for the response (ctx.go:563). This method
// is chainable.
func (c *DefaultCtx) Status(status int) Ctx { return c }

// DefaultReq is the default implementation of Req (req.go:46).
type DefaultReq struct {
	c *DefaultCtx
}

// DefaultRes is the default implementation of Res (res.go:129).
type DefaultRes struct {
	c *DefaultCtx
}

// RequestCtx returns *fasthttp.RequestCtx (res.go:248).
func (r *DefaultRes) RequestCtx() *fasthttp.RequestCtx { return r.c.fasthttp }

// Response return the *fasthttp.Response object (res.go:370).
func (r *DefaultRes) Response() *fasthttp.Response { return &r.c.fasthttp.Response }

// Redirect returns the Redirect reference (res.go:639).
func (r *DefaultRes) Redirect() *Redirect { return r.c.redirect }

// JSON converts any interface or string to JSON (res.go:502).
func (r *DefaultRes) JSON(data any, ctype ...string) error { panic("stub") }

// SendStatus sets the HTTP status code and if the response body is empty,
// it sets the correct status message in the body (res.go:979).
func (r *DefaultRes) SendStatus(status int) error { panic("stub") }

// SendString sets the HTTP response body for string types (res.go:997).
func (r *DefaultRes) SendString(body string) error { panic("stub") }

// Status sets the HTTP status for the response (res.go:1032). This method
// is chainable.
func (r *DefaultRes) Status(status int) Ctx { return r.c }

// Redirect is a struct that holds the redirect data (redirect.go:92).
type Redirect struct {
	c      *DefaultCtx // Embed ctx
	status int         // Status code of redirection. Default: 303 StatusSeeOther
}

// RedirectConfig is a config to use with Redirect().Route() (redirect.go:101).
type RedirectConfig struct {
	Params  Map               // Route parameters
	Queries map[string]string // Query map
}

// Status sets the status code of redirection (redirect.go:151). If status
// is not specified, status defaults to 303 See Other.
func (r *Redirect) Status(code int) *Redirect {
	r.status = code
	return r
}

// To redirects to the given location (redirect.go:328).
func (r *Redirect) To(location string) error { panic("stub") }

// Route redirects to the named route (redirect.go:339).
func (r *Redirect) Route(name string, config ...RedirectConfig) error { panic("stub") }

// Back redirects to the referer, or to fallback (redirect.go:376).
func (r *Redirect) Back(fallback ...string) error { panic("stub") }
