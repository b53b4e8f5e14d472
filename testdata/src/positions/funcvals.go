package positions

import (
	"log"
	"net/http"
	"net/http/httptest"
)

// A local variable defined from a status callee, a method value or a
// function, and never set again: a call of it passes its status argument
// to the callee's status parameter, reported as in a direct call.
func methodValues(w http.ResponseWriter, r *http.Request, rec *httptest.ResponseRecorder) {
	write := w.WriteHeader
	write(500)       // want `bare HTTP status code 500: use status\.HTTP_500_INTERNAL_SERVER_ERROR`
	write(1000)      // want `invalid HTTP status code 1000: net/http panics on codes outside 100-999`
	defer write(202) // want `bare HTTP status code 202`
	func() {
		write(203) // want `bare HTTP status code 203`
	}()
	write(http.StatusAccepted) // a named constant
	record := rec.WriteHeader
	record(201) // want `bare HTTP status code 201: use status\.HTTP_201_CREATED`
	fail := http.Error
	fail(w, "unavailable", 503) // want `bare HTTP status code 503: use status\.HTTP_503_SERVICE_UNAVAILABLE`
	var redirect = http.Redirect
	redirect(w, r, "/", 302) // want `bare HTTP status code 302: use status\.HTTP_302_FOUND`
	text := http.StatusText
	_ = text(404) // want `bare HTTP status code 404`
	header := http.ResponseWriter.WriteHeader
	header(w, 504) // want `bare HTTP status code 504`
	Error := http.Error
	Error(w, "gone", 410) // want `bare HTTP status code 410`
}

// A code put into a local passed to such a variable is a status code too.
func methodValueSlot(w http.ResponseWriter, conflict bool) {
	write := w.WriteHeader
	code := 200 // want `bare HTTP status code 200`
	if conflict {
		code = 409 // want `bare HTTP status code 409`
	}
	write(code)
}

// On a writer that is not net/http's own, as on a direct call, only
// 100-999 are reported.
func methodValueOtherWriter(w http.ResponseWriter) {
	lw := &loggingWriter{ResponseWriter: w}
	write := lw.WriteHeader
	write(1000)
	write(503) // want `bare HTTP status code 503`
}

// pkgFail is a package-level variable: any code may set it.
var pkgFail = http.Error

// headerFunc is a named func type: its pointer methods may change a
// variable of it.
type headerFunc func(int)

// None of these variables holds a status callee at every call.
func notMethodValues(w http.ResponseWriter, param func(int), other func(int), l logger) {
	reassigned := w.WriteHeader
	reassigned = other
	reassigned(500)

	later := w.WriteHeader
	later(501)
	later = other

	addressed := w.WriteHeader
	pointer := &addressed
	addressed(502)
	_ = pointer

	inClosure := w.WriteHeader
	func() { inClosure = other }()
	inClosure(503)

	ranged := w.WriteHeader
	for _, ranged = range []func(int){other} {
	}
	ranged(504)

	redeclared, err := w.WriteHeader, error(nil)
	redeclared, err = other, nil
	redeclared(505)
	_ = err

	var named headerFunc = w.WriteHeader
	named(506)

	param(507)           // a parameter
	pkgFail(w, "x", 508) // a package-level variable
	notStatus := l.WriteHeader
	notStatus(509) // WriteHeader of a type that is not a ResponseWriter
	logf := log.Printf
	logf("%d", 510) // not a status callee
	write := w.WriteHeader
	_ = write
	{
		write := other
		write(511) // another variable of the same name
	}
}
