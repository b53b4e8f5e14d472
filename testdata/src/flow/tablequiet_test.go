package flow

import (
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/stretchr/testify/assert"
)

// A field asserted both against rec.Code and against a length is not a
// status field: none of its literals is reported.
func TestMixed(t *testing.T) {
	tests := []struct {
		want  int
		items []string
	}{
		{want: 200},
		{want: 404},
	}
	for _, tt := range tests {
		rec := httptest.NewRecorder()
		assert.Equal(t, tt.want, rec.Code)
		assert.Equal(t, tt.want, len(tt.items))
	}
}

// A project's own API error code never reaches an HTTP status position:
// comparing it with 404 in a test does not make it one.
type APIError struct {
	Code    int
	ErrCode int
}

func TestAPIError(t *testing.T) {
	err := APIError{Code: 400, ErrCode: 10071}
	if err.Code == 404 {
		t.Fatal(err.ErrCode)
	}
}

// A Status field of a type that is not an HTTP response: quiet.
type Job struct {
	Status int
	Retry  int
}

func TestJob(t *testing.T) {
	j := Job{Status: 200, Retry: 3}
	if j.Status != 404 {
		t.Log(j.Retry)
	}
}

// A field used as a size is not a status field.
type page struct{ size int }

func writePage(w http.ResponseWriter, p page) {
	buf := make([]byte, p.size)
	w.WriteHeader(p.size)
	w.Write(buf)
}

var _ = page{size: 200}

// A field of another package's type is out of reach without facts.
func TestOtherPackage(t *testing.T) {
	req := httptest.NewRequest("GET", "/", nil)
	req.ProtoMajor = 200
	rec := httptest.NewRecorder()
	if rec.Code != req.ProtoMajor {
		t.Fatal()
	}
	_ = http.Request{ProtoMinor: 404}
}
