// Package configured is checked by the analyzer of a plugin configured
// with style nethttp, code 404 allowed and one extra sink.
package configured

import "net/http"

func handle(w http.ResponseWriter, r *http.Request) {
	if r.URL.Path == "/old" {
		http.Redirect(w, r, "/new", 301) // want `bare HTTP status code 301: use http\.StatusMovedPermanently`
		return
	}
	if r.URL.Path == "/teapot" {
		reply(w, 418) // want `bare HTTP status code 418: use http\.StatusTeapot`
		return
	}
	w.WriteHeader(404) // allowed
}

// reply is the extra sink: its argument 1 is a status code.
func reply(w http.ResponseWriter, code int) { w.WriteHeader(code) }
