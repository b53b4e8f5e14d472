// Package require is a stub of github.com/stretchr/testify/require for the
// analyzer's fixtures. The declarations copy the signatures of testify
// v1.12.1 (require/require.go, require/require_forward.go,
// require/forward_requirements.go, require/requirements.go); the bodies do
// nothing. Unlike assert, these functions return nothing.
package require

import (
	"net/http"
	"net/url"
)

// TestingT is an interface wrapper around *testing.T (requirements.go:4).
type TestingT interface {
	Errorf(format string, args ...interface{})
	FailNow()
}

// Assertions provides assertion methods around the TestingT interface
// (forward_requirements.go:5).
type Assertions struct {
	t TestingT
}

// New makes a new Assertions object for the specified TestingT
// (forward_requirements.go:10).
func New(t TestingT) *Assertions {
	return &Assertions{t: t}
}

// Equal asserts that two objects are equal (require.go:173).
func Equal(t TestingT, expected interface{}, actual interface{}, msgAndArgs ...interface{}) {}

// Equalf asserts that two objects are equal (require.go:288).
func Equalf(t TestingT, expected interface{}, actual interface{}, msg string, args ...interface{}) {}

// NotEqual asserts that the specified values are NOT equal (require.go:1524).
func NotEqual(t TestingT, expected interface{}, actual interface{}, msgAndArgs ...interface{}) {}

// NotEqualf asserts that the specified values are NOT equal (require.go:1566).
func NotEqualf(t TestingT, expected interface{}, actual interface{}, msg string, args ...interface{}) {
}

// EqualValues asserts that two objects are equal or convertible to the larger type and equal (require.go:257).
func EqualValues(t TestingT, expected interface{}, actual interface{}, msgAndArgs ...interface{}) {}

// EqualValuesf asserts that two objects are equal or convertible to the larger type and equal (require.go:271).
func EqualValuesf(t TestingT, expected interface{}, actual interface{}, msg string, args ...interface{}) {
}

// NotEqualValues asserts that two objects are not equal even when converted to the same type (require.go:1537).
func NotEqualValues(t TestingT, expected interface{}, actual interface{}, msgAndArgs ...interface{}) {
}

// NotEqualValuesf asserts that two objects are not equal even when converted to the same type (require.go:1550).
func NotEqualValuesf(t TestingT, expected interface{}, actual interface{}, msg string, args ...interface{}) {
}

// NoError asserts that a function returned no error (require.go:1369).
func NoError(t TestingT, err error, msgAndArgs ...interface{}) {}

// HTTPStatusCode asserts that a specified handler returns a specified status code (require.go:781).
func HTTPStatusCode(t TestingT, handler http.HandlerFunc, method string, url string, values url.Values, statuscode int, msgAndArgs ...interface{}) {
}

// HTTPStatusCodef asserts that a specified handler returns a specified status code (require.go:794).
func HTTPStatusCodef(t TestingT, handler http.HandlerFunc, method string, url string, values url.Values, statuscode int, msg string, args ...interface{}) {
}

// Equal asserts that two objects are equal (require_forward.go:143).
func (a *Assertions) Equal(expected interface{}, actual interface{}, msgAndArgs ...interface{}) {}

// Equalf asserts that two objects are equal (require_forward.go:237).
func (a *Assertions) Equalf(expected interface{}, actual interface{}, msg string, args ...interface{}) {
}

// NotEqual asserts that the specified values are NOT equal (require_forward.go:1206).
func (a *Assertions) NotEqual(expected interface{}, actual interface{}, msgAndArgs ...interface{}) {}

// NotEqualf asserts that the specified values are NOT equal (require_forward.go:1239).
func (a *Assertions) NotEqualf(expected interface{}, actual interface{}, msg string, args ...interface{}) {
}

// EqualValues asserts that two objects are equal or convertible to the larger type and equal (require_forward.go:212).
func (a *Assertions) EqualValues(expected interface{}, actual interface{}, msgAndArgs ...interface{}) {
}

// EqualValuesf asserts that two objects are equal or convertible to the larger type and equal (require_forward.go:223).
func (a *Assertions) EqualValuesf(expected interface{}, actual interface{}, msg string, args ...interface{}) {
}

// NotEqualValues asserts that two objects are not equal even when converted to the same type (require_forward.go:1216).
func (a *Assertions) NotEqualValues(expected interface{}, actual interface{}, msgAndArgs ...interface{}) {
}

// NotEqualValuesf asserts that two objects are not equal even when converted to the same type (require_forward.go:1226).
func (a *Assertions) NotEqualValuesf(expected interface{}, actual interface{}, msg string, args ...interface{}) {
}

// NoError asserts that a function returned no error (require_forward.go:1081).
func (a *Assertions) NoError(err error, msgAndArgs ...interface{}) {}

// HTTPStatusCode asserts that a specified handler returns a specified status code (require_forward.go:625).
func (a *Assertions) HTTPStatusCode(handler http.HandlerFunc, method string, url string, values url.Values, statuscode int, msgAndArgs ...interface{}) {
}

// HTTPStatusCodef asserts that a specified handler returns a specified status code (require_forward.go:635).
func (a *Assertions) HTTPStatusCodef(handler http.HandlerFunc, method string, url string, values url.Values, statuscode int, msg string, args ...interface{}) {
}
