package fix

import "net/http"

// A single import declaration: the fix adds a declaration of its own.

func single(w http.ResponseWriter, r *http.Request) {
	http.Redirect(w, r, "/", 303) // want `bare HTTP status code 303: use status\.HTTP_303_SEE_OTHER`
}
