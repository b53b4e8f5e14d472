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

// h is a local variable defined from http.Error and never set again: a
// call of it is a call of http.Error.
func funcValue(w ResponseWriter) {
	h := Error
	h(w, "x", 500) // want `bare HTTP status code 500`
}
