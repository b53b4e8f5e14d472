package positions

import (
	"net/http"
	"net/http/httptest"
)

func handler(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(404) // want `bare HTTP status code 404: use status\.HTTP_404_NOT_FOUND`
}

func recorder() {
	rec := httptest.NewRecorder()
	rec.WriteHeader(201) // want `bare HTTP status code 201: use status\.HTTP_201_CREATED`
}

// loggingWriter is a middleware wrapper: it embeds a ResponseWriter.
type loggingWriter struct {
	http.ResponseWriter
	code int
}

func (lw *loggingWriter) WriteHeader(code int) {
	lw.code = code
	lw.ResponseWriter.WriteHeader(code)
}

func wrapped(w http.ResponseWriter) {
	lw := &loggingWriter{ResponseWriter: w}
	lw.WriteHeader(503)                // want `bare HTTP status code 503: use status\.HTTP_503_SERVICE_UNAVAILABLE`
	lw.ResponseWriter.WriteHeader(502) // want `bare HTTP status code 502`
}

// ownWriter implements ResponseWriter with methods of its own.
type ownWriter struct{}

func (ownWriter) Header() http.Header         { return nil }
func (ownWriter) Write(b []byte) (int, error) { return len(b), nil }
func (ownWriter) WriteHeader(code int)        {}

func own() {
	var ow ownWriter
	ow.WriteHeader(400) // want `bare HTTP status code 400`
}

// flushWriter is an interface that embeds ResponseWriter.
type flushWriter interface {
	http.ResponseWriter
	http.Flusher
}

func viaInterface(fw flushWriter) {
	fw.WriteHeader(409) // want `bare HTTP status code 409: use status\.HTTP_409_CONFLICT`
}

// statusWriter is an interface that declares the methods itself.
type statusWriter interface {
	Header() http.Header
	Write([]byte) (int, error)
	WriteHeader(statusCode int)
}

func viaOwnInterface(sw statusWriter) {
	sw.WriteHeader(410) // want `bare HTTP status code 410`
}
