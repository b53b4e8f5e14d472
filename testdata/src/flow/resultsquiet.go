package flow

import "net/http"

// A function whose result is also used as a size is not a status
// function.
func count(ok bool) int {
	if ok {
		return 200
	}
	return 404
}

func sizedResult(w http.ResponseWriter) {
	buf := make([]byte, count(true))
	w.WriteHeader(count(false))
	w.Write(buf)
}

// A function that also returns a length.
func lengthOrCode(s string) int {
	if s == "" {
		return 400
	}
	return len(s)
}

func useLength(w http.ResponseWriter) { w.WriteHeader(lengthOrCode("")) }

// A function whose result never reaches a status position.
func retries() int { return 300 }

var _ = retries()
