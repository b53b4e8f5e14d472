// Package fasthttp exercises fasthttp's status positions (v1.51.0, as
// fiber v2.52.15 requires).
package fasthttp

import (
	"time"

	"github.com/valyala/fasthttp"
)

func handler(ctx *fasthttp.RequestCtx, h fasthttp.RequestHandler) {
	ctx.SetStatusCode(201)                                           // want `bare HTTP status code 201: use status\.HTTP_201_CREATED`
	ctx.Response.Header.SetStatusCode(202)                           // want `bare HTTP status code 202`
	ctx.Error("no", 400)                                             // want `bare HTTP status code 400`
	ctx.Redirect("/x", 301)                                          // want `bare HTTP status code 301`
	ctx.RedirectBytes([]byte("/x"), 302)                             // want `bare HTTP status code 302`
	ctx.TimeoutErrorWithCode("slow", 503)                            // want `bare HTTP status code 503`
	_ = fasthttp.TimeoutWithCodeHandler(h, time.Second, "slow", 504) // want `bare HTTP status code 504`
	_ = fasthttp.StatusMessage(418)                                  // want `bare HTTP status code 418`
	switch ctx.Response.StatusCode() {
	case 404: // want `bare HTTP status code 404`
	}
	_ = ctx.Response.StatusCode()/100 == 2 // want `use status\.IsSuccess\(ctx\.Response\.StatusCode\(\)\)`
}
