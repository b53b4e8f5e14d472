package flow_test

import (
	"flow"
	"net/http/httptest"
	"testing"
)

// An external test package is another package: its own types are in
// reach, the tested package's are not (no facts).
type extCase struct{ want int }

func TestExternal(t *testing.T) {
	for _, c := range []extCase{{want: 200}} { // want `bare HTTP status code 200`
		rec := httptest.NewRecorder()
		if rec.Code != c.want {
			t.Fatal()
		}
	}
	rec := httptest.NewRecorder()
	flow.Case{Want: 404}.Write(rec) // the tested package's field: quiet
}
