package positions

import "net/http"

// net/http panics on codes outside 100-999.
func invalid(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(1000)              // want `invalid HTTP status code 1000: net/http panics on codes outside 100-999`
	w.WriteHeader(99)                // want `invalid HTTP status code 99: net/http panics on codes outside 100-999`
	w.WriteHeader(0)                 // want `invalid HTTP status code 0: net/http panics`
	w.WriteHeader(-1)                // want `invalid HTTP status code -1: net/http panics`
	http.Error(w, "x", 4040)         // want `invalid HTTP status code 4040`
	http.Redirect(w, r, "/", 3)      // want `invalid HTTP status code 3`
	_ = http.RedirectHandler("/", 1) // want `invalid HTTP status code 1`

	// StatusText accepts any int, and generated clients call it with 0
	// as a fallback: outside 100-999 it is no status, so it stays quiet.
	_ = http.StatusText(1000)
	_ = http.StatusText(0)
	_ = http.StatusText(99)
	_ = http.StatusText(-1)
	_ = http.StatusText(999) // want `bare HTTP status code 999: no named constant`
	_ = http.StatusText(100) // want `bare HTTP status code 100: use status\.HTTP_100_CONTINUE`
}

// lenientWriter is another package's kind of ResponseWriter (gin's
// ignores codes <= 0): its WriteHeader reports 100-999 only, never as
// invalid, since it need not reach net/http with them.
type lenientWriter struct{ http.ResponseWriter }

func (lw *lenientWriter) WriteHeader(code int) {
	if code > 0 {
		lw.ResponseWriter.WriteHeader(code)
	}
}

func lenient(lw *lenientWriter) {
	lw.WriteHeader(-1)  // quiet: the method is not net/http's
	lw.WriteHeader(404) // want `bare HTTP status code 404: use status\.HTTP_404_NOT_FOUND`
	var iface http.ResponseWriter = lw
	iface.WriteHeader(-1) // want `invalid HTTP status code -1`
	var flusher flushWriter = lw
	flusher.WriteHeader(-1)  // quiet: another interface, maybe another implementation (gin's ResponseWriter)
	flusher.WriteHeader(201) // want `bare HTTP status code 201`
}

// flushWriter embeds http.ResponseWriter, as gin's ResponseWriter does.
type flushWriter interface {
	http.ResponseWriter
	Flush()
}

func (lw *lenientWriter) Flush() {}
