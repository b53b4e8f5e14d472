package fixnethttp

import (
	"net/http/httptest"
	"testing"
)

// Test files are fixed too; net/http is imported for the constant.

func TestRecorder(t *testing.T) {
	rec := httptest.NewRecorder()
	rec.WriteHeader(202) // want `bare HTTP status code 202: use http\.StatusAccepted`
	if rec.Code != 202 { // want `bare HTTP status code 202: use http\.StatusAccepted`
		t.Fatal(rec.Code)
	}
}
