// Package render is a stub of github.com/go-chi/render for the analyzer's
// fixtures. The declarations copy the signatures of render v1.0.3
// (responder.go, render.go); the bodies do nothing.
package render

import (
	"context"
	"net/http"
)

// M is a convenience alias for quickly building a map structure.
type M map[string]interface{}

type contextKey struct {
	name string
}

// StatusCtxKey is a context key to record a future HTTP response status
// code (responder.go:26). A value stored under it is an HTTP status.
var StatusCtxKey = &contextKey{"Status"}

// Status sets a HTTP response status code hint into request context
// (responder.go:31).
func Status(r *http.Request, status int) {
	*r = *r.WithContext(context.WithValue(r.Context(), StatusCtxKey, status))
}

// JSON marshals v to JSON and writes it (responder.go:93).
func JSON(w http.ResponseWriter, r *http.Request, v interface{}) {}

// PlainText writes a string to the response (responder.go:64).
func PlainText(w http.ResponseWriter, r *http.Request, v string) {}

// NoContent returns a HTTP 204 "No Content" response (responder.go:138).
func NoContent(w http.ResponseWriter, r *http.Request) {}
