// Package suite is a stub of github.com/stretchr/testify/suite for the
// analyzer's fixtures. The declarations copy the shapes of testify v1.12.1
// (suite/suite.go, suite/interfaces.go); the bodies do nothing.
package suite

import (
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestingSuite can store and return the current *testing.T context
// (interfaces.go:7).
type TestingSuite interface {
	T() *testing.T
	SetT(*testing.T)
	SetS(suite TestingSuite)
}

// Suite is a basic testing suite (suite.go:23). It embeds
// *assert.Assertions, so s.Equal(...) calls (*assert.Assertions).Equal;
// its *require.Assertions is the unexported field require, reached
// through s.Require().
type Suite struct {
	*assert.Assertions

	mu      sync.RWMutex
	require *require.Assertions
	t       *testing.T

	// Parent suite to have access to the implemented methods of parent struct
	s TestingSuite
}

// T retrieves the current *testing.T context (suite.go:35).
func (suite *Suite) T() *testing.T { return suite.t }

// SetT sets the current *testing.T context (suite.go:42).
func (suite *Suite) SetT(t *testing.T) { suite.t = t }

// SetS needs to set the current test suite as parent (suite.go:52).
func (suite *Suite) SetS(s TestingSuite) { suite.s = s }

// Require returns a require context for suite (suite.go:57).
func (suite *Suite) Require() *require.Assertions { return suite.require }

// Assert returns an assert context for suite (suite.go:75).
func (suite *Suite) Assert() *assert.Assertions { return suite.Assertions }

// Run takes a testing suite and runs all of the tests attached to it
// (suite.go:130).
func Run(t *testing.T, suite TestingSuite) {}
