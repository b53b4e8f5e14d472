package fix

import (
	"encoding/json"
	"net/http"
)

// A wrapper's literal argument is fixed in place; a conversion to the
// parameter's type is dropped with the literal.

func writeJSON(w http.ResponseWriter, code uint16, v any) {
	w.WriteHeader(int(code))
	json.NewEncoder(w).Encode(v)
}

func wrapped(w http.ResponseWriter, status string) {
	writeJSON(w, 404, status)         // want `bare HTTP status code 404: use httpstatus\.HTTP_404_NOT_FOUND`
	writeJSON(w, uint16(201), status) // want `bare HTTP status code 201: use httpstatus\.HTTP_201_CREATED`
}
