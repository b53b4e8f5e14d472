package broken

import (
	"net/http"

	"example.com/missing"
)

// The analyzer runs on code that does not type-check, as editors need.

func broken(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(404) // want `bare HTTP status code 404`
	undefined.WriteHeader(500)
	missing.Reply(w, 400)
	var resp *http.Response
	if resp.StatusCode == 200 { // want `bare HTTP status code 200`
		return
	}
	x := notDeclared{Status: 201}
	_ = x
	http.Error(w, "x", 4_0_0) // want `bare HTTP status code 400`
	http.Error(w, "x")
	http.Redirect(w, r, "/")
	w.WriteHeader(int(undefinedConst))
	w.WriteHeader(999999999999999999999999)
}

type pair[T any] struct {
	Code  int
	Value T
}

// A generic type without type arguments does not type-check: its literal
// has no type, and its fields are no slots.
func generic(w http.ResponseWriter, rec pair[string]) {
	p := pair{Code: 404, Value: "x"}
	_ = p
	w.WriteHeader(rec.Code)
}
