package fixnethttp

import "net/http"

// A class test of two adjacent operands of a longer && chain: the fix
// rewrites the two bounds and leaves the other operands as written.

func chains(resp *http.Response, err error, ok bool) bool {
	if err == nil && resp.StatusCode >= 200 && resp.StatusCode < 300 { // want `use resp\.StatusCode >= http\.StatusOK && resp\.StatusCode < http\.StatusMultipleChoices$`
		return true
	}
	if ok /* checked */ && resp.StatusCode >= 400 && resp.StatusCode <= 499 && (err != nil) { // want `use resp\.StatusCode >= http\.StatusBadRequest && resp\.StatusCode < http\.StatusInternalServerError$`
		return false
	}
	code := resp.StatusCode
	return !ok && err == nil && (code > 499) && (code < 600) // want `use code >= http\.StatusInternalServerError && code < 600$`
}
