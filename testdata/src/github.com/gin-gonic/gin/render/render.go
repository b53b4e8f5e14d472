// Package render is a stub of github.com/gin-gonic/gin/render for the
// analyzer's fixtures. The declarations copy the shapes of gin v1.12.0
// (render/render.go, render/redirect.go); the bodies do nothing.
package render

import "net/http"

// Render is implemented by every gin renderer (render/render.go:10).
type Render interface {
	// Render writes data with custom ContentType.
	Render(http.ResponseWriter) error
	// WriteContentType writes custom ContentType.
	WriteContentType(w http.ResponseWriter)
}

// Redirect carries a redirect's status code and location
// (render/redirect.go:13). Its Code field is an HTTP status.
type Redirect struct {
	Code     int
	Request  *http.Request
	Location string
}

// Render redirects the request.
func (r Redirect) Render(w http.ResponseWriter) error { panic("stub") }

// WriteContentType writes no content type.
func (r Redirect) WriteContentType(http.ResponseWriter) {}
