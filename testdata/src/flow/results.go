package flow

import (
	"errors"
	"net/http"
)

var errMissing = errors.New("missing")

// A function whose integer result reaches a status position is a status
// function: every literal it returns there is a bare code.
func codeFor(err error) int {
	if errors.Is(err, errMissing) {
		return 404 // want `bare HTTP status code 404: use status\.HTTP_404_NOT_FOUND`
	}
	return 500 // want `bare HTTP status code 500`
}

func fail(w http.ResponseWriter, err error) {
	w.WriteHeader(codeFor(err))
}

// Through a local, and with several results: only the result that
// reaches a position is a status result.
func classify(err error) (int, int) {
	if err != nil {
		return 429, 100 // want `bare HTTP status code 429`
	}
	return 200, 0 // want `bare HTTP status code 200`
}

func failClassified(w http.ResponseWriter, err error) {
	code, retries := classify(err)
	_ = retries
	w.WriteHeader(code)
}

// A status function returning through a local, and a method.
type mapper struct{}

func (mapper) status(err error) int {
	code := 503 // want `bare HTTP status code 503`
	if err == nil {
		code = 204 // want `bare HTTP status code 204`
	}
	return code
}

func failMapped(w http.ResponseWriter, m mapper, err error) {
	http.Error(w, "x", m.status(err))
}

// A named result, set and returned bare.
func named(ok bool) (code int) {
	code = 201 // want `bare HTTP status code 201`
	if !ok {
		return 400 // want `bare HTTP status code 400`
	}
	return
}

func useNamed(w http.ResponseWriter) { w.WriteHeader(named(true)) }

// A function returning a copy of a status expression is a status function.
func statusOf(resp *http.Response) int {
	if resp == nil {
		return 502 // want `bare HTTP status code 502`
	}
	return resp.StatusCode
}

// A function literal's return is not the declaration's.
func literalReturn(w http.ResponseWriter) {
	f := func() int { return 404 }
	_ = f
	w.WriteHeader(codeFor(nil))
}
