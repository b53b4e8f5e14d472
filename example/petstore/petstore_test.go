package petstore

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

func TestCreateAndGet(t *testing.T) {
	store := NewStore()
	rec := httptest.NewRecorder()
	store.ServeHTTP(rec, httptest.NewRequest(http.MethodPost, "/pets", strings.NewReader(`{"name":"rex"}`)))
	if rec.Code != 201 {
		t.Fatalf("create: got %d", rec.Code)
	}
	srv := httptest.NewServer(store)
	defer srv.Close()
	if err := Fetch(srv.Client(), srv.URL, "rex"); err != nil {
		t.Fatal(err)
	}
	if err := Fetch(srv.Client(), srv.URL, "tom"); err != ErrNotFound {
		t.Fatalf("got %v, want ErrNotFound", err)
	}
}
