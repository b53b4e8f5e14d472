// Package types is a stub of github.com/onsi/gomega/types for the
// analyzer's fixtures. The declarations copy the signatures of gomega
// v1.44.0 (types/types.go); the bodies do nothing.
package types

// GomegaTestingT is the subset of testing.T Gomega uses.
type GomegaTestingT interface {
	Helper()
	Fatalf(format string, args ...any)
}

// Gomega represents an object that can perform synchronous and
// asynchronous assertions with Gomega matchers.
type Gomega interface {
	Ω(actual any, extra ...any) Assertion
	Expect(actual any, extra ...any) Assertion
	ExpectWithOffset(offset int, actual any, extra ...any) Assertion
}

// GomegaMatcher is the interface all Gomega matchers implement.
type GomegaMatcher interface {
	Match(actual any) (success bool, err error)
	FailureMessage(actual any) (message string)
	NegatedFailureMessage(actual any) (message string)
}

// Assertion is returned by Ω and Expect and compares the actual value to
// the matcher passed to the Should/ShouldNot and To/ToNot/NotTo methods.
type Assertion interface {
	Should(matcher GomegaMatcher, optionalDescription ...any) bool
	ShouldNot(matcher GomegaMatcher, optionalDescription ...any) bool

	To(matcher GomegaMatcher, optionalDescription ...any) bool
	ToNot(matcher GomegaMatcher, optionalDescription ...any) bool
	NotTo(matcher GomegaMatcher, optionalDescription ...any) bool

	WithOffset(offset int) Assertion

	Error() Assertion
}
