// Package internal is a stub of github.com/onsi/gomega/internal for the
// analyzer's fixtures. The declarations copy the signatures of gomega
// v1.44.0 (internal/gomega.go); the bodies do nothing.
package internal

import "github.com/onsi/gomega/types"

// Gomega is the implementation behind gomega.WithT.
type Gomega struct{}

func (g *Gomega) Ω(actual any, extra ...any) types.Assertion { return nil }

func (g *Gomega) Expect(actual any, extra ...any) types.Assertion { return nil }

func (g *Gomega) ExpectWithOffset(offset int, actual any, extra ...any) types.Assertion {
	return nil
}
