package fixnethttp

import (
	"net/http/httptest"

	"github.com/danielgtaylor/huma/v2"
	. "github.com/onsi/gomega"
)

// Rows of the wider ecosystem: a code list, a func-typed variable, and
// gomega's matchers, whose any parameter keeps a conversion's type.

var op = huma.Operation{Errors: []int{404, 0x19C}} // want `bare HTTP status code 404: use http\.StatusNotFound` `bare HTTP status code 412: use http\.StatusPreconditionFailed`

func ecosystem(rec *httptest.ResponseRecorder) error {
	Expect(rec.Code).To(Equal(200))        // want `bare HTTP status code 200: use http\.StatusOK`
	Expect(rec.Code).To(Equal(int64(201))) // want `bare HTTP status code 201: use http\.StatusCreated`
	Expect(rec).To(HaveHTTPStatus(204))    // want `bare HTTP status code 204: use http\.StatusNoContent`
	return huma.NewError(409, "conflict")  // want `bare HTTP status code 409: use http\.StatusConflict`
}
