// Package analyzer defines the barestatus analyzer, which reports bare
// HTTP status numbers and replaces them with named constants.
//
// # Analyzer barestatus
//
// barestatus: report bare HTTP status codes and suggest named constants
//
// An integer literal passed where an HTTP status code is expected hides
// its meaning: a reader has to remember that 422 is Unprocessable Entity.
// barestatus reports such literals and offers a fix that replaces each
// with a constant of the bundled status package
// (github.com/barestatus/barestatus/status), or with net/http's constant
// when run with -style=nethttp.
//
// WRONG:
//
//	w.WriteHeader(422)
//	http.Error(w, "gone", 410)
//	if resp.StatusCode != 200 { ... }
//
// RIGHT:
//
//	w.WriteHeader(status.HTTP_422_UNPROCESSABLE_ENTITY)
//	http.Error(w, "gone", status.HTTP_410_GONE)
//	if resp.StatusCode != status.HTTP_200_OK { ... }
//
// A literal is bare when it is an integer literal in any base, possibly
// negated, parenthesized or converted to an integer type (int(418)).
// Named constants and arithmetic such as code/100 are never reported.
//
// The status code positions, matched by type rather than by name, are:
//
//   - the argument of WriteHeader on net/http.ResponseWriter and on every
//     type that implements it;
//   - the code argument of net/http's Error, Redirect, RedirectHandler
//     and StatusText;
//   - net/http.Response.StatusCode and httptest.ResponseRecorder.Code in
//     struct literals and assignments (codes 100-999), and any integer
//     field named Status, StatusCode, HTTPStatus or HTTPStatusCode of a
//     struct type whose name ends in Response (only codes with a named
//     constant: SMTPResponse{Status: 250} stays quiet);
//   - the other operand of == and !=, and the cases of a switch, on one
//     of those fields or on a status getter such as fasthttp's
//     resp.StatusCode();
//   - the status argument of gin, echo (v4, v5), fiber (v2, v3), fasthttp,
//     go-chi/render and testify's HTTPStatusCode, and of -sinks entries
//     (codes 100-999);
//   - the status parameter of the package's own wrappers: an integer
//     parameter that reaches one of these positions unchanged, so that
//     writeJSON(w, 400, v) and assertStatus(t, rec, 200) are reported;
//   - testify's and fiber's equality assertions comparing a literal with
//     a status expression: assert.Equal(t, 200, rec.Code).
//
// A code outside 100-999 passed to net/http's Error, Redirect or
// RedirectHandler, or to WriteHeader called on http.ResponseWriter or
// *httptest.ResponseRecorder, is reported as invalid, since net/http
// panics on it. On other ResponseWriter types, which may accept it (gin's
// ignores codes <= 0), only 100-999 is reported.
// A code with no named constant, such as 299, is reported without a fix.
//
// An exact test of a status class on a status expression, such as
// resp.StatusCode >= 200 && resp.StatusCode < 300 or resp.StatusCode/100 == 2,
// is reported with a fix calling the status package's helper:
// status.IsSuccess(resp.StatusCode).
//
// With -style=nethttp no fix imports the status module: a code net/http
// does not name (306, 509) gets no fix; a pair of bounds becomes
// resp.StatusCode >= http.StatusOK && resp.StatusCode < http.StatusMultipleChoices
// (x < LO || x >= HI for a test outside the class; the end of 5xx stays
// 600), which is no longer reported; resp.StatusCode/100 == 2 gets no fix.
//
// The fix adds the import it needs, reusing an existing import of the
// package under whatever name it has, and choosing a free name when
// "status" (or "http") is taken by a variable or another import.
//
// A diagnostic is silenced by //nolint:barestatus at the end of its line,
// or by //lint:ignore barestatus <reason> at the end of its line or alone
// on the line above.
//
// The analyzer's own flags:
//
//	-style=status|nethttp  which constants the fix uses (default status)
//	-generated             also check files with a generated-code header
//	-sinks=list            extra positions: pkg/path.Func:N,(*pkg/path.T).Method:N
//	-allow=list            codes never reported, e.g. 200,404
//	-nolint=false          ignore //nolint comments (golangci-lint reads them)
package analyzer
