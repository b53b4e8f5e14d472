// Package fasthttp is a stub of github.com/valyala/fasthttp for the
// analyzer's fixtures. The declarations copy the signatures of fasthttp
// v1.51.0, the version github.com/gofiber/fiber/v2 v2.52.15 requires
// (fiber v3.1.0 requires v1.69.0; these signatures are the same in
// v1.51.0, v1.69.0 and v1.78.0). The bodies do nothing.
package fasthttp

import "time"

// RequestHandler must process incoming requests (server.go:133).
type RequestHandler func(ctx *RequestCtx)

// Request represents HTTP request (http.go:38).
type Request struct {
	body []byte
}

// Response represents HTTP response (http.go:88).
type Response struct {
	// Response header.
	Header ResponseHeader

	// Flush headers as soon as possible without waiting for first body bytes.
	ImmediateHeaderFlush bool

	// StreamBody enables response body streaming.
	StreamBody bool

	// Response.Read() skips reading body if set to true.
	SkipBody bool

	body []byte
}

// StatusCode returns response status code (http.go:162).
func (resp *Response) StatusCode() int { return resp.Header.StatusCode() }

// SetStatusCode sets response status code (http.go:167).
func (resp *Response) SetStatusCode(statusCode int) { resp.Header.SetStatusCode(statusCode) }

// Body returns response body.
func (resp *Response) Body() []byte { return resp.body }

// SetBodyString sets response body.
func (resp *Response) SetBodyString(body string) { resp.body = []byte(body) }

// ResponseHeader represents HTTP response header (header.go:26).
type ResponseHeader struct {
	statusCode int
}

// StatusCode returns response status code (header.go:136).
func (h *ResponseHeader) StatusCode() int { return h.statusCode }

// SetStatusCode sets response status code (header.go:144).
func (h *ResponseHeader) SetStatusCode(statusCode int) { h.statusCode = statusCode }

// RequestCtx contains incoming request and manages outgoing response
// (server.go:577).
type RequestCtx struct {
	// Incoming request.
	Request Request

	// Outgoing response.
	Response Response
}

// SetStatusCode sets response status code (server.go:924).
func (ctx *RequestCtx) SetStatusCode(statusCode int) { ctx.Response.SetStatusCode(statusCode) }

// Error sets response status code to the given value and sets response
// body to the given message (server.go:1281).
func (ctx *RequestCtx) Error(msg string, statusCode int) { panic("stub") }

// Redirect sets 'Location: uri' response header and sets the given
// statusCode (server.go:1319).
func (ctx *RequestCtx) Redirect(uri string, statusCode int) { panic("stub") }

// RedirectBytes sets 'Location: uri' response header and sets the given
// statusCode (server.go:1347).
func (ctx *RequestCtx) RedirectBytes(uri []byte, statusCode int) { panic("stub") }

// TimeoutErrorWithCode sets response status code and body for a timeout
// (server.go:1543).
func (ctx *RequestCtx) TimeoutErrorWithCode(msg string, statusCode int) { panic("stub") }

// SetBodyString sets response body to the given value.
func (ctx *RequestCtx) SetBodyString(body string) { ctx.Response.SetBodyString(body) }

// StatusMessage returns HTTP status message for the given status code
// (status.go:155).
func StatusMessage(statusCode int) string { panic("stub") }

// TimeoutWithCodeHandler creates RequestHandler, which returns an error with
// the given msg and status code to the client if h didn't return during
// the given duration (server.go:453).
func TimeoutWithCodeHandler(h RequestHandler, timeout time.Duration, msg string, statusCode int) RequestHandler {
	panic("stub")
}
