package analyzer

import (
	"go/ast"
	"go/types"
)

// A finding is a bare literal at a position of some kind, or a status
// class test spelled out.
type finding struct {
	literal
	kind  kind
	scope *types.Scope // a scope enclosing the literal, or nil without type information
	class *classTest   // for a class test: lit and replace span the whole test
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
	if l, ok := bareLiteral(w.c.info, r.e, r.want); ok {
		f := finding{literal: l, kind: r.kind, scope: w.scope}
		return reached{file: w.file, isLit: true, finding: f}, r.kind.reported(l.value)
	}
	if s, ok := w.slotOf(r.e); ok {
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
