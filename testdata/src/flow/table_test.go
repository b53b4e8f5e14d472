package flow

import (
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/stretchr/testify/assert"
)

// A test table's field compared with rec.Code is a status field: its
// literals, keyed or positional, are bare codes.
func TestTable(t *testing.T) {
	tests := []struct {
		name       string
		wantStatus int
	}{
		{name: "ok", wantStatus: 200}, // want `bare HTTP status code 200: use status\.HTTP_200_OK`
		{"missing", 404},              // want `bare HTTP status code 404: use status\.HTTP_404_NOT_FOUND`
		{name: "unset"},               // no literal
		{name: "zero", wantStatus: 0}, // below 100
	}
	for _, tt := range tests {
		rec := httptest.NewRecorder()
		if rec.Code != tt.wantStatus {
			t.Errorf("%s: got %d, want %d", tt.name, rec.Code, tt.wantStatus)
		}
	}
}

// A named test case type, in a map, asserted with testify.
type testCase struct {
	expectedCode int
	body         string
}

func TestMap(t *testing.T) {
	cases := map[string]testCase{
		"created": {expectedCode: 201, body: "x"}, // want `bare HTTP status code 201`
		"gone":    {410, "y"},                     // want `bare HTTP status code 410`
	}
	for _, tc := range cases {
		rec := httptest.NewRecorder()
		assert.Equal(t, tc.expectedCode, rec.Code)
	}
	tc := testCase{}
	tc.expectedCode = 409 // want `bare HTTP status code 409`
	_ = tc
}

// A field written to a response, and one passed to a wrapper's status
// parameter.
type route struct {
	code     int
	fallback int
}

var routes = []route{
	{code: 204, fallback: 503}, // want `bare HTTP status code 204` `bare HTTP status code 503`
}

func serve(w http.ResponseWriter, r route, failed bool) {
	if failed {
		reply(w, r.fallback)
		return
	}
	w.WriteHeader(r.code)
}

// A class test on a status field is a class test.
func TestClass(t *testing.T) {
	for _, r := range routes {
		if r.code >= 200 && r.code < 300 { // want `use status\.IsSuccess\(r\.code\)`
			t.Log("success")
		}
	}
}

// A field that flows into a local, which reaches WriteHeader.
type result struct{ status int }

func fromField(w http.ResponseWriter) {
	res := result{status: 202} // want `bare HTTP status code 202`
	code := res.status
	w.WriteHeader(code)
}
