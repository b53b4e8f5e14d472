package flow

import (
	"fmt"
	"log"
	"net/http"
)

// A local whose value reaches a status position is a status local:
// every literal put into it or compared with it is a bare code.
func handler(w http.ResponseWriter, r *http.Request) {
	code := 200 // want `bare HTTP status code 200: use status\.HTTP_200_OK`
	if r.Method != http.MethodGet {
		code = 405 // want `bare HTTP status code 405: use status\.HTTP_405_METHOD_NOT_ALLOWED`
	}
	if code == 404 { // want `bare HTTP status code 404`
		log.Printf("status %d", code) // printing is not another use
	}
	w.WriteHeader(code)
}

// A var declaration and a typed local.
func declared(w http.ResponseWriter, failed bool) {
	var code int32 = 201 // want `bare HTTP status code 201`
	if failed {
		code = int32(500) // want `bare HTTP status code 500`
	}
	http.Error(w, "x", int(code))
}

// A copy of a status expression is a status local.
func copied(resp *http.Response) error {
	code := resp.StatusCode
	if code == 404 { // want `bare HTTP status code 404: use status\.HTTP_404_NOT_FOUND`
		return nil
	}
	if 409 != code { // want `bare HTTP status code 409`
		return fmt.Errorf("unexpected status %d", code)
	}
	return nil
}

// A switch on a status local, or with a status expression in its init.
func switched(resp *http.Response) string {
	switch sc := resp.StatusCode; sc {
	case 409, 410: // want `bare HTTP status code 409` `bare HTTP status code 410`
		return "gone"
	case http.StatusOK:
	}
	code := resp.StatusCode
	switch code {
	case 503: // want `bare HTTP status code 503`
		return "later"
	}
	return ""
}

// A local copied to another local: both carry the code.
func chained(w http.ResponseWriter) {
	first := 202 // want `bare HTTP status code 202`
	second := first
	w.WriteHeader(second)
}

// A local passed to a wrapper's status parameter.
func viaWrapper(w http.ResponseWriter, missing bool) {
	code := 400 // want `bare HTTP status code 400`
	if missing {
		code = 404 // want `bare HTTP status code 404`
	}
	reply(w, code)
}

func reply(w http.ResponseWriter, code int) { w.WriteHeader(code) }

// A class test on a status local is a class test.
func classOfLocal(resp *http.Response) bool {
	code := resp.StatusCode
	if code >= 200 && code < 300 { // want `HTTP status class test spelled out: use status\.IsSuccess\(code\)`
		return true
	}
	return code/100 == 5 // want `use status\.IsServerError\(code\)`
}

// A local used in a closure is still the same local.
func closure(w http.ResponseWriter) {
	code := 204 // want `bare HTTP status code 204`
	defer func() { w.WriteHeader(code) }()
}

// The unset sentinel is below 100: quiet.
func sentinel(w http.ResponseWriter, ok bool) {
	code := 0
	if ok {
		code = 200 // want `bare HTTP status code 200`
	}
	if code == 0 {
		code = http.StatusInternalServerError
	}
	w.WriteHeader(code)
}
