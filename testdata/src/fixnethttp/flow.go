package fixnethttp

import (
	"net/http"
	"net/http/httptest"
	"testing"
)

// Literals reached through value flow are fixed in place: in a local, a
// test table's field, a status function's return, a class test on a
// local. A conversion to the slot's type goes with the literal.

func flowHandler(w http.ResponseWriter, failed bool) {
	code := 200 // want `bare HTTP status code 200: use http\.StatusOK`
	if failed {
		code = 500 // want `bare HTTP status code 500: use http\.StatusInternalServerError`
	}
	var typed int32 = int32(201) // want `bare HTTP status code 201: use http\.StatusCreated`
	if typed == 0 {
		w.WriteHeader(code)
	}
	w.WriteHeader(int(typed))
}

func flowCopy(resp *http.Response) bool {
	code := resp.StatusCode
	if code == 404 { // want `bare HTTP status code 404: use http\.StatusNotFound`
		return false
	}
	return code >= 200 && code < 300 // want `use code >= http\.StatusOK && code < http\.StatusMultipleChoices`
}

func flowCodeFor(err error) int {
	if err != nil {
		return 503 // want `bare HTTP status code 503: use http\.StatusServiceUnavailable`
	}
	return 204 // want `bare HTTP status code 204: use http\.StatusNoContent`
}

func flowFail(w http.ResponseWriter, err error) { w.WriteHeader(flowCodeFor(err)) }

func TestFlowTable(t *testing.T) {
	tests := []struct {
		name string
		want int
	}{
		{"ok", 200},               // want `bare HTTP status code 200: use http\.StatusOK`
		{name: "gone", want: 410}, // want `bare HTTP status code 410: use http\.StatusGone`
	}
	for _, tt := range tests {
		if rec := httptest.NewRecorder(); rec.Code != tt.want {
			t.Error(tt.name)
		}
	}
}
