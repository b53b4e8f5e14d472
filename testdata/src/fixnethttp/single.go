package fixnethttp

import "fmt"

// A lone standard import: net/http joins it in one sorted group; a code
// net/http does not name gets no fix.

func single() string {
	r := APIResponse{Status: 509} // want `bare HTTP status code 509: no net/http constant \(status\.HTTP_509_BANDWIDTH_LIMIT_EXCEEDED under -style=status\)`
	r.Status = 502                // want `bare HTTP status code 502: use http\.StatusBadGateway`
	return fmt.Sprint(r)
}
