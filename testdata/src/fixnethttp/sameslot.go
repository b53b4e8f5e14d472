package fixnethttp

import (
	"example.com/lib"
	"os"
)

// One mixed run, and both new imports sort between its two specs.

func sameSlot() {
	a := APIResponse{Status: 400} // want `bare HTTP status code 400: use http\.StatusBadRequest`
	b := APIResponse{Status: 509} // want `bare HTTP status code 509: use status\.HTTP_509_BANDWIDTH_LIMIT_EXCEEDED`
	_, _, _ = a, b, lib.Name
	os.Exit(0)
}
