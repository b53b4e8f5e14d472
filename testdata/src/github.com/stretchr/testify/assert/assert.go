// Package assert is a stub of github.com/stretchr/testify/assert for the
// analyzer's fixtures. The declarations copy the signatures of testify
// v1.12.1 (assert/assertions.go, assert/assertion_format.go,
// assert/assertion_forward.go, assert/forward_assertions.go,
// assert/http_assertions.go); the bodies do nothing. Note that the
// package functions Equal, NotEqual, EqualValues and NotEqualValues
// declare `expected, actual interface{}` together, the f variants and
// the methods declare them apart; the types are the same.
package assert

import (
	"net/http"
	"net/url"
)

// TestingT is an interface wrapper around *testing.T (assertions.go:29).
type TestingT interface {
	Errorf(format string, args ...interface{})
}

// Equal asserts that two objects are equal (assertions.go:496).
func Equal(t TestingT, expected, actual interface{}, msgAndArgs ...interface{}) bool {
	return true
}

// Equalf asserts that two objects are equal (assertion_format.go:80).
func Equalf(t TestingT, expected interface{}, actual interface{}, msg string, args ...interface{}) bool {
	return true
}

// NotEqual asserts that the specified values are NOT equal (assertions.go:883).
func NotEqual(t TestingT, expected, actual interface{}, msgAndArgs ...interface{}) bool {
	return true
}

// NotEqualf asserts that the specified values are NOT equal (assertion_format.go:625).
func NotEqualf(t TestingT, expected interface{}, actual interface{}, msg string, args ...interface{}) bool {
	return true
}

// EqualValues asserts that two objects are equal or convertible to the
// larger type and equal (assertions.go:635).
func EqualValues(t TestingT, expected, actual interface{}, msgAndArgs ...interface{}) bool {
	return true
}

// EqualValuesf asserts that two objects are equal or convertible to the
// larger type and equal (assertion_format.go:120).
func EqualValuesf(t TestingT, expected interface{}, actual interface{}, msg string, args ...interface{}) bool {
	return true
}

// NotEqualValues asserts that two objects are not equal even when
// converted to the same type (assertions.go:902).
func NotEqualValues(t TestingT, expected, actual interface{}, msgAndArgs ...interface{}) bool {
	return true
}

// NotEqualValuesf asserts that two objects are not equal even when
// converted to the same type (assertion_format.go:635).
func NotEqualValuesf(t TestingT, expected interface{}, actual interface{}, msg string, args ...interface{}) bool {
	return true
}

// NoError asserts that a function returned no error (assertions.go:1640).
func NoError(t TestingT, err error, msgAndArgs ...interface{}) bool { return true }

// HTTPStatusCode asserts that a specified handler returns a specified
// status code (http_assertions.go:95).
func HTTPStatusCode(t TestingT, handler http.HandlerFunc, method, url string, values url.Values, statuscode int, msgAndArgs ...interface{}) bool {
	return true
}

// HTTPStatusCodef asserts that a specified handler returns a specified
// status code (assertion_format.go:329).
func HTTPStatusCodef(t TestingT, handler http.HandlerFunc, method string, url string, values url.Values, statuscode int, msg string, args ...interface{}) bool {
	return true
}

// Assertions provides assertion methods around the TestingT interface
// (forward_assertions.go:5).
type Assertions struct {
	t TestingT
}

// New makes a new Assertions object for the specified TestingT
// (forward_assertions.go:10).
func New(t TestingT) *Assertions {
	return &Assertions{t: t}
}

// Equal asserts that two objects are equal (assertion_forward.go:142).
func (a *Assertions) Equal(expected interface{}, actual interface{}, msgAndArgs ...interface{}) bool {
	return true
}

// Equalf asserts that two objects are equal (assertion_forward.go:236).
func (a *Assertions) Equalf(expected interface{}, actual interface{}, msg string, args ...interface{}) bool {
	return true
}

// NotEqual asserts that the specified values are NOT equal (assertion_forward.go:1233).
func (a *Assertions) NotEqual(expected interface{}, actual interface{}, msgAndArgs ...interface{}) bool {
	return true
}

// NotEqualf asserts that the specified values are NOT equal (assertion_forward.go:1266).
func (a *Assertions) NotEqualf(expected interface{}, actual interface{}, msg string, args ...interface{}) bool {
	return true
}

// EqualValues asserts that two objects are equal or convertible to the
// larger type and equal (assertion_forward.go:211).
func (a *Assertions) EqualValues(expected interface{}, actual interface{}, msgAndArgs ...interface{}) bool {
	return true
}

// EqualValuesf asserts that two objects are equal or convertible to the
// larger type and equal (assertion_forward.go:222).
func (a *Assertions) EqualValuesf(expected interface{}, actual interface{}, msg string, args ...interface{}) bool {
	return true
}

// NotEqualValues asserts that two objects are not equal even when
// converted to the same type (assertion_forward.go:1243).
func (a *Assertions) NotEqualValues(expected interface{}, actual interface{}, msgAndArgs ...interface{}) bool {
	return true
}

// NotEqualValuesf asserts that two objects are not equal even when
// converted to the same type (assertion_forward.go:1253).
func (a *Assertions) NotEqualValuesf(expected interface{}, actual interface{}, msg string, args ...interface{}) bool {
	return true
}

// HTTPStatusCode asserts that a specified handler returns a specified
// status code (assertion_forward.go:642).
func (a *Assertions) HTTPStatusCode(handler http.HandlerFunc, method string, url string, values url.Values, statuscode int, msgAndArgs ...interface{}) bool {
	return true
}

// HTTPStatusCodef asserts that a specified handler returns a specified
// status code (assertion_forward.go:654).
func (a *Assertions) HTTPStatusCodef(handler http.HandlerFunc, method string, url string, values url.Values, statuscode int, msg string, args ...interface{}) bool {
	return true
}
