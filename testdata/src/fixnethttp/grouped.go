package fixnethttp

import (
	"fmt"
	"strings"
)

// net/http joins the standard run between fmt and strings; 306 has no
// net/http constant, and no fix imports the status module.

func grouped() string {
	a := APIResponse{Status: 201} // want `bare HTTP status code 201: use http\.StatusCreated`
	b := APIResponse{Status: 306} // want `bare HTTP status code 306: no net/http constant \(status\.HTTP_306_RESERVED under -style=status\)`
	return strings.ToUpper(fmt.Sprint(a, b))
}
