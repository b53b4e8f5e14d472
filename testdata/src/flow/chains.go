package flow

import "net/http"

// A class test of two adjacent operands of a longer && chain is a class
// test on a status slot too: a status local, a wrapper's parameter.
func chainOnLocal(resp *http.Response, err error) bool {
	code := resp.StatusCode
	return err == nil && code >= 200 && code < 300 // want `HTTP status class test spelled out: use status\.IsSuccess\(code\)`
}

func chainOnParam(w http.ResponseWriter, code int, verbose bool) {
	if verbose && code >= 500 && code <= 599 && w != nil { // want `HTTP status class test spelled out: use status\.IsServerError\(code\)`
		println("server error")
	}
	w.WriteHeader(code)
}

// Quiet: a local that carries no status code, and a status local whose
// bounds are not adjacent.
func chainOnCount(items []string, ok bool) bool {
	n := len(items)
	return ok && n >= 200 && n < 300
}

func chainNotAdjacent(resp *http.Response, ok bool) bool {
	code := resp.StatusCode
	return code >= 200 && ok && code < 300
}
