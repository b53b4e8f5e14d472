package analyzer

import (
	"go/ast"
	"go/token"
	"go/types"
)

// This file holds the walk's records of slots: what is assigned,
// returned, put in a composite literal or switched on, for the flow to
// resolve.

// assignSlots records the values put into slots by an assignment or a
// definition: code := 200, code = resp.StatusCode, code, err := codeFor(x).
func (w *walk) assignSlots(tok token.Token, lhs, rhs []ast.Expr) {
	switch {
	case tok != token.ASSIGN && tok != token.DEFINE:
		w.spoil(lhs...) // Have: code += 1
	case len(lhs) == len(rhs):
		for i := range lhs {
			if !w.tellsNothing(rhs[i]) && !w.isCandidateExpr(lhs[i]) && !w.definesNonInteger(tok, lhs[i]) { // a parameter set is changed (assigned)
				w.relate(lhs[i], rhs[i], true)
			}
		}
	case len(rhs) == 1:
		call, ok := ast.Unparen(rhs[0]).(*ast.CallExpr)
		if !ok {
			return // v, ok := m[k], x.(T), <-ch
		}
		for i := range lhs {
			if r, ok := w.resultSlot(call, i, false); ok {
				w.relateSlot(r, lhs[i], true)
			}
		}
	}
}

// definesNonInteger reports whether e, on the left of tok, defines a
// variable that is no integer (err := f(), s := ""), which relate would
// skip: a defined identifier is looked up in info.Defs alone, where
// relate would try info.Uses first (BenchmarkAnalyzer/net/http).
func (w *walk) definesNonInteger(tok token.Token, e ast.Expr) bool {
	id, ok := e.(*ast.Ident)
	if !ok || tok != token.DEFINE {
		return false
	}
	v, ok := w.c.info.Defs[id].(*types.Var)
	return ok && !isInteger(v.Type())
}

// isCandidateExpr reports whether e is a candidate status parameter.
func (w *walk) isCandidateExpr(e ast.Expr) bool {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok || !w.isParamName(id.Name) {
		return false
	}
	v, ok := w.c.info.ObjectOf(id).(*types.Var)
	return ok && w.isCandidate(v)
}

// returned records the values a return statement of the declaration
// puts into its integer results: return 404, err.
func (w *walk) returned(n *ast.ReturnStmt) {
	if w.lits > 0 || len(n.Results) == 0 {
		return // a function literal's return, or a bare return
	}
	res := w.results()
	if res == nil || res.Len() != len(n.Results) {
		return // return f(), forwarding several results
	}
	for i, e := range n.Results {
		if isInteger(res.At(i).Type()) {
			w.relateSlot(slot{res.At(i)}, e, true)
		}
	}
}

// ownCompositeLit records the values a struct literal of one of the
// package's types puts into its integer fields, keyed or positional:
// testCase{name: "missing", want: 404}.
func (w *walk) ownCompositeLit(lit *ast.CompositeLit) {
	if len(lit.Elts) == 0 {
		return
	}
	owner, st := structLitOf(w.c.info, lit)
	if st == nil || owner != nil && owner.Obj().Pkg() != w.c.pass.Pkg {
		return // not a struct, or another package's type
	}
	for field, value := range fieldValues(st, lit) {
		if s, ok := ownField(w.c.pass.Pkg, owner, field); ok {
			w.relateSlot(s, value, true)
		}
	}
}

// switchSlot records the case values of a switch on a slot: switch code
// { case 409: }.
func (w *walk) switchSlot(n *ast.SwitchStmt) {
	s, ok := w.slotOf(n.Tag)
	if !ok {
		return
	}
	for _, stmt := range n.Body.List {
		if clause, ok := stmt.(*ast.CaseClause); ok {
			for _, e := range clause.List {
				w.relateSlot(s, e, true)
			}
		}
	}
}

// identExprs returns ids as expressions.
func identExprs(ids []*ast.Ident) []ast.Expr {
	exprs := make([]ast.Expr, len(ids))
	for i, id := range ids {
		exprs[i] = id
	}
	return exprs
}
