package fix

import (
	"fmt"
	"net/http"
)

// The group holds only standard imports: the fix starts a new run.

func grouped(w http.ResponseWriter) {
	fmt.Fprintln(w, "hello")
	w.WriteHeader(201) // want `bare HTTP status code 201: use status\.HTTP_201_CREATED`
}
