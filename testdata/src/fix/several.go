package fix

import (
	"net/http"
	"net/http/httptest"
)

// Many fixes in one file share one new import.

func several(w http.ResponseWriter, r *http.Request, resp *http.Response) {
	switch resp.StatusCode {
	case 200, 0xC9: // want `bare HTTP status code 200` `bare HTTP status code 201: use status\.HTTP_201_CREATED`
		w.WriteHeader(int(418)) // want `bare HTTP status code 418: use status\.HTTP_418_IM_A_TEAPOT`
	case (404): // want `bare HTTP status code 404`
		http.Error(w, "missing", 404) // want `bare HTTP status code 404`
	default:
		http.Error(w, "odd", 299) // want `bare HTTP status code 299: no named constant`
	}
	rec := httptest.NewRecorder()
	rec.Code = 500                             // want `bare HTTP status code 500`
	resp.StatusCode = 1_000                    // not a code: quiet
	_ = &http.Response{StatusCode: 502}        // want `bare HTTP status code 502`
	_ = APIResponse{Status: 504, Message: "x"} // want `bare HTTP status code 504`
}
