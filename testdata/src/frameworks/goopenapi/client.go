// Package goopenapi exercises go-openapi/runtime v0.33.4's
// ClientResponse.Code(), as go-swagger's generated clients switch on it.
package goopenapi

import (
	"net/http"

	"github.com/go-openapi/runtime"
)

// GetPetReader reads a response, as go-swagger generates it (without its
// generated-code header here: with it, the file is checked only with
// -generated).
type GetPetReader struct{}

func (o *GetPetReader) ReadResponse(response runtime.ClientResponse) (any, error) {
	switch response.Code() {
	case 200: // want `bare HTTP status code 200: use status\.HTTP_200_OK`
		return "ok", nil
	case 404: // want `bare HTTP status code 404`
		return nil, nil
	default:
		if response.Code()/100 == 2 { // want `HTTP status class test spelled out: use status\.IsSuccess\(response\.Code\(\)\)`
			return nil, nil
		}
		return nil, http.ErrNotSupported
	}
}

// embedded is a type embedding the interface: its Code is the interface's.
type embedded struct{ runtime.ClientResponse }

func wrapped(e embedded) bool { return e.Code() == 500 } // want `bare HTTP status code 500`

// response is another type with a Code method.
type response struct{}

func (response) Code() int { return 0 }

func quiet(r response, cr runtime.ClientResponse) bool {
	return r.Code() == 200 || cr.Code() == http.StatusOK
}
