package positions

import (
	"archive/tar"
	"net/http"
)

const myNotFound = 404

// None of these is a bare status code at a status position.
func negatives(w http.ResponseWriter, resp *http.Response, tw *tar.Writer, code int) {
	w.WriteHeader(http.StatusNotFound) // named constants
	w.WriteHeader(myNotFound)          // a user-defined constant
	w.WriteHeader(code)                // a variable
	w.WriteHeader(200 + 1)             // arithmetic on literals
	_ = resp.StatusCode / 100          // arithmetic
	if resp.StatusCode >= 400 {        // a range comparison
		return
	}
	if resp.StatusCode/100 == 6 { // no such class
		return
	}
	_ = tw.WriteHeader(&tar.Header{Size: 404}) // archive/tar's WriteHeader
	var l logger
	l.WriteHeader(404) // not a ResponseWriter
	var j job
	j.StatusCode = 404 // an unrelated struct's StatusCode
	if j.StatusCode == 200 {
		return
	}
	_ = Config{Status: 404}         // not a *Response type
	_ = ResponseMeta{Status: "404"} // not an integer field
	_ = map[string]int{"Status": 404}
	var codes [3]int
	codes[0] = 404
	http.Error(w, "404", code)
}

type logger struct{}

// WriteHeader writes a log header; it has the right signature, but
// logger is no ResponseWriter.
func (logger) WriteHeader(n int) {}

type job struct{ StatusCode int }

type Config struct{ Status int }

type ResponseMeta struct{ Status string }
