package fixnethttp

import . "net/http"

// A dot import of net/http: the constant needs no qualifier.

func dot(w ResponseWriter) {
	w.WriteHeader(StatusOK)
	w.WriteHeader(100) // want `bare HTTP status code 100: use StatusContinue`
}
