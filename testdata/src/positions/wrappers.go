package positions

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"testing"
)

// writeJSON is a wrapper: its code parameter reaches WriteHeader.
func writeJSON(w http.ResponseWriter, code int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	json.NewEncoder(w).Encode(v)
}

// fail reaches WriteHeader through writeJSON: a wrapper of a wrapper,
// declared in another file than its callers.
func fail(w http.ResponseWriter, msg string, status int) {
	writeJSON(w, status, map[string]string{"error": msg})
}

// deferred passes its code on from a closure, converted.
func deferred(w http.ResponseWriter, code int32) {
	defer func() { http.Error(w, "late", int(code)) }()
}

// A server's method is a wrapper too; its index is counted after the
// receiver.
type server struct{}

func (s *server) reply(w http.ResponseWriter, code int) { w.WriteHeader(code) }

// assertStatus is the usual test helper: it compares its parameter with
// a status field.
func assertStatus(t *testing.T, rec *httptest.ResponseRecorder, want int) {
	t.Helper()
	if rec.Code != want {
		t.Errorf("status %d, want %d", rec.Code, want)
	}
}

// retry calls itself: still a wrapper.
func retry(w http.ResponseWriter, code, attempts int) {
	if attempts > 0 {
		retry(w, code, attempts-1)
		return
	}
	w.WriteHeader(code)
}

func wrapperCalls(w http.ResponseWriter, t *testing.T, rec *httptest.ResponseRecorder, s *server) {
	writeJSON(w, 400, nil)         // want `bare HTTP status code 400: use status\.HTTP_400_BAD_REQUEST`
	fail(w, "no such pet", 404)    // want `bare HTTP status code 404`
	deferred(w, 503)               // want `bare HTTP status code 503`
	s.reply(w, 201)                // want `bare HTTP status code 201`
	assertStatus(t, rec, 200)      // want `bare HTTP status code 200`
	retry(w, 502, 3)               // want `bare HTTP status code 502`
	writeJSON(w, 0, nil)           // outside 100-999: not a status code here
	scaled(w, 4)                   // the parameter is transformed first
	reassigned(w, 404)             // the parameter is reassigned first
	addressed(w, 404)              // the parameter's address escapes
	variadic(w, 404)               // variadic parameters are not inferred
	logged(404)                    // the parameter never reaches a status position
	writeJSON(w, http.StatusOK, 1) // a named constant
}

func scaled(w http.ResponseWriter, class int) { w.WriteHeader(class * 100) }

func reassigned(w http.ResponseWriter, code int) {
	if code == 0 {
		code = http.StatusOK
	}
	w.WriteHeader(code)
}

func addressed(w http.ResponseWriter, code int) {
	setDefault(&code)
	w.WriteHeader(code)
}

func setDefault(p *int) { *p = 200 }

func variadic(w http.ResponseWriter, codes ...int) { w.WriteHeader(codes[0]) }

func logged(n int) { println(n) }
