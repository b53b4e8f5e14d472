package fix

import "net/http"

// A lone standard import: the fix makes a group, standard run first.

func single(w http.ResponseWriter, r *http.Request) {
	http.Redirect(w, r, "/", 303) // want `bare HTTP status code 303: use status\.HTTP_303_SEE_OTHER`
}
