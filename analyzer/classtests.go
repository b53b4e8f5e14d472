package analyzer

import "go/ast"

// This file holds the walk's class tests: a status class spelled out as
// two bounds, alone or inside a longer && chain (their shapes are in
// ranges.go).

// checkClassTest records e as a finding if it tests a status class, and
// reports whether it does.
func (w *walk) checkClassTest(e ast.Expr) bool {
	t, ok := classShape(e)
	if !ok {
		return false
	}
	class := new(classTest)
	*class = t
	f := finding{literal: literal{lit: e, replace: e}, scope: w.scope, class: class}
	if _, ok := w.m.statusExpr(t.operand); ok {
		w.c.found[w.file] = append(w.c.found[w.file], f)
		return true
	}
	// Have: code >= 200 && code < 300, a finding if code carries a status code
	if s, ok := w.slotOf(t.operand); ok {
		w.c.flow.holds(s, heldLit{file: w.file, finding: f})
		return true
	}
	return false
}

// checkChain checks a chain of three or more && operands for class tests
// of two adjacent operands, and visits the other operands itself, so
// that the chain's inner && nodes are not checked again. Go parses
// a && x >= 200 && x < 300 && b as ((a && x >= 200) && x < 300) && b:
// a pair but the first is no subtree, so pairAt spans it.
func (w *walk) checkChain(n *ast.BinaryExpr) {
	links := chainLinks(w.links[:0], n)
	w.links = nil // a chain among the operands needs a buffer of its own
	for i := 0; i <= len(links); i++ {
		if i < len(links) && mayBePair(links, i) && w.checkClassTest(pairAt(links, i)) {
			i++ // Have: a && x >= 200 && x < 300: both operands are the class test
			continue
		}
		ast.Walk(w, chainOperand(links, i))
	}
	w.links = links[:0]
}
