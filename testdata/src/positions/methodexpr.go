package positions

import (
	"net/http"
	"net/http/httptest"
)

// A method expression takes the receiver as its first argument: the
// status argument's index counts it.
func methodExpressions(w http.ResponseWriter, rec *httptest.ResponseRecorder, s *server) {
	http.ResponseWriter.WriteHeader(w, 503)                 // want `bare HTTP status code 503: use status\.HTTP_503_SERVICE_UNAVAILABLE`
	(*httptest.ResponseRecorder).WriteHeader(rec, 201)      // want `bare HTTP status code 201`
	(*server).reply(s, w, 404)                              // want `bare HTTP status code 404`
	http.ResponseWriter.WriteHeader(w, http.StatusAccepted) // a named constant
}

// Only the argument at the parameter's index is a status: here 404 goes
// to the size, 405 to the code.
type sizer struct{}

func (sizer) write(w http.ResponseWriter, size, code int) {
	_ = make([]byte, size)
	w.WriteHeader(code)
}

func methodExpressionIndex(w http.ResponseWriter) {
	sizer.write(sizer{}, w, 404, 405) // want `bare HTTP status code 405`
}

// A status expression converted is still a status expression.
func converted(resp *http.Response) bool {
	if int64(resp.StatusCode) == 206 { // want `bare HTTP status code 206: use status\.HTTP_206_PARTIAL_CONTENT`
		return true
	}
	return uint16(resp.StatusCode) >= 200 && uint16(resp.StatusCode) < 300 // want `use status\.IsSuccess\(int\(uint16\(resp\.StatusCode\)\)\)`
}
