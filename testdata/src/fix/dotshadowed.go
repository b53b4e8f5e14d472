package fix

import (
	"net/http"

	. "github.com/barestatus/barestatus/status"
)

// Under a dot import, a local constant of the same name hides the
// package's at one site: that site gets no fix.

func dotShadowed(w http.ResponseWriter) {
	w.WriteHeader(HTTP_200_OK)
	{
		const HTTP_410_GONE = 299
		w.WriteHeader(HTTP_410_GONE)
		w.WriteHeader(410) // want `bare HTTP status code 410: use status\.HTTP_410_GONE`
	}
	w.WriteHeader(410) // want `bare HTTP status code 410: use HTTP_410_GONE`
}
