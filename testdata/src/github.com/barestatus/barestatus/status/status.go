// Package status names the HTTP status codes, the way Django REST
// framework's rest_framework.status module does: HTTP_404_NOT_FOUND
// rather than a bare 404.
//
// Every constant is an untyped integer constant, so it fits any integer
// parameter or field: an int for net/http, an int64 or uint16 elsewhere.
// Four codes also have their RFC 9110 names (HTTP_413_CONTENT_TOO_LARGE,
// HTTP_414_URI_TOO_LONG, HTTP_416_RANGE_NOT_SATISFIABLE and
// HTTP_422_UNPROCESSABLE_CONTENT).
//
// The class helpers follow DRF's inclusive ranges: IsSuccess(code)
// reports whether code is in 200–299, and so on.
//
// The package uses nothing but the language: importing it costs nothing.
// The barestatus analyzer (github.com/barestatus/barestatus/analyzer)
// replaces bare status numbers in Go code with these constants.
package status

// IsInformational reports whether code is an informational (1xx) status.
func IsInformational(code int) bool { return code >= 100 && code <= 199 }

// IsSuccess reports whether code is a successful (2xx) status.
func IsSuccess(code int) bool { return code >= 200 && code <= 299 }

// IsRedirect reports whether code is a redirection (3xx) status.
func IsRedirect(code int) bool { return code >= 300 && code <= 399 }

// IsClientError reports whether code is a client error (4xx) status.
func IsClientError(code int) bool { return code >= 400 && code <= 499 }

// IsServerError reports whether code is a server error (5xx) status.
func IsServerError(code int) bool { return code >= 500 && code <= 599 }
