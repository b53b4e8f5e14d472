package positions

import (
	"net/http"
	"net/http/httptest"
)

// A class test made of two adjacent operands of a longer && chain is a
// class test, wherever the pair sits in the chain.
func chainedClassTests(resp *http.Response, rec *httptest.ResponseRecorder, err error, ok bool) []bool {
	return []bool{
		err == nil && resp.StatusCode >= 200 && resp.StatusCode < 300,                                                            // want `HTTP status class test spelled out: use status\.IsSuccess\(resp\.StatusCode\)`
		ok && resp.StatusCode >= 400 && resp.StatusCode <= 499 && err != nil,                                                     // want `use status\.IsClientError\(resp\.StatusCode\)`
		rec.Code >= 500 && rec.Code < 600 && ok,                                                                                  // want `use status\.IsServerError\(rec\.Code\)`
		ok && err == nil && 300 <= resp.StatusCode && resp.StatusCode < 400,                                                      // want `use status\.IsRedirect\(resp\.StatusCode\)`
		ok && (resp.StatusCode > 99) && (resp.StatusCode < 200) && ok,                                                            // want `use status\.IsInformational\(resp\.StatusCode\)`
		!(ok && resp.StatusCode >= 200 && resp.StatusCode < 300),                                                                 // want `use status\.IsSuccess\(resp\.StatusCode\)`
		ok || err == nil && resp.StatusCode >= 200 && resp.StatusCode < 300,                                                      // want `use status\.IsSuccess\(resp\.StatusCode\)`
		ok && resp.StatusCode >= 200 && resp.StatusCode < 300 && rec.Code >= 400 && rec.Code < 500,                               // want `use status\.IsSuccess\(resp\.StatusCode\)` `use status\.IsClientError\(rec\.Code\)`
		ok && resp.StatusCode < 300 && resp.StatusCode >= 200 && err == nil,                                                      // want `use status\.IsSuccess\(resp\.StatusCode\)`
		ok && resp.StatusCode > 199 && resp.StatusCode >= 200 && resp.StatusCode < 300,                                           // want `use status\.IsSuccess\(resp\.StatusCode\)`
		resp.StatusCode != 404 && resp.StatusCode >= 200 && resp.StatusCode < 300 && http.StatusText(410) != "",                  // want `bare HTTP status code 404: use status\.HTTP_404_NOT_FOUND` `use status\.IsSuccess\(resp\.StatusCode\)` `bare HTTP status code 410`
		ok && (err == nil && resp.StatusCode >= 200 && resp.StatusCode < 300) && err != nil && rec.Code >= 400 && rec.Code < 500, // want `use status\.IsSuccess\(resp\.StatusCode\)` `use status\.IsClientError\(rec\.Code\)`
	}
}

// None of these is a class test of two adjacent operands of an && chain.
func notChainedClassTests(resp *http.Response, other *http.Response, err error, ok bool, n int) []bool {
	return []bool{
		resp.StatusCode >= 200 && ok && resp.StatusCode < 300,                   // not adjacent
		resp.StatusCode >= 200 && err == nil && ok && resp.StatusCode < 300,     // not adjacent
		(ok && resp.StatusCode >= 200) && resp.StatusCode < 300,                 // the pair crosses parentheses
		err != nil || resp.StatusCode < 200 || resp.StatusCode >= 300,           // an || chain
		ok && resp.StatusCode < 200 || resp.StatusCode >= 300,                   // && inside ||: (ok && x < 200) || x >= 300
		ok && resp.StatusCode >= 200 && resp.StatusCode < 400,                   // two classes
		ok && resp.StatusCode >= 200 && other.StatusCode < 300,                  // two expressions
		ok && n >= 200 && n < 300,                                               // not a status expression
		ok && resp.StatusCode >= successFirst && resp.StatusCode <= successLast, // named bounds
	}
}

// A chain among the operands of a chain is a chain of its own.
func nestedChains(resp *http.Response, rec *httptest.ResponseRecorder, err error, ok bool) bool {
	if ok && ok && ok && ok && ok && ok && ok && ok {
		return true
	}
	return ok && (err == nil && resp.StatusCode >= 200 && resp.StatusCode < 300) && rec.Code != 404 && rec.Code >= 400 && rec.Code < 500 // want `use status\.IsSuccess\(resp\.StatusCode\)` `bare HTTP status code 404` `use status\.IsClientError\(rec\.Code\)`
}
