package analyzer

import (
	"go/ast"
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
	return w.operandSlot(unwrap(w.c.info, e).operand)
}

// operandSlot is slotOf for an operand already unwrapped.
func (w *walk) operandSlot(operand ast.Expr) (slot, bool) {
	v, sel := w.varOf(operand)
	return w.slotFor(operand, v, sel)
}

// varOf returns the variable an identifier or a field selector denotes,
// and the selection of a selector; nil if it denotes none.
func (w *walk) varOf(operand ast.Expr) (*types.Var, *types.Selection) {
	switch x := operand.(type) {
	case *ast.Ident:
		obj := w.c.info.Uses[x] // most identifiers here are uses
		if obj == nil {
			obj = w.c.info.Defs[x]
		}
		v, _ := obj.(*types.Var) // not a constant, a function, nil
		return v, nil
	case *ast.SelectorExpr:
		if sel, ok := w.c.info.Selections[x]; ok && sel.Kind() == types.FieldVal {
			v, _ := sel.Obj().(*types.Var)
			return v, sel
		}
	}
	return nil, nil // a method, a qualified identifier, or no type information
}

// slotFor is operandSlot given what varOf returns for the operand.
func (w *walk) slotFor(operand ast.Expr, v *types.Var, sel *types.Selection) (slot, bool) {
	switch x := operand.(type) {
	case *ast.Ident, *ast.SelectorExpr:
		if v == nil {
			return slot{}, false
		}
		if sel != nil {
			return w.fieldSlot(sel, v)
		}
		return w.varSlot(v)
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

// fieldSlot reports whether the field v, selected by selection, is a
// slot: an integer field of a struct type declared in this package.
// Fields of other packages' types are out of reach without facts; status
// fields are positions, not slots.
func (w *walk) fieldSlot(selection *types.Selection, v *types.Var) (slot, bool) {
	if v.Pkg() != w.c.pass.Pkg || !isInteger(v.Type()) {
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
