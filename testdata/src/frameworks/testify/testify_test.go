package testify

import (
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/stretchr/testify/suite"
)

func TestAssertions(t *testing.T) {
	rec := httptest.NewRecorder()
	var resp *http.Response
	assert.Equal(t, 200, rec.Code)                      // want `bare HTTP status code 200: use status\.HTTP_200_OK`
	assert.Equal(t, rec.Code, 201)                      // want `bare HTTP status code 201`
	assert.Equalf(t, 202, rec.Code, "status")           // want `bare HTTP status code 202`
	assert.NotEqual(t, 500, resp.StatusCode)            // want `bare HTTP status code 500`
	assert.NotEqualf(t, 501, resp.StatusCode, "x")      // want `bare HTTP status code 501`
	assert.EqualValues(t, 204, rec.Result().StatusCode) // want `bare HTTP status code 204`
	assert.EqualValuesf(t, 204, rec.Code, "x")          // want `bare HTTP status code 204`
	assert.NotEqualValues(t, 502, rec.Code)             // want `bare HTTP status code 502`
	assert.NotEqualValuesf(t, 503, rec.Code, "x")       // want `bare HTTP status code 503`
	require.Equal(t, 404, rec.Code)                     // want `bare HTTP status code 404`
	require.NotEqualValuesf(t, 410, rec.Code, "x")      // want `bare HTTP status code 410`

	a := assert.New(t)
	a.Equal(201, rec.Code) // want `bare HTTP status code 201`
	r := require.New(t)
	r.Equal(rec.Code, 202) // want `bare HTTP status code 202`

	assert.HTTPStatusCode(t, nil, "GET", "/", nil, 200) // want `bare HTTP status code 200`
	r.HTTPStatusCode(nil, "GET", "/", nil, 404)         // want `bare HTTP status code 404`

	assert.Equal(t, 3, len(rec.Body.String())) // not a status expression
	assert.Equal(t, 200, 200)                  // neither side is a status expression
	assert.Equal(t, 0, rec.Code)               // outside 100-999
	assert.Equal(t, http.StatusOK, rec.Code)   // a named constant
}

type petSuite struct {
	suite.Suite
	rec *httptest.ResponseRecorder
}

func (s *petSuite) TestGet() {
	s.Equal(200, s.rec.Code)           // want `bare HTTP status code 200`
	s.Require().Equal(404, s.rec.Code) // want `bare HTTP status code 404`
	s.Equal(2, len(s.rec.Header()))    // not a status expression
}

// expectStatus is a test helper: its parameter is compared with a status
// field by an assertion, so literals passed to it are bare.
func expectStatus(t *testing.T, rec *httptest.ResponseRecorder, want int) {
	t.Helper()
	assert.Equal(t, want, rec.Code)
}

func TestHelper(t *testing.T) {
	expectStatus(t, httptest.NewRecorder(), 201) // want `bare HTTP status code 201`
}
