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
