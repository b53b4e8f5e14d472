package positions

import (
	"net/http"
	"net/http/httptest"
)

func comparisons(resp *http.Response, rec *httptest.ResponseRecorder) bool {
	if resp.StatusCode != 200 { // want `bare HTTP status code 200: use status\.HTTP_200_OK`
		return false
	}
	if 404 == resp.StatusCode { // want `bare HTTP status code 404: use status\.HTTP_404_NOT_FOUND`
		return false
	}
	if (resp.StatusCode) == (0x1F4) { // want `bare HTTP status code 500`
		return false
	}
	switch resp.StatusCode {
	case 404, 410: // want `bare HTTP status code 404` `bare HTTP status code 410`
		return false
	case http.StatusOK:
	}
	if resp.StatusCode == 0 { // no response yet: quiet
		return false
	}
	return rec.Code == 201 // want `bare HTTP status code 201`
}

// wrappedResponse embeds *http.Response: its StatusCode is net/http's.
type wrappedResponse struct {
	*http.Response
}

func embedded(w wrappedResponse, r Response) bool {
	return w.StatusCode == 503 || r.Status != 204 // want `bare HTTP status code 503` `bare HTTP status code 204`
}
