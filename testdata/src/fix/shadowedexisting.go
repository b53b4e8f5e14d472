package fix

import (
	"net/http"

	"github.com/barestatus/barestatus/status"
)

// The status import exists but a local variable shadows it at one site:
// that site gets no fix, since the file must not import status twice.

func shadowedExisting(w http.ResponseWriter, ok bool) {
	if ok {
		w.WriteHeader(status.HTTP_200_OK)
		return
	}
	status := 400 // want `bare HTTP status code 400: use status\.HTTP_400_BAD_REQUEST`
	w.WriteHeader(status)
	w.WriteHeader(401) // want `bare HTTP status code 401: use status\.HTTP_401_UNAUTHORIZED`
}

func reachable(w http.ResponseWriter) {
	w.WriteHeader(403) // want `bare HTTP status code 403: use status\.HTTP_403_FORBIDDEN`
}
