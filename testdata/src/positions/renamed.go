package positions

import nethttp "net/http"

// The callees are matched by type, not by the import's name.
func renamed(w nethttp.ResponseWriter, r *nethttp.Request) {
	nethttp.Error(w, "gone", 410)             // want `bare HTTP status code 410: use status\.HTTP_410_GONE`
	nethttp.Redirect(w, r, "/login", 302)     // want `bare HTTP status code 302: use status\.HTTP_302_FOUND`
	_ = nethttp.RedirectHandler("/home", 301) // want `bare HTTP status code 301: use status\.HTTP_301_MOVED_PERMANENTLY`
	_ = nethttp.StatusText(418)               // want `bare HTTP status code 418: use status\.HTTP_418_IM_A_TEAPOT`
	w.WriteHeader(200)                        // want `bare HTTP status code 200: use status\.HTTP_200_OK`
}
