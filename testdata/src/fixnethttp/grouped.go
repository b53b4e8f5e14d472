package fixnethttp

import (
	"fmt"
	"strings"
)

// net/http joins the standard run between fmt and strings; status starts
// a run of its own.

func grouped() string {
	a := APIResponse{Status: 201} // want `bare HTTP status code 201: use http\.StatusCreated`
	b := APIResponse{Status: 306} // want `bare HTTP status code 306: use status\.HTTP_306_RESERVED`
	return strings.ToUpper(fmt.Sprint(a, b))
}
