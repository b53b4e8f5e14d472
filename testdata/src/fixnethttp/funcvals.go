package fixnethttp

import "net/http"

// A call of a local variable defined from a status callee is fixed like
// a direct call.

func funcVals(w http.ResponseWriter, failed bool) {
	write := w.WriteHeader
	fail := http.Error
	if failed {
		fail(w, "unavailable", 503) // want `bare HTTP status code 503: use http\.StatusServiceUnavailable`
		return
	}
	write(204) // want `bare HTTP status code 204: use http\.StatusNoContent`
}
