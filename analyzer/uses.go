package analyzer

import (
	"go/ast"
	"go/token"
	"go/types"
)

// This file decides what a slot's uses say of it: a copy or comparison
// relates two slots; a size, an index, arithmetic or a change spoils one.

// relate records what putting the value of one expression into the
// other, or comparing the two, tells about the slots among them: two
// slots hold the same kind of value; a literal put into or compared with
// a slot is held by it; a slot set from or compared with a status
// expression is a copy of a status code; a slot set from or compared
// with arithmetic, a size or another variable is something else. If
// typed, a literal takes the slot's type there, and a fix may drop its
// conversion to that type; not in an assertion's interface argument.
func (w *walk) relate(x, y ast.Expr, typed bool) {
	if w.tellsNothing(y) {
		return // fast path: err := f(a, b), s := "", ok := a == b
	}
	// The left side first: most assignments and comparisons are of a
	// variable that is no integer (err, a string, a struct), and then
	// the right side need not be looked at (BenchmarkAnalyzer/net/http).
	ux := unwrap(w.c.info, x)
	if id, ok := ux.operand.(*ast.Ident); ok && id.Name == "_" {
		return // Have: _ = v, which tells nothing of v
	}
	if !w.mayRelate(ux.operand) {
		return // fast path: a string, a composite literal, m[k], x.(T): neither a slot nor a value that tells about one
	}
	vx, selx := w.varOf(ux.operand)
	if ux.outer == nil && vx != nil && !isInteger(vx.Type()) {
		// Both sides of an assignment or a comparison have one type.
		return // fast path: err, a string or a struct, and so is the other side
	}
	uy := unwrap(w.c.info, y)
	if !w.mayRelate(uy.operand) {
		return
	}
	sx, okx := w.slotFor(ux.operand, vx, selx)
	sy, oky := w.operandSlot(uy.operand)
	switch {
	case okx && oky:
		w.c.flow.same(sx, sy)
	case okx:
		w.relateValue(sx, uy, typed)
	case oky:
		w.relateValue(sy, ux, typed)
	}
}

// relateSlot records what putting the value of e into the slot s, or
// comparing them, tells about s.
func (w *walk) relateSlot(s slot, e ast.Expr, typed bool) {
	u := unwrap(w.c.info, e)
	if other, ok := w.operandSlot(u.operand); ok {
		w.c.flow.same(s, other)
		return
	}
	w.relateValue(s, u, typed)
}

// relateValue is relateSlot for a value u that is not a slot.
func (w *walk) relateValue(s slot, u unwrapped, typed bool) {
	var want types.Type
	if typed {
		want = s.v.Type()
	}
	if l, ok := bareLiteral(w.c.info, u, want); ok {
		if validCodes.reported(l.value) { // the widest range a slot reports
			w.c.flow.holds(s, heldLit{file: w.file, finding: finding{literal: l, scope: w.scope}})
		}
		return // Have: code := 0, an unset sentinel; below 100, never reported
	}
	if k, ok := w.m.statusOperand(u.operand); ok {
		w.c.flow.reaches(s, k) // Have: code := resp.StatusCode
		return
	}
	if w.isOtherValue(u.operand) {
		w.c.flow.change(s) // Have: want := len(items)
	}
}

// mayRelate reports whether an unwrapped operand may be a slot, or a
// value that tells about a slot (see relateValue): a test by syntax and
// spelling before type lookups. BenchmarkAnalyzer/net/http shows it pays:
// most assignments and comparisons hold neither.
func (w *walk) mayRelate(operand ast.Expr) bool {
	switch e := operand.(type) {
	case *ast.BasicLit:
		return e.Kind == token.INT
	case *ast.Ident, *ast.SelectorExpr:
		return true
	case *ast.BinaryExpr:
		return isArithmetic(e.Op) // not a comparison: a bool
	case *ast.UnaryExpr:
		return e.Op == token.SUB || e.Op == token.XOR || e.Op == token.ADD // not &x, !ok, <-ch
	case *ast.CallExpr:
		// A result slot, a status getter, a -sinks result or a builtin
		// such as len; not a call of another function.
		name := calleeName(e.Fun)
		if w.c.resultFuncs[name] || getterIndex[name] != nil || w.m.userSinks[name] != nil {
			return true
		}
		if calleeIdent(e.Fun) == nil {
			return false // a method or a qualified function: no builtin
		}
		_, builtin := types.Universe.Lookup(name).(*types.Builtin)
		return builtin
	}
	return false
}

// tellsNothing reports whether e, by its syntax, can tell nothing about
// a slot: without parentheses it is no integer conversion, and mayRelate
// rules it out (a call of another function, a string, a comparison, &x,
// m[k]). relate would return for it, but only after looking up the other
// side (BenchmarkAnalyzerOnDir on fiber: most assignments are of such
// values).
func (w *walk) tellsNothing(e ast.Expr) bool {
	e = ast.Unparen(e)
	if call, ok := e.(*ast.CallExpr); ok && len(call.Args) == 1 && !call.Ellipsis.IsValid() {
		return false // maybe a conversion, which unwrap sees through
	}
	return !w.mayRelate(e)
}

// isOtherValue reports whether an unwrapped operand is a value that is
// not a status code: arithmetic, a size, or a variable that is not a
// slot. Constants and calls of other functions are neither evidence nor
// counter-evidence.
func (w *walk) isOtherValue(operand ast.Expr) bool {
	switch e := operand.(type) {
	case *ast.BinaryExpr:
		return isArithmetic(e.Op)
	case *ast.UnaryExpr:
		return e.Op == token.SUB || e.Op == token.XOR
	case *ast.CallExpr:
		_, builtin := w.c.info.Uses[calleeIdent(e.Fun)].(*types.Builtin)
		return builtin // Have: len(items), cap(buf)
	case *ast.Ident, *ast.SelectorExpr:
		if tv, ok := w.c.info.Types[e]; ok && tv.Value != nil {
			return false // a named constant: http.StatusOK, maxRetries
		}
		_, isVar := w.c.info.ObjectOf(selectedIdent(e)).(*types.Var)
		return isVar
	}
	return false
}

// spoil records that the slots among exprs are used as something other
// than a status code: a size, an index, a loop bound, an operand of
// arithmetic, a variable whose address is taken.
func (w *walk) spoil(exprs ...ast.Expr) {
	for _, e := range exprs {
		if e == nil {
			continue
		}
		if s, ok := w.slotOf(e); ok {
			w.c.flow.change(s)
		}
	}
}

// bounded records a <, <=, > or >= comparison: a slot compared so with
// a value other than a literal, a constant or a status expression is a
// bound, not a code (i < n).
func (w *walk) bounded(n *ast.BinaryExpr) {
	for _, pair := range [2][2]ast.Expr{{n.X, n.Y}, {n.Y, n.X}} {
		s, ok := w.slotOf(pair[0])
		if !ok {
			continue
		}
		other := pair[1]
		if _, ok := intLiteralValue(ast.Unparen(other)); ok {
			continue // Have: code >= 400
		}
		if tv, ok := w.c.info.Types[other]; ok && tv.Value != nil {
			continue // a named constant
		}
		if _, ok := w.m.statusExpr(other); ok {
			continue
		}
		w.c.flow.change(s) // Have: i < n
	}
}

// isArithmetic reports whether op is an arithmetic or bitwise operator.
func isArithmetic(op token.Token) bool {
	switch op {
	case token.ADD, token.SUB, token.MUL, token.QUO, token.REM,
		token.AND, token.OR, token.XOR, token.SHL, token.SHR, token.AND_NOT:
		return true
	}
	return false
}

// calleeIdent returns the identifier naming a call's function, or nil.
func calleeIdent(fun ast.Expr) *ast.Ident {
	id, _ := ast.Unparen(fun).(*ast.Ident)
	return id
}

// selectedIdent returns the identifier an identifier or selector names.
func selectedIdent(e ast.Expr) *ast.Ident {
	if sel, ok := e.(*ast.SelectorExpr); ok {
		return sel.Sel
	}
	id, _ := e.(*ast.Ident)
	return id
}

// assigned records the slots among exprs as changed: they may no longer
// hold the code the caller passed.
func (w *walk) assigned(exprs ...ast.Expr) {
	if len(w.names) == 0 {
		return
	}
	for _, e := range exprs {
		id, ok := ast.Unparen(e).(*ast.Ident)
		if !ok || !w.isParamName(id.Name) {
			continue
		}
		if v, ok := w.c.info.ObjectOf(id).(*types.Var); ok && w.isCandidate(v) {
			w.c.flow.change(slot{v})
		}
	}
}

// spoilUses records the uses in n that show an integer is no status
// code: changed by ++ or a range, used as a bound, an index or a slice
// bound.
func (w *walk) spoilUses(n ast.Node) {
	switch n := n.(type) {
	case *ast.IncDecStmt:
		w.assigned(n.X)
		w.spoil(n.X)
	case *ast.RangeStmt:
		if n.Tok == token.ASSIGN {
			w.assigned(n.Key, n.Value)
			w.changeFuncVals(n.Key, n.Value) // Have: for _, write = range writers
		}
		// Have: for i := range n, for i := range items
		w.spoil(n.Key, n.X)
	case *ast.IndexExpr:
		w.spoil(n.Index) // Have: items[i]
	case *ast.SliceExpr:
		w.spoil(n.Low, n.High, n.Max) // Have: buf[:n]
	}
}

// visitUnary checks a unary expression: &x and -x spoil x, and !(…)
// may be a class test. It reports whether to visit the operand.
func (w *walk) visitUnary(n *ast.UnaryExpr) bool {
	if n.Op == token.AND {
		w.assigned(n.X) // &code: it may change behind our back
		w.spoil(n.X)
		w.changeFuncVals(n.X) // Have: &write
		return true
	}
	if n.Op == token.SUB || n.Op == token.XOR {
		w.spoil(n.X) // Have: -n
	}
	// Have: !(resp.StatusCode >= 200 && resp.StatusCode < 300)
	return !w.checkClassTest(n)
}
