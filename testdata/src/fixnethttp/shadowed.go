package fixnethttp

// A local variable named http: the import of net/http gets another name.

func shadowed() APIResponse {
	http := "https"
	_ = http
	return APIResponse{Status: 307, Message: http} // want `bare HTTP status code 307: use nethttp\.StatusTemporaryRedirect`
}
