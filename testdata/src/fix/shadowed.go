package fix

import "net/http"

// A parameter named status takes the name: the import gets another one,
// the same for every fix in the file.

func shadowed(w http.ResponseWriter, status int) {
	if status > 0 {
		w.WriteHeader(status)
		return
	}
	w.WriteHeader(500) // want `bare HTTP status code 500: use httpstatus\.HTTP_500_INTERNAL_SERVER_ERROR`
}

func unshadowed(w http.ResponseWriter) {
	w.WriteHeader(204) // want `bare HTTP status code 204: use httpstatus\.HTTP_204_NO_CONTENT`
}
