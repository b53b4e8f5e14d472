package app

import (
	"net/http"
	"net/http/httptest"
	"testing"
)

func TestHandle(t *testing.T) {
	rec := httptest.NewRecorder()
	Handle(rec, httptest.NewRequest(http.MethodGet, "/items", nil))
	if rec.Code != 200 {
		t.Fatalf("got %d", rec.Code)
	}
}
