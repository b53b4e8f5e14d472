package fix

import "net/http"

// Both status and httpstatus are taken: the import is named status1.

func crowded(w http.ResponseWriter, status, httpstatus int) {
	w.WriteHeader(status + httpstatus)
	w.WriteHeader(505) // want `bare HTTP status code 505: use status1\.HTTP_505_HTTP_VERSION_NOT_SUPPORTED`
}
