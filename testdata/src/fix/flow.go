package fix

import (
	"net/http"
	"net/http/httptest"
	"testing"
)

// Literals reached through value flow are fixed in place: in a local, a
// test table's field, a status function's return, a class test on a
// local. A conversion to the slot's type goes with the literal.

func flowHandler(w http.ResponseWriter, failed bool) {
	code := 200 // want `bare HTTP status code 200: use status\.HTTP_200_OK`
	if failed {
		code = 500 // want `bare HTTP status code 500: use status\.HTTP_500_INTERNAL_SERVER_ERROR`
	}
	var typed int32 = int32(201) // want `bare HTTP status code 201: use status\.HTTP_201_CREATED`
	if typed == 0 {
		w.WriteHeader(code)
	}
	w.WriteHeader(int(typed))
}

func flowCopy(resp *http.Response) bool {
	code := resp.StatusCode
	if code == 404 { // want `bare HTTP status code 404: use status\.HTTP_404_NOT_FOUND`
		return false
	}
	return code >= 200 && code < 300 // want `use status\.IsSuccess\(code\)`
}

func flowCodeFor(err error) int {
	if err != nil {
		return 503 // want `bare HTTP status code 503: use status\.HTTP_503_SERVICE_UNAVAILABLE`
	}
	return 204 // want `bare HTTP status code 204: use status\.HTTP_204_NO_CONTENT`
}

func flowFail(w http.ResponseWriter, err error) { w.WriteHeader(flowCodeFor(err)) }

func TestFlowTable(t *testing.T) {
	tests := []struct {
		name string
		want int
	}{
		{"ok", 200},               // want `bare HTTP status code 200: use status\.HTTP_200_OK`
		{name: "gone", want: 410}, // want `bare HTTP status code 410: use status\.HTTP_410_GONE`
	}
	for _, tt := range tests {
		if rec := httptest.NewRecorder(); rec.Code != tt.want {
			t.Error(tt.name)
		}
	}
}
