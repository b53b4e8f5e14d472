package fixnethttp

import "fmt"

// A single import declaration and two new imports.

func single() string {
	r := APIResponse{Status: 509} // want `bare HTTP status code 509: use status\.HTTP_509_BANDWIDTH_LIMIT_EXCEEDED`
	r.Status = 502                // want `bare HTTP status code 502: use http\.StatusBadGateway`
	return fmt.Sprint(r)
}
