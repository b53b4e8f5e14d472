package fix

import (
	"net/http/httptest"

	"github.com/danielgtaylor/huma/v2"
	. "github.com/onsi/gomega"
)

// Rows of the wider ecosystem: a code list, a func-typed variable, and
// gomega's matchers, whose any parameter keeps a conversion's type.

var op = huma.Operation{Errors: []int{404, 0x19C}} // want `bare HTTP status code 404: use status\.HTTP_404_NOT_FOUND` `bare HTTP status code 412: use status\.HTTP_412_PRECONDITION_FAILED`

func ecosystem(rec *httptest.ResponseRecorder) error {
	Expect(rec.Code).To(Equal(200))        // want `bare HTTP status code 200: use status\.HTTP_200_OK`
	Expect(rec.Code).To(Equal(int64(201))) // want `bare HTTP status code 201: use status\.HTTP_201_CREATED`
	Expect(rec).To(HaveHTTPStatus(204))    // want `bare HTTP status code 204: use status\.HTTP_204_NO_CONTENT`
	return huma.NewError(409, "conflict")  // want `bare HTTP status code 409: use status\.HTTP_409_CONFLICT`
}
