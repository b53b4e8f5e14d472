package flow

import (
	"net/http/httptest"
	"testing"

	"github.com/stretchr/testify/assert"
)

// The got/want idiom: want is compared with got, a copy of rec.Code.
func TestGotWant(t *testing.T) {
	rec := httptest.NewRecorder()
	if got, want := rec.Code, 200; got != want { // want `bare HTTP status code 200`
		t.Errorf("got %d, want %d", got, want)
	}
	want := 201 // want `bare HTTP status code 201`
	if rec.Code != want {
		t.Errorf("got %d, want %d", rec.Code, want)
	}
	code := rec.Code
	assert.Equal(t, 404, code) // want `bare HTTP status code 404`
}
