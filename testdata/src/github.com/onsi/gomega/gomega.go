// Package gomega is a stub of github.com/onsi/gomega for the analyzer's
// fixtures. The declarations copy the signatures of gomega v1.44.0
// (gomega_dsl.go, matchers.go); the bodies do nothing.
package gomega

import (
	"github.com/onsi/gomega/internal"
	"github.com/onsi/gomega/types"
)

// Gomega is the interface of Default and of WithT.
type Gomega = types.Gomega

// WithT wraps a *testing.T and provides Expect, Eventually and
// Consistently.
type WithT = internal.Gomega

// Assertion is returned by Ω and Expect.
type Assertion = types.Assertion

// NewWithT takes a *testing.T and returns a gomega.WithT.
func NewWithT(t types.GomegaTestingT) *WithT { return nil }

// Ω wraps an actual value allowing assertions to be made on it.
func Ω(actual any, extra ...any) Assertion { return nil }

// Expect wraps an actual value allowing assertions to be made on it.
func Expect(actual any, extra ...any) Assertion { return nil }

// ExpectWithOffset wraps an actual value allowing assertions to be made
// on it, with an offset for the failure's stack frame.
func ExpectWithOffset(offset int, actual any, extra ...any) Assertion { return nil }

// Equal uses reflect.DeepEqual to compare actual with expected.
func Equal(expected any) types.GomegaMatcher { return nil }

// BeEquivalentTo is more lax than Equal, converting actual to expected's type.
func BeEquivalentTo(expected any) types.GomegaMatcher { return nil }

// BeNumerically performs numerical assertions in a type-agnostic way.
func BeNumerically(comparator string, compareTo ...any) types.GomegaMatcher { return nil }

// HaveLen succeeds if actual has the passed-in length.
func HaveLen(count int) types.GomegaMatcher { return nil }

// HaveHTTPStatus succeeds if the Status or StatusCode field of an HTTP
// response matches: an int or a string.
func HaveHTTPStatus(expected ...any) types.GomegaMatcher { return nil }
