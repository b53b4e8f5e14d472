// Package gomega exercises gomega v1.44.0's assertions on status
// expressions.
package gomega

import (
	"net/http"
	"net/http/httptest"
	"testing"

	. "github.com/onsi/gomega"
	"github.com/onsi/gomega/types"
)

func TestExpect(t *testing.T) {
	rec := httptest.NewRecorder()
	var resp *http.Response
	Expect(rec.Code).To(Equal(200))                     // want `bare HTTP status code 200: use status\.HTTP_200_OK`
	Expect(rec.Code).ToNot(Equal(500))                  // want `bare HTTP status code 500`
	Expect(rec.Code).NotTo(Equal(501))                  // want `bare HTTP status code 501`
	Ω(resp.StatusCode).Should(Equal(201))               // want `bare HTTP status code 201`
	Ω(resp.StatusCode).ShouldNot(Equal(502))            // want `bare HTTP status code 502`
	ExpectWithOffset(1, rec.Code).To(Equal(202))        // want `bare HTTP status code 202`
	Expect(rec.Code).WithOffset(1).To(Equal(203))       // want `bare HTTP status code 203`
	Expect(rec.Code).To(BeEquivalentTo(204))            // want `bare HTTP status code 204`
	Expect(rec.Code).To(Equal(0x194), "the status")     // want `bare HTTP status code 404`
	Expect(rec.Result().StatusCode).To(Equal(int(409))) // want `bare HTTP status code 409`
	Expect(418).To(Equal(rec.Code))                     // want `bare HTTP status code 418`

	g := NewWithT(t)
	g.Expect(rec.Code).To(Equal(301))           // want `bare HTTP status code 301`
	g.Ω(rec.Code).Should(Equal(302))            // want `bare HTTP status code 302`
	NewWithT(t).Expect(rec.Code).To(Equal(303)) // want `bare HTTP status code 303`
	var gg Gomega = g
	gg.Expect(rec.Code).To(Equal(304)) // want `bare HTTP status code 304`

	Expect(resp).To(HaveHTTPStatus(404))                  // want `bare HTTP status code 404`
	Expect(rec).To(HaveHTTPStatus(200, 0xCC))             // want `bare HTTP status code 200` `bare HTTP status code 204`
	Expect(resp).To(HaveHTTPStatus("404 Not Found", 410)) // want `bare HTTP status code 410`

	// Quiet.
	Expect(len(rec.Body.String())).To(Equal(200))        // not a status expression
	Expect(rec.Code).To(Equal(http.StatusOK))            // a named constant
	Expect(rec.Code).To(Equal(0))                        // outside 100-999
	Expect(rec.Code).To(BeNumerically(">=", 400))        // not an equality
	Expect(rec.Code).To(HaveLen(200))                    // not an equality
	Expect(resp).To(HaveHTTPStatus(http.StatusNotFound)) // a named constant
	var a types.Assertion = Expect(rec.Code)
	a.To(Equal(200)) // the assertion is a variable: its actual value is not followed
}

// Test tables compare a field with gomega: the parameter of a helper is a
// status parameter, and the literals passed to it are bare.
func expectStatus(rec *httptest.ResponseRecorder, want int) {
	Expect(rec.Code).To(Equal(want))
}

func TestHelper(t *testing.T) {
	expectStatus(httptest.NewRecorder(), 201) // want `bare HTTP status code 201`
}
