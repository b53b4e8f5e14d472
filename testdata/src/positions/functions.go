package positions

import "net/http"

func functions(w http.ResponseWriter, r *http.Request) {
	http.Error(w, "bad input", 422)              // want `bare HTTP status code 422: use status\.HTTP_422_UNPROCESSABLE_ENTITY`
	http.Redirect(w, r, "/new", 308)             // want `bare HTTP status code 308: use status\.HTTP_308_PERMANENT_REDIRECT`
	h := http.RedirectHandler("/elsewhere", 307) // want `bare HTTP status code 307: use status\.HTTP_307_TEMPORARY_REDIRECT`
	_ = h
	msg := http.StatusText(429) // want `bare HTTP status code 429: use status\.HTTP_429_TOO_MANY_REQUESTS`
	_ = msg
}
