package fix

import (
	"net/http"

	st "github.com/barestatus/barestatus/status"
)

// An existing import is reused under its own name.

func renamed(w http.ResponseWriter) {
	w.WriteHeader(st.HTTP_200_OK)
	w.WriteHeader(404) // want `bare HTTP status code 404: use st\.HTTP_404_NOT_FOUND`
}
