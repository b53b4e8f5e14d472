// Package googleapi exercises google.golang.org/api v0.316.0's
// googleapi.Error.Code.
package googleapi

import (
	"errors"
	"net/http"

	"google.golang.org/api/googleapi"
)

func notFound(err error) bool {
	var gerr *googleapi.Error
	if errors.As(err, &gerr) && gerr.Code == 404 { // want `bare HTTP status code 404: use status\.HTTP_404_NOT_FOUND`
		return true
	}
	if errors.As(err, &gerr) {
		switch gerr.Code {
		case 403, 429: // want `bare HTTP status code 403` `bare HTTP status code 429`
			return false
		}
	}
	_ = &googleapi.Error{Code: 409, Message: "conflict"} // want `bare HTTP status code 409`

	// Quiet.
	return gerr.Code == http.StatusGone || gerr.Code == 0
}

// Error is another package's Error with a Code field.
type Error struct{ Code int }

func notGoogle(e Error) bool { return e.Code == 404 }
