package analyzer

import (
	"go/ast"
	"go/token"
	"go/types"
)

// This file follows status callees held in local variables: write :=
// w.WriteHeader; write(500), or fail := http.Error; fail(w, msg, 503). A
// call of such a variable passes its arguments to the callee's
// parameters, so its status argument is a status position, provided the
// variable holds that callee at every call: it is a local variable of
// an unnamed func type, defined from the callee and never assigned
// again nor its address taken. Which of these holds is known only after
// the walk, so what its calls pass to the status position is held until
// then (checker.resolveFuncVals).

// A funcVal is a local variable defined from a status callee.
type funcVal struct {
	fn      *types.Func
	fun     ast.Expr  // what it was set from: w.WriteHeader, http.Error
	recv    int       // 1 for a method expression, whose receiver is the first argument
	changed bool      // assigned again, or its address taken
	held    []reached // what its calls pass to the status position
}

// funcValues records the local variables an assignment or definition
// sets: defined from a status callee (write := w.WriteHeader), or one
// such assigned again (write = other).
func (w *walk) funcValues(tok token.Token, lhs, rhs []ast.Expr) {
	w.changeFuncVals(lhs...) // Have: write = other, write, err := other, nil
	if tok != token.DEFINE || len(lhs) != len(rhs) {
		return // an assignment, or a multi-value call: f, err := pick()
	}
	for i, e := range rhs {
		if !w.m.knownName(calleeName(e)) {
			continue // fast path: not spelled like a status callee
		}
		id, ok := lhs[i].(*ast.Ident)
		if !ok {
			continue
		}
		v, ok := w.c.info.Defs[id].(*types.Var)
		if !ok || v.Pkg() == nil || v.Parent() == nil || v.Parent() == v.Pkg().Scope() {
			continue // redeclared, or a package-level variable: any code may set it
		}
		if _, ok := types.Unalias(v.Type()).(*types.Signature); !ok {
			continue // a named func type, whose pointer methods may change it
		}
		fn, recv, ok := w.m.funcValue(e)
		if !ok {
			continue
		}
		if _, ok := w.m.callSink(fn); ok {
			// Have: write := w.WriteHeader, fail := http.Error
			fv := &funcVal{fn: fn, fun: e, recv: recv}
			w.c.funcVals[v] = fv
			w.c.funcValList = append(w.c.funcValList, fv)
		}
	}
}

// changeFuncVals records the variables among exprs that hold a status
// callee as changed: assigned again, or their address taken.
func (w *walk) changeFuncVals(exprs ...ast.Expr) {
	if len(w.c.funcVals) == 0 {
		return // fast path: no such variable yet
	}
	for _, e := range exprs {
		if id, ok := ast.Unparen(e).(*ast.Ident); ok {
			if fv := w.c.funcVals[w.c.info.Uses[id]]; fv != nil {
				fv.changed = true
			}
		}
	}
}

// funcValue reports the function or method e denotes as a value: a method
// value (w.WriteHeader), a method expression (http.ResponseWriter.WriteHeader,
// recv 1), a function (http.Error, or Error under a dot import).
func (m *matcher) funcValue(e ast.Expr) (fn *types.Func, recv int, ok bool) {
	var obj types.Object
	switch e := ast.Unparen(e).(type) {
	case *ast.SelectorExpr:
		selection, ok := m.info.Selections[e]
		switch {
		case !ok:
			obj = m.info.Uses[e.Sel] // a qualified identifier: http.Error
		case selection.Kind() == types.MethodVal:
			obj = selection.Obj()
		case selection.Kind() == types.MethodExpr:
			obj, recv = selection.Obj(), 1
		}
	case *ast.Ident:
		obj = m.info.Uses[e]
	}
	fn, ok = obj.(*types.Func)
	if !ok || fn.Pkg() == nil {
		return nil, 0, false // a variable, a field, a builtin
	}
	return fn.Origin(), recv, true
}

// funcValCall holds what a call of a variable defined from a status
// callee passes to its status parameter: write(500).
func (w *walk) funcValCall(call *ast.CallExpr) {
	if len(w.c.funcVals) == 0 {
		return // fast path: no such variable yet
	}
	id, ok := ast.Unparen(call.Fun).(*ast.Ident)
	if !ok {
		return
	}
	fv := w.c.funcVals[w.c.info.Uses[id]]
	if fv == nil {
		return // another function variable: a parameter, a field, a package-level variable
	}
	// Have: write(500), after write := w.WriteHeader
	rs, _ := w.m.sinkArg(w.reaches[:0], fv.fun, call.Args, fv.recv, fv.fn)
	for _, r := range rs {
		if h, ok := w.reached(r); ok {
			fv.held = append(fv.held, h)
		}
	}
	w.reaches = rs[:0]
}

// resolveFuncVals records what the calls of the variables that held a
// status callee throughout passed to its status parameter: findings, and
// evidence for the flow.
func (c *checker) resolveFuncVals() {
	for _, fv := range c.funcValList {
		if fv.changed {
			continue // Have: write := w.WriteHeader; write = log
		}
		for _, h := range fv.held {
			c.apply(h)
		}
	}
}
