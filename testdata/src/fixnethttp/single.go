package fixnethttp

import "fmt"

// A single import declaration, and a code net/http does not name.

func single() string {
	r := APIResponse{Status: 509} // want `bare HTTP status code 509: no net/http constant \(status\.HTTP_509_BANDWIDTH_LIMIT_EXCEEDED under -style=status\)`
	r.Status = 502                // want `bare HTTP status code 502: use http\.StatusBadGateway`
	return fmt.Sprint(r)
}
