package positions

import . "net/http"

// Under a dot import of net/http the functions are called unqualified.
func dotImported(w ResponseWriter, r *Request) {
	Error(w, "forbidden", 403) // want `bare HTTP status code 403: use status\.HTTP_403_FORBIDDEN`
	Redirect(w, r, "/", 302)   // want `bare HTTP status code 302`
	_ = StatusText(204)        // want `bare HTTP status code 204`
	var resp Response
	_ = resp.StatusCode == 200 // want `bare HTTP status code 200`
}

// handler is a function value, not a call of http.Error: not matched.
func funcValue(w ResponseWriter) {
	h := Error
	h(w, "x", 500)
}
