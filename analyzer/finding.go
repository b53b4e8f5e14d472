package analyzer

import (
	"go/ast"
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

// A reached is what reaches a status position: a bare literal the
// position reports (a finding in file), or a slot's value (evidence).
type reached struct {
	file    *ast.File
	isLit   bool
	finding finding // if isLit
	slot    slot    // otherwise
	kind    kind
}

// reached reports what r is: a bare literal its kind reports, or a slot.
func (w *walk) reached(r reach) (reached, bool) {
	u := unwrap(w.c.info, r.e)
	if l, ok := bareLiteral(w.c.info, u, r.want); ok {
		f := finding{literal: l, kind: r.kind, scope: w.scope}
		return reached{file: w.file, isLit: true, finding: f}, r.kind.reported(l.value)
	}
	if s, ok := w.operandSlot(u.operand); ok {
		return reached{file: w.file, slot: s, kind: r.kind}, true
	}
	return reached{}, false
}

// apply records h: a finding, or evidence for the flow.
func (c *checker) apply(h reached) {
	if h.isLit {
		c.found[h.file] = append(c.found[h.file], h.finding)
	} else {
		c.flow.reaches(h.slot, h.kind)
	}
}
