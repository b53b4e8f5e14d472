package fix

import (
	"net/http/httptest"
	"testing"
)

// Test files are checked and fixed like any other.

func TestHandler(t *testing.T) {
	rec := httptest.NewRecorder()
	rec.WriteHeader(204) // want `bare HTTP status code 204: use status\.HTTP_204_NO_CONTENT`
	if rec.Code != 204 { // want `bare HTTP status code 204: use status\.HTTP_204_NO_CONTENT`
		t.Fatal(rec.Code)
	}
}
