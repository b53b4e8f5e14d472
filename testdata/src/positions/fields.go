package positions

import (
	"net/http"
	"net/http/httptest"
)

func netHTTPFields() {
	resp := &http.Response{StatusCode: 404}           // want `bare HTTP status code 404: use status\.HTTP_404_NOT_FOUND`
	resp.StatusCode = 500                             // want `bare HTTP status code 500: use status\.HTTP_500_INTERNAL_SERVER_ERROR`
	resp.StatusCode, resp.Status = 201, "201 Created" // want `bare HTTP status code 201`
	rec := httptest.ResponseRecorder{Code: 200}       // want `bare HTTP status code 200: use status\.HTTP_200_OK`
	rec.Code = 204                                    // want `bare HTTP status code 204`
	_ = []http.Response{{StatusCode: 301}}            // want `bare HTTP status code 301`
	resp.StatusCode = 0                               // not a status: quiet
}

// APIResponse is a project's own response type: matched by shape.
type APIResponse struct {
	Status  int
	Message string
}

// ErrorResponse has all four shape-matched field names.
type ErrorResponse struct {
	StatusCode     int
	HTTPStatus     int64
	HTTPStatusCode uint16
	Code           int // not a status field name
}

type Response struct {
	Status int
	Body   string
}

func shapeFields() {
	_ = APIResponse{Status: 404, Message: "missing"} // want `bare HTTP status code 404`
	_ = &APIResponse{201, "created"}                 // want `bare HTTP status code 201`
	_ = Response{Status: 201}                        // want `bare HTTP status code 201: use status\.HTTP_201_CREATED`
	_ = ErrorResponse{
		StatusCode:     400, // want `bare HTTP status code 400`
		HTTPStatus:     401, // want `bare HTTP status code 401`
		HTTPStatusCode: 403, // want `bare HTTP status code 403`
		Code:           404,
	}
	var r Response
	r.Status = 202            // want `bare HTTP status code 202`
	_ = Response{Status: 3}   // an application-level code: quiet
	_ = Response{Status: 600} // outside 100-599: quiet
	_ = Response{Status: 299} // no named constant: quiet at a shape-matched field
}

// SMTPResponse is shaped like an HTTP response type, but its codes are
// SMTP's: at a position matched by shape alone, only codes with a named
// constant are reported.
type SMTPResponse struct {
	Status  int
	Message string
}

func smtp(r SMTPResponse) bool {
	_ = SMTPResponse{Status: 250, Message: "OK"} // quiet: no named constant
	_ = SMTPResponse{354, "start mail input"}    // quiet
	r.Status = 221                               // quiet
	switch r.Status {
	case 550, 554: // quiet
	}
	return r.Status == 250 // quiet
}
