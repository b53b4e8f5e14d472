package flow

import (
	"net/http/httptest"
	"testing"

	. "github.com/onsi/gomega"
)

// A test table asserted with gomega, as suites often do: the field the
// assertion compares with rec.Code is a status field, whichever way the
// assertion is spelled.
func TestGomegaTable(t *testing.T) {
	g := NewWithT(t)
	for _, in := range []struct {
		name           string
		expectedStatus int
		retries        int
	}{
		{name: "ok", expectedStatus: 200, retries: 3}, // want `bare HTTP status code 200: use status\.HTTP_200_OK`
		{"missing", 404, 1},                           // want `bare HTTP status code 404: use status\.HTTP_404_NOT_FOUND`
	} {
		rw := httptest.NewRecorder()
		g.Expect(rw.Code).To(Equal(in.expectedStatus))
		Expect(in.retries).To(BeNumerically(">", 0)) // retries reaches no status position
	}
}

// The dot-imported Ω spelling, with the value on the matcher's side.
type gomegaCase struct {
	code int
}

func TestGomegaOmega(t *testing.T) {
	cases := []gomegaCase{{code: 503}} // want `bare HTTP status code 503: use status\.HTTP_503_SERVICE_UNAVAILABLE`
	for _, c := range cases {
		rec := httptest.NewRecorder()
		Ω(rec.Code).ShouldNot(Equal(c.code))
	}
}
