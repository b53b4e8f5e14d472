package generated

import "net/http"

func handwritten(w http.ResponseWriter) {
	w.WriteHeader(500) // want `bare HTTP status code 500`
}
