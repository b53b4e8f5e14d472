package fixnethttp

import "example.com/web/http"

// Another package is imported as http: net/http gets another name.

func otherHTTP() APIResponse {
	_ = http.Serve()
	return APIResponse{Status: 426} // want `bare HTTP status code 426: use nethttp\.StatusUpgradeRequired`
}
