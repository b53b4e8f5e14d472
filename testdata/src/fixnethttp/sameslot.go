package fixnethttp

import (
	"example.com/lib"
	"os"
)

// One mixed run, and net/http sorts between its two specs.

func sameSlot() {
	a := APIResponse{Status: 400} // want `bare HTTP status code 400: use http\.StatusBadRequest`
	b := APIResponse{Status: 509} // want `bare HTTP status code 509: no net/http constant \(status\.HTTP_509_BANDWIDTH_LIMIT_EXCEEDED under -style=status\)`
	_, _, _ = a, b, lib.Name
	os.Exit(0)
}
