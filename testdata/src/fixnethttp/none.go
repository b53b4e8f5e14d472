package fixnethttp

// No imports, and a code net/http does not name: one new import.

var (
	notFound = APIResponse{Status: 404} // want `bare HTTP status code 404: use http\.StatusNotFound`
	reserved = APIResponse{Status: 306} // want `bare HTTP status code 306: no net/http constant \(status\.HTTP_306_RESERVED under -style=status\)`
)
