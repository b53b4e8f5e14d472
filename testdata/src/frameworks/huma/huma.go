// Package huma exercises the status positions of huma v2.37.2.
package huma

import (
	"context"
	"errors"
	"net/http"

	"github.com/danielgtaylor/huma/v2"
)

func handlers(api huma.API, ctx huma.Context) error {
	ctx.SetStatus(201)                                                  // want `bare HTTP status code 201: use status\.HTTP_201_CREATED`
	_ = huma.WriteErr(api, ctx, 400, "bad")                             // want `bare HTTP status code 400`
	_ = huma.NewError(404, "missing")                                   // want `bare HTTP status code 404`
	_ = huma.NewErrorWithContext(ctx, 409, "conflict", errors.New("x")) // want `bare HTTP status code 409`
	_ = &huma.ErrorModel{Status: 422, Title: "invalid"}                 // want `bare HTTP status code 422`
	em := huma.ErrorModel{}
	em.Status = 500       // want `bare HTTP status code 500`
	if em.Status == 503 { // want `bare HTTP status code 503`
		return nil
	}
	if ctx.Status() != 200 { // want `bare HTTP status code 200`
		return nil
	}

	// Quiet.
	ctx.SetStatus(http.StatusOK)
	_ = huma.NewError(http.StatusNotFound, "missing")
	_ = huma.NewError(0, "") // huma's own probe for the error schema
	return huma.Error404NotFound("x")
}

func register(api huma.API) {
	huma.Register(api, huma.Operation{
		Method:        http.MethodPost,
		Path:          "/things",
		DefaultStatus: 201,               // want `bare HTTP status code 201`
		Errors:        []int{404, 0x19C}, // want `bare HTTP status code 404` `bare HTTP status code 412`
		MaxBodyBytes:  404,               // not a status field
	}, func(ctx context.Context, in *struct{}) (*struct{}, error) { return nil, nil })
	op := huma.Operation{Errors: []int{http.StatusConflict}} // a named constant
	_ = op
}

// Operation.Errors beyond the literal: assigned, appended to.
func moreErrors(op *huma.Operation, defaults []int, conflict bool) {
	op.Errors = []int{409, 422}                       // want `bare HTTP status code 409: use status\.HTTP_409_CONFLICT` `bare HTTP status code 422`
	op.Errors = append(op.Errors, 409, 0x19A)         // want `bare HTTP status code 409` `bare HTTP status code 410`
	op.Errors = append(defaults, 429)                 // want `bare HTTP status code 429`
	op.Errors = append(op.Errors, []int{500, 502}...) // want `bare HTTP status code 500` `bare HTTP status code 502`
	_ = append(op.Errors, 504)                        // want `bare HTTP status code 504`
	_ = huma.Operation{Errors: append(defaults, 503)} // want `bare HTTP status code 503`
	code := 400                                       // want `bare HTTP status code 400`
	if conflict {
		code = 409 // want `bare HTTP status code 409`
	}
	op.Errors = append(op.Errors, code)

	// Quiet.
	op.Errors = append(op.Errors, http.StatusConflict) // a named constant
	op.Errors = append(op.Errors, 0)                   // not a status code
	op.Errors = defaults                               // a variable: its elements are elsewhere
	defaults = append(defaults, 404)                   // not a code list
	sizes := append([]int{}, 404)                      // not a code list
	var own ownOperation
	own.Errors = []int{404}              // not huma's Operation
	own.Errors = append(own.Errors, 404) // not huma's Operation
	_ = sizes
}

// ownOperation has huma's field name, but is not huma's.
type ownOperation struct{ Errors []int }

// append is a function of that name here, not the builtin.
func shadowedAppend(op *huma.Operation) {
	append := func(s []int, codes ...int) []int { return s }
	op.Errors = append(op.Errors, 404)
}

func classify(err error) string {
	var se huma.StatusError
	if errors.As(err, &se) {
		switch se.GetStatus() {
		case 404: // want `bare HTTP status code 404`
			return "missing"
		case 410, 451: // want `bare HTTP status code 410` `bare HTTP status code 451`
			return "gone"
		}
		if se.GetStatus() >= 500 && se.GetStatus() < 600 { // want `HTTP status class test spelled out: use status\.IsServerError\(se\.GetStatus\(\)\)`
			return "server"
		}
	}
	var em *huma.ErrorModel
	if em.GetStatus() == 400 { // want `bare HTTP status code 400`
		return "bad"
	}
	return ""
}

// NewError is a package-level variable of func type with huma's name, in
// another package: not huma's.
var NewError = func(status int, msg string) error { return nil }

func notHuma() {
	_ = NewError(404, "x")
	local := huma.NewError
	_ = local(404, "x") // a local copy: not matched
}

// A service may replace huma.NewError; calls keep their status argument.
func init() {
	huma.NewError = func(status int, msg string, errs ...error) huma.StatusError {
		return &huma.ErrorModel{Status: status, Detail: msg}
	}
}
