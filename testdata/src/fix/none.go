package fix

// This file imports nothing: the fix adds the import.

var notFound = APIResponse{Status: 404, Message: "not found"} // want `bare HTTP status code 404: use status\.HTTP_404_NOT_FOUND`

func isOK(r APIResponse) bool {
	return r.Status == 200 // want `bare HTTP status code 200: use status\.HTTP_200_OK`
}
