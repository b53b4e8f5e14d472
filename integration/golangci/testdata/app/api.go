// Package app is a small HTTP API with bare status codes: the fixture of
// the golangci-lint integration test, copied into a temporary module.
package app

import (
	"errors"
	"net/http"

	"example.com/app/respond"
)

// ErrGone reports a deleted item.
var ErrGone = errors.New("app: gone")

// Handle serves the items.
func Handle(w http.ResponseWriter, r *http.Request) {
	switch r.URL.Path {
	case "/":
		http.Redirect(w, r, "/items", 302)
	case "/items":
		w.WriteHeader(200)
	case "/legacy":
		w.WriteHeader(410) //nolint:barestatus // kept bare on purpose
	case "/busy":
		respond.With(w, 429, "slow down")
	default:
		http.Error(w, "no such item", 404)
	}
}

// Check returns the error a response stands for, or nil.
func Check(resp *http.Response) error {
	if resp.StatusCode == 410 {
		return ErrGone
	}
	if resp.StatusCode != 200 {
		return errors.New(resp.Status)
	}
	return nil
}
