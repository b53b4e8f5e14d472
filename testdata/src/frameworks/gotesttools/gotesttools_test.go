// Package gotesttools exercises gotest.tools/v3 v3.5.2's assertions on
// status expressions, matched by package whatever the import's name.
package gotesttools

import (
	"net/http"
	"net/http/httptest"
	"testing"

	"gotest.tools/v3/assert"
	is "gotest.tools/v3/assert/cmp"
)

func TestAssertions(t *testing.T) {
	rec := httptest.NewRecorder()
	var resp *http.Response
	assert.Equal(t, rec.Code, 200)                   // want `bare HTTP status code 200: use status\.HTTP_200_OK`
	assert.Equal(t, 201, resp.StatusCode, "created") // want `bare HTTP status code 201`
	assert.Check(t, is.Equal(rec.Code, 404))         // want `bare HTTP status code 404`
	assert.Assert(t, is.Equal(410, rec.Code))        // want `bare HTTP status code 410`
	assert.Check(t, rec.Code == 500)                 // want `bare HTTP status code 500`

	// Quiet.
	assert.Equal(t, len(rec.Body.String()), 200)    // not a status expression
	assert.Check(t, is.Len(rec.Body.String(), 200)) // not an equality
	assert.Equal(t, rec.Code, http.StatusOK)        // a named constant
	assert.Check(t, is.Equal(rec.Code, 0))          // outside 100-999
}
