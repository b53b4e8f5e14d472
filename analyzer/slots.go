package analyzer

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"
)

// This file holds the walk's side of value flow: which expressions are
// slots (see flow.go), found by spelling first and by type after.

// slotOf reports whether e, possibly parenthesized or converted to an
// integer type, is a slot of the function being walked: one of its
// candidate status parameters.
func (w *walk) slotOf(e ast.Expr) (slot, bool) {
	if len(w.names) == 0 {
		return slot{}, false
	}
	id, ok := unwrap(w.c.info, e).operand.(*ast.Ident)
	if !ok || !w.isParamName(id.Name) {
		return slot{}, false
	}
	v, ok := w.c.info.Uses[id].(*types.Var)
	if !ok || !w.isCandidate(v) {
		return slot{}, false
	}
	return slot{v}, true
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

// mayPassStatus reports whether a call may pass a literal or a candidate
// parameter to a wrapper: a cheap syntactic test that spares the type
// lookups of most calls. BenchmarkAnalyzer/net/http shows it pays:
// without it the pass takes 1.8 times as long (6.2ms against 3.4ms,
// median of five).
func (w *walk) mayPassStatus(call *ast.CallExpr) bool {
	for _, arg := range call.Args {
		switch arg := unwrap(w.c.info, arg).operand.(type) {
		case *ast.BasicLit:
			if arg.Kind == token.INT && mayBeCode(arg.Value) {
				return true
			}
		case *ast.Ident:
			if w.isParamName(arg.Name) {
				for _, p := range w.candidates() {
					if p.Name() == arg.Name {
						return true // an integer parameter, passed on
					}
				}
			}
		}
	}
	return false
}

// mayBeCode reports whether an integer literal may have a value from 100
// to 999, the codes a wrapper reports: a quick test of the common
// spellings before parsing the others.
func mayBeCode(lit string) bool {
	if len(lit) < 3 {
		return false // 0, 10, 0x
	}
	if len(lit) == 3 {
		return '1' <= lit[0] && lit[0] <= '9' // 404, not 0o7
	}
	return lit[0] == '0' || strings.ContainsRune(lit, '_') // 0x194, 0o624, 4_04; not 1000
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
