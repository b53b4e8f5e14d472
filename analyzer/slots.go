package analyzer

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/types/typeutil"
)

// This file holds the walk's side of value flow: which expressions are
// slots (see flow.go), and what the uses of a slot tell about it.

// slotOf reports whether e, possibly parenthesized or converted to an
// integer type, is a slot: an integer variable whose every value the
// package's own code can see being set. The cases:
//
//   - a candidate status parameter of the function being walked (code in
//     func writeJSON(w http.ResponseWriter, code int));
//   - a local variable, a named result, or a parameter of a function
//     literal (code := 200);
//   - an integer field of a struct type declared in the package, named or
//     anonymous, that is not itself a status position (tt.wantStatus);
//   - the one integer result of a call of a function or method of the
//     package (codeFor(err)).
//
// Package-level variables are not slots: any code may set them.
func (w *walk) slotOf(e ast.Expr) (slot, bool) {
	switch x := unwrap(w.c.info, e).operand.(type) {
	case *ast.Ident:
		obj := w.c.info.Uses[x] // most identifiers here are uses
		if obj == nil {
			obj = w.c.info.Defs[x]
		}
		v, ok := obj.(*types.Var)
		if !ok {
			return slot{}, false // a constant, a function, nil
		}
		return w.varSlot(v)
	case *ast.SelectorExpr:
		return w.fieldSlot(x)
	case *ast.CallExpr:
		return w.resultSlot(x, 0, true)
	}
	return slot{}, false
}

// varSlot reports whether v, a variable used or defined in the function
// being walked, is a slot: a candidate status parameter, a named result
// of the function, or a local variable.
func (w *walk) varSlot(v *types.Var) (slot, bool) {
	if v.IsField() || v.Parent() == nil || !isInteger(v.Type()) {
		return slot{}, false
	}
	if v.Pkg() == nil || v.Parent() == v.Pkg().Scope() {
		return slot{}, false // a package-level variable
	}
	if w.fn != nil && v.Parent() == w.scope && w.fn.Type.Pos() <= v.Pos() && v.Pos() < w.fn.Type.End() {
		// A parameter or result of the function declaration (its scope
		// is also that of the locals declared at the top of its body).
		if w.isCandidate(v) {
			return slot{v}, true
		}
		if res := w.results(); res != nil {
			for i := range res.Len() {
				if res.At(i) == v {
					return slot{v}, true // Have: func codeFor(err error) (code int)
				}
			}
		}
		return slot{}, false // a variadic or unnamed parameter, or a receiver
	}
	return slot{v}, true
}

// fieldSlot reports whether sel selects a slot: an integer field of a
// struct type declared in this package. Fields of other packages' types
// are out of reach without facts; status fields are positions, not
// slots.
func (w *walk) fieldSlot(sel *ast.SelectorExpr) (slot, bool) {
	selection, ok := w.c.info.Selections[sel]
	if !ok || selection.Kind() != types.FieldVal {
		return slot{}, false // a method, a qualified identifier, or no type information
	}
	v, ok := selection.Obj().(*types.Var)
	if !ok || v.Pkg() != w.c.pass.Pkg || !isInteger(v.Type()) {
		return slot{}, false // fast path: another package's field, or not an integer
	}
	owner, _ := fieldOwner(selection)
	return ownField(w.c.pass.Pkg, owner, v)
}

// ownField reports whether v, a field of the struct type owner (nil if
// unnamed), is a slot: an integer field declared in pkg that is not a
// status position.
func ownField(pkg *types.Package, owner *types.Named, v *types.Var) (slot, bool) {
	v = v.Origin()
	if v.Pkg() != pkg || !isInteger(v.Type()) {
		return slot{}, false
	}
	if _, ok := fieldKind(owner, v); ok {
		return slot{}, false // Have: APIResponse{Status: 404}, a position by shape
	}
	return slot{v}, true
}

// resultSlot reports whether result i of call is a slot: call calls a
// function or method of this package, and that result is an integer. If
// single, the function must have one result (the call is a value).
func (w *walk) resultSlot(call *ast.CallExpr, i int, single bool) (slot, bool) {
	if !w.c.resultFuncs[calleeName(call.Fun)] {
		return slot{}, false // fast path: no function of the package has that name
	}
	fn, ok := typeutil.Callee(w.c.info, call).(*types.Func)
	if !ok || fn.Pkg() != w.c.pass.Pkg {
		return slot{}, false
	}
	res := fn.Origin().Signature().Results()
	if i >= res.Len() || single && res.Len() != 1 || !isInteger(res.At(i).Type()) {
		return slot{}, false
	}
	return slot{res.At(i)}, true
}

// results returns the results of the function declaration being walked,
// or nil, computed on first use.
func (w *walk) results() *types.Tuple {
	if w.fn == nil || w.fn.Type.Results == nil {
		return nil
	}
	if w.res == nil {
		if fn, ok := w.c.info.Defs[w.fn.Name].(*types.Func); ok {
			w.res = fn.Signature().Results()
		}
	}
	return w.res
}

// relate records what putting the value of one expression into the
// other, or comparing the two, tells about the slots among them: two
// slots hold the same kind of value; a literal put into or compared with
// a slot is held by it; a slot set from or compared with a status
// expression is a copy of a status code; a slot set from or compared
// with arithmetic, a size or another variable is something else. If
// typed, a literal takes the slot's type there, and a fix may drop its
// conversion to that type; not in an assertion's interface argument.
func (w *walk) relate(x, y ast.Expr, typed bool) {
	if !w.mayRelate(x) || !w.mayRelate(y) {
		return // fast path: a string, a composite literal, m[k], x.(T): neither a slot nor a value that tells about one
	}
	if w.notInteger(x) {
		return // fast path: err, a string or a struct, and so is the other side
	}
	sx, okx := w.slotOf(x)
	sy, oky := w.slotOf(y)
	switch {
	case okx && oky:
		w.c.flow.same(sx, sy)
	case okx:
		w.relateSlot(sx, y, typed)
	case oky:
		w.relateSlot(sy, x, typed)
	}
}

// relateSlot records what putting the value of e into the slot s, or
// comparing them, tells about s.
func (w *walk) relateSlot(s slot, e ast.Expr, typed bool) {
	if other, ok := w.slotOf(e); ok {
		w.c.flow.same(s, other)
		return
	}
	var want types.Type
	if typed {
		want = s.v.Type()
	}
	if l, ok := bareLiteral(w.c.info, e, want); ok {
		if validCodes.reported(l.value) { // the widest range a slot reports
			w.c.flow.holds(s, heldLit{file: w.file, finding: finding{literal: l, scope: w.scope}})
		}
		return // Have: code := 0, an unset sentinel; below 100, never reported
	}
	if k, ok := w.m.statusExpr(e); ok {
		w.c.flow.reaches(s, k) // Have: code := resp.StatusCode
		return
	}
	if w.isOtherValue(e) {
		w.c.flow.change(s) // Have: want := len(items)
	}
}

// notInteger reports whether e, an identifier or a selector, is known to
// denote a variable that is not an integer. The two sides of an
// assignment or a comparison have one type, so when one is not an
// integer neither is a slot.
func (w *walk) notInteger(e ast.Expr) bool {
	var obj types.Object
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		if obj = w.c.info.Uses[e]; obj == nil {
			obj = w.c.info.Defs[e]
		}
	case *ast.SelectorExpr:
		if sel, ok := w.c.info.Selections[e]; ok && sel.Kind() == types.FieldVal {
			obj = sel.Obj()
		}
	}
	v, ok := obj.(*types.Var)
	return ok && !isInteger(v.Type())
}

// mayRelate reports whether e may be a slot, or a value that tells
// about a slot (see relateSlot): a syntactic test before type lookups.
func (w *walk) mayRelate(e ast.Expr) bool {
	switch e := unwrap(w.c.info, e).operand.(type) {
	case *ast.BasicLit:
		return e.Kind == token.INT
	case *ast.Ident, *ast.SelectorExpr, *ast.CallExpr, *ast.BinaryExpr, *ast.UnaryExpr:
		return true
	}
	return false
}

// isOtherValue reports whether e is a value that is not a status code:
// arithmetic, a size, or a variable that is not a slot. Constants and
// calls of other functions are neither evidence nor counter-evidence.
func (w *walk) isOtherValue(e ast.Expr) bool {
	switch e := unwrap(w.c.info, e).operand.(type) {
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

// isCandidate reports whether v is a candidate status parameter of the
// function being walked.
func (w *walk) isCandidate(v *types.Var) bool {
	for _, p := range w.candidates() {
		if p == v {
			return true
		}
	}
	return false
}

// candidates returns the candidate status parameters of the function
// being walked, computed on first use: most functions never need them.
func (w *walk) candidates() []*types.Var {
	if !w.ready && w.fn != nil {
		w.params = candidateParams(w.c.info, w.fn, w.buf)
		if w.params != nil {
			w.buf = w.params
		}
	}
	w.ready = true
	return w.params
}

// candidateParams appends to buf the parameters of decl that may be
// status parameters: its named, non-variadic integer parameters. It
// returns nil if there are none, or decl has no body or no type
// information.
func candidateParams(info *types.Info, decl *ast.FuncDecl, buf []*types.Var) []*types.Var {
	if decl.Body == nil {
		return nil
	}
	fn, ok := info.Defs[decl.Name].(*types.Func)
	if !ok {
		return nil
	}
	sig := fn.Signature()
	params := buf[:0]
	for i := range sig.Params().Len() {
		v := sig.Params().At(i)
		if v.Name() == "" || v.Name() == "_" || !isInteger(v.Type()) || sig.Variadic() && i == sig.Params().Len()-1 {
			continue
		}
		params = append(params, v)
	}
	if len(params) == 0 {
		return nil
	}
	return params
}

// mayBeInteger reports whether a parameter's type expression may denote
// an integer type: a name (int, a named type, pkg.Code, T[int]), not a
// pointer, slice, map, function or one of the predeclared non-integers.
func mayBeInteger(typ ast.Expr) bool {
	switch typ := ast.Unparen(typ).(type) {
	case *ast.Ident:
		switch typ.Name {
		case "string", "bool", "error", "any", "float32", "float64", "complex64", "complex128":
			return false
		}
		return true
	case *ast.SelectorExpr, *ast.IndexExpr, *ast.IndexListExpr:
		return true
	}
	return false
}

// isParamName reports whether name is the name of a parameter of the
// function being walked: a test by spelling, before any type lookup.
func (w *walk) isParamName(name string) bool {
	for _, n := range w.names {
		if n == name {
			return true
		}
	}
	return false
}
