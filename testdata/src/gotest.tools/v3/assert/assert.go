// Package assert is a stub of gotest.tools/v3/assert for the analyzer's
// fixtures. The declarations copy the signatures of gotest.tools/v3
// v3.5.2 (assert/assert.go); the bodies do nothing.
package assert

// BoolOrComparison can be a bool, cmp.Comparison, or error.
type BoolOrComparison any

// TestingT is the subset of testing.T used by the assert package.
type TestingT interface {
	FailNow()
	Fail()
	Log(args ...any)
}

// Assert performs a comparison and fails the test if it fails.
func Assert(t TestingT, comparison BoolOrComparison, msgAndArgs ...any) {}

// Check performs a comparison and marks the test as failed if it fails.
func Check(t TestingT, comparison BoolOrComparison, msgAndArgs ...any) bool { return true }

// Equal uses the == operator to assert two values are equal.
func Equal(t TestingT, x, y any, msgAndArgs ...any) {}
