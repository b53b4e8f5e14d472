// Package respond writes replies. The code parameter of With reaches
// WriteHeader in this package only, out of sight of the analyzer in
// callers' packages, so it is a status position only when the sinks
// setting names it.
package respond

import "net/http"

// With replies code with msg.
func With(w http.ResponseWriter, code int, msg string) {
	http.Error(w, msg, code)
}

// Health is the body of a health check; its StatusCode is a status
// field only when the sinks setting names it.
type Health struct {
	Name       string
	StatusCode int
}

// Result is the result of a call; its Code is a status getter only when
// the sinks setting names it.
type Result struct{ code int }

// Code returns the status code of the call.
func (r Result) Code() int { return r.code }
