package positions

import (
	"net/http"
	"net/http/httptest"
)

// Exact class tests on status expressions become the status helpers.
func classTests(resp *http.Response, rec *httptest.ResponseRecorder, r ErrorResponse) []bool {
	return []bool{
		resp.StatusCode >= 200 && resp.StatusCode < 300,     // want `HTTP status class test spelled out: use status\.IsSuccess\(resp\.StatusCode\)`
		resp.StatusCode >= 100 && resp.StatusCode <= 199,    // want `use status\.IsInformational\(resp\.StatusCode\)`
		resp.StatusCode > 299 && resp.StatusCode < 400,      // want `use status\.IsRedirect\(resp\.StatusCode\)`
		rec.Code < 500 && 400 <= rec.Code,                   // want `use status\.IsClientError\(rec\.Code\)`
		599 >= rec.Code && rec.Code > 499,                   // want `use status\.IsServerError\(rec\.Code\)`
		(resp.StatusCode >= 200) && (resp.StatusCode < 300), // want `use status\.IsSuccess\(resp\.StatusCode\)`
		resp.StatusCode < 200 || resp.StatusCode >= 300,     // want `use !status\.IsSuccess\(resp\.StatusCode\)`
		resp.StatusCode > 499 || resp.StatusCode <= 399,     // want `use !status\.IsClientError\(resp\.StatusCode\)`
		resp.StatusCode/100 == 2,                            // want `use status\.IsSuccess\(resp\.StatusCode\)`
		5 == rec.Code/100,                                   // want `use status\.IsServerError\(rec\.Code\)`
		resp.StatusCode/100 != 4,                            // want `use !status\.IsClientError\(resp\.StatusCode\)`
		!(resp.StatusCode >= 200 && resp.StatusCode < 300),  // want `use !status\.IsSuccess\(resp\.StatusCode\)`
		!(resp.StatusCode/100 != 3),                         // want `use status\.IsRedirect\(resp\.StatusCode\)`
		r.HTTPStatus >= 200 && r.HTTPStatus < 300,           // want `use status\.IsSuccess\(int\(r\.HTTPStatus\)\)`
		rec.Result().StatusCode/100 == 2,                    // want `use status\.IsSuccess\(rec\.Result\(\)\.StatusCode\)`
	}
}

const (
	successFirst = 200
	successLast  = 299
)

// None of these is an exact class test on a status expression.
func notClassTests(resp *http.Response, other *http.Response, n int) []bool {
	return []bool{
		resp.StatusCode >= successFirst && resp.StatusCode <= successLast, // named bounds
		resp.StatusCode >= 400,                           // one bound: not a class
		resp.StatusCode >= 200 && resp.StatusCode < 400,  // two classes
		resp.StatusCode >= 200 && resp.StatusCode <= 300, // one code too many
		resp.StatusCode >= 200 && other.StatusCode < 300, // two expressions
		n >= 200 && n < 300,                              // not a status expression
		resp.StatusCode >= 200 || resp.StatusCode < 300,  // always true
		resp.StatusCode < 200 && resp.StatusCode >= 300,  // always false
		resp.StatusCode/10 == 20,                         // not the hundreds
		resp.StatusCode/100 == 6,                         // no such class
		resp.StatusCode/100 == n,                         // not a literal
		n/100 == 2,                                       // not a status expression
	}
}
