package analyzer

import (
	"go/token"
	"go/types"
)

// A finding is a bare literal at a position of some kind, or a status
// class test spelled out.
type finding struct {
	literal
	kind  kind
	scope *types.Scope // a scope enclosing the literal, or nil without type information; the file's scope only outside functions
	class *classTest   // for a class test: lit and replace span the whole test
}

// innermost returns the innermost scope at pos, within s, the scope of a
// finding. A finding in a file's scope is outside every function (the
// walk gives a function literal's its own scope), so its scope is the
// innermost: types.Scope.Innermost would try each function of the file
// (BenchmarkAnalyzer/flow, whose test tables are package variables).
func innermost(s *types.Scope, pos token.Pos) *types.Scope {
	if p := s.Parent(); p != nil && p.Parent() == types.Universe {
		return s // a file's scope
	}
	return s.Innermost(pos)
}
