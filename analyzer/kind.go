package analyzer

import "github.com/barestatus/barestatus/internal/catalog"

// A kind is a kind of status code position. It decides which values are
// reported there and how.
type kind int

const (
	// reachesWriteHeader: the code reaches ResponseWriter.WriteHeader,
	// which panics on codes outside 100-999.
	reachesWriteHeader kind = iota
	// statusText: http.StatusText, which accepts any int.
	statusText
	// statusArg: a status argument of a framework, of a -sinks entry or
	// of the package's own wrapper; codes 100-999 are reported, so that
	// gin's c.Render(-1, r) ("no status") stays quiet.
	statusArg
	// netHTTPField: a status field of net/http or httptest; codes
	// 100-999 are reported, so that resp.StatusCode == 0 stays quiet.
	netHTTPField
	// shapeField: a status-like field of a project's own *Response type,
	// matched by its shape alone; only codes with a named constant are
	// reported, so Response{Status: 3} (an application-level code) and
	// SMTPResponse{Status: 250} (another protocol's) stay quiet.
	shapeField
)

// reported reports whether a code is a bare HTTP status code at a
// position of kind k. Codes outside the range of a reachesWriteHeader
// position are reported too, as invalid.
func (k kind) reported(code int64) bool {
	switch k {
	case statusArg, netHTTPField:
		return code >= 100 && code <= 999
	case shapeField:
		_, named := catalog.Lookup(int(code))
		return named
	}
	return true
}

// invalid reports whether code makes net/http panic at a position of kind k.
func (k kind) invalid(code int64) bool {
	return k == reachesWriteHeader && (code < 100 || code > 999)
}
