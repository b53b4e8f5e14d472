package fix

import (
	"fmt"
//line other.y:100
	"net/http"
)

// A //line directive must not move the import edits.

func lineDirective(w http.ResponseWriter) {
	fmt.Fprint(w, "x")
	w.WriteHeader(206) // want `bare HTTP status code 206: use status\.HTTP_206_PARTIAL_CONTENT`
}
