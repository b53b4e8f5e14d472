package fix

import (
	"net/http"

	. "github.com/barestatus/barestatus/status"
)

// A dot import: the constant needs no qualifier.

func dot(w http.ResponseWriter) {
	w.WriteHeader(HTTP_200_OK)
	w.WriteHeader(409) // want `bare HTTP status code 409: use HTTP_409_CONFLICT`
}
