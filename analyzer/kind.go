package analyzer

import "github.com/barestatus/barestatus/internal/catalog"

// A kind is the kind of a status code position: it decides which codes
// are reported there, and which of them as invalid. Kinds are named for
// the codes they report, not for the places that have them.
type kind int

const (
	// writeHeaderCodes: every code; those outside 100-999 as invalid. The
	// code reaches net/http's ResponseWriter.WriteHeader (http.Error,
	// http.Redirect, w.WriteHeader on a net/http type), which panics on
	// them.
	writeHeaderCodes kind = iota
	// validCodes: codes 100-999 only. The status parameters of
	// frameworks, -sinks entries and the package's own wrappers, status
	// fields and getters, http.StatusText, and WriteHeader on a type not
	// declared by net/http; so that gin's c.Render(-1, r) ("no status"),
	// resp.StatusCode == 0 and http.StatusText(0) (the fallback of
	// generated clients: StatusText accepts any int) stay quiet.
	validCodes
	// namedCodes: only codes with a named constant. A status-like field
	// of a project's own *Response type, matched by its shape alone, so
	// that Response{Status: 3} (an application-level code) and
	// SMTPResponse{Status: 250} (another protocol's) stay quiet.
	namedCodes
)

// reported reports whether a code is a bare HTTP status code at a
// position of kind k.
func (k kind) reported(code int64) bool {
	switch k {
	case validCodes:
		return code >= 100 && code <= 999
	case namedCodes:
		_, named := catalog.Lookup(int(code))
		return named
	}
	return true
}

// invalid reports whether code makes net/http panic at a position of kind k.
func (k kind) invalid(code int64) bool {
	return k == writeHeaderCodes && (code < 100 || code > 999)
}
