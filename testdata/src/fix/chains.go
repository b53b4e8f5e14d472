package fix

import "net/http"

// A class test of two adjacent operands of a longer && chain: the fix
// rewrites the two bounds and leaves the other operands as written.

func chains(resp *http.Response, err error, ok bool) bool {
	if err == nil && resp.StatusCode >= 200 && resp.StatusCode < 300 { // want `use status\.IsSuccess\(resp\.StatusCode\)`
		return true
	}
	if ok /* checked */ && resp.StatusCode >= 400 && resp.StatusCode <= 499 && (err != nil) { // want `use status\.IsClientError\(resp\.StatusCode\)`
		return false
	}
	code := resp.StatusCode
	return !ok && err == nil && (code > 499) && (code < 600) // want `use status\.IsServerError\(code\)`
}
