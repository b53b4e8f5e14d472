package fix

import "github.com/danielgtaylor/huma/v2"

// huma's Operation.Errors assigned and appended to: each literal code is
// fixed in place.

func humaErrors(op *huma.Operation, defaults []int) {
	op.Errors = []int{409, 422}               // want `bare HTTP status code 409: use status\.HTTP_409_CONFLICT` `bare HTTP status code 422: use status\.HTTP_422_UNPROCESSABLE_ENTITY`
	op.Errors = append(op.Errors, 410, 0x1AD) // want `bare HTTP status code 410: use status\.HTTP_410_GONE` `bare HTTP status code 429: use status\.HTTP_429_TOO_MANY_REQUESTS`
	op.Errors = append(defaults, 503)         // want `bare HTTP status code 503: use status\.HTTP_503_SERVICE_UNAVAILABLE`
}
