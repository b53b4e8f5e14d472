package fixnethttp

import "github.com/danielgtaylor/huma/v2"

// huma's Operation.Errors assigned and appended to: each literal code is
// fixed in place.

func humaErrors(op *huma.Operation, defaults []int) {
	op.Errors = []int{409, 422}               // want `bare HTTP status code 409: use http\.StatusConflict` `bare HTTP status code 422: use http\.StatusUnprocessableEntity`
	op.Errors = append(op.Errors, 410, 0x1AD) // want `bare HTTP status code 410: use http\.StatusGone` `bare HTTP status code 429: use http\.StatusTooManyRequests`
	op.Errors = append(defaults, 503)         // want `bare HTTP status code 503: use http\.StatusServiceUnavailable`
}
