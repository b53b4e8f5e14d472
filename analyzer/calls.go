package analyzer

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/types/typeutil"
)

// This file holds the node matchers for calls whose status position is
// not one argument of one callee: gomega's chained assertions, the
// arguments of HaveHTTPStatus, the calls of huma's NewError variables,
// and the codes put into a code list field. match.go's call,
// compositeLit and assign, and the walk's builtinCall, hand them the
// node; like the other matchers they report nothing themselves.

// chained appends to rs what reaches a status position in a call of fn
// that match.go's call does not see: every argument of HaveHTTPStatus,
// and the literal a gomega assertion compares with a status expression.
func (m *matcher) chained(rs []reach, call *ast.CallExpr, fn *types.Func) []reach {
	for _, p := range everyArgIndex[fn.Name()] {
		if !p.matches(fn) {
			continue
		}
		// Have: Expect(resp).To(HaveHTTPStatus(404, 410))
		for _, arg := range call.Args {
			rs = append(rs, reach{arg, nil, p.kind})
		}
		return rs
	}
	return m.gomegaAssertion(rs, call, fn)
}

// gomegaAssertion appends to rs the literal that a gomega assertion, a
// call of fn, compares with a status expression:
// Expect(rec.Code).To(Equal(200)), Ω(resp.StatusCode).ShouldNot(Equal(500)),
// NewWithT(t).Expect(rec.Code).To(BeEquivalentTo(201)).
func (m *matcher) gomegaAssertion(rs []reach, call *ast.CallExpr, fn *types.Func) []reach {
	if !isVerb(fn) || len(call.Args) == 0 {
		return rs // not To, ToNot, NotTo, Should or ShouldNot of gomega's Assertion
	}
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return rs // a method value called later: h(m)
	}
	actual, ok := m.gomegaActual(sel.X)
	if !ok {
		return rs // an assertion not built by Expect: Eventually(f).Should(m)
	}
	expected, ok := m.equalityArg(call.Args[0])
	if !ok {
		return rs // another matcher: BeNumerically(">=", 400)
	}
	if k, ok := m.statusExpr(actual); ok {
		rs = append(rs, reach{expected, nil, k})
	} else if k, ok := m.statusExpr(expected); ok {
		rs = append(rs, reach{actual, nil, k})
	}
	return rs
}

// isVerb reports whether fn is one of the methods of gomega's Assertion
// that apply a matcher.
func isVerb(fn *types.Func) bool {
	for _, r := range verbIndex[fn.Name()] {
		if r.matches(fn) {
			return true
		}
	}
	return false
}

// gomegaActual reports the actual value of the gomega assertion e, a
// call of Expect, Ω or ExpectWithOffset (as a function, or a method of
// WithT or Gomega), possibly followed by WithOffset(n).
func (m *matcher) gomegaActual(e ast.Expr) (ast.Expr, bool) {
	for {
		call, ok := ast.Unparen(e).(*ast.CallExpr)
		if !ok {
			return nil, false // a variable holding an assertion
		}
		fn, ok := typeutil.Callee(m.info, call).(*types.Func)
		if !ok {
			return nil, false
		}
		fn = fn.Origin()
		if gomegaWithOffset.matches(fn) {
			sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
			if !ok {
				return nil, false
			}
			e = sel.X // Have: Expect(x).WithOffset(1)
			continue
		}
		for _, a := range gomegaActuals {
			if a.matches(fn) && a.first < len(call.Args) {
				return call.Args[a.first], true
			}
		}
		return nil, false
	}
}

// equalityArg reports the expected value of e, a call of gomega's Equal
// or BeEquivalentTo.
func (m *matcher) equalityArg(e ast.Expr) (ast.Expr, bool) {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok || len(call.Args) != 1 {
		return nil, false // a matcher built elsewhere, or a type error
	}
	fn, ok := typeutil.Callee(m.info, call).(*types.Func)
	if !ok {
		return nil, false
	}
	for _, r := range gomegaEquality {
		if r.matches(fn) {
			return call.Args[0], true
		}
	}
	return nil, false
}

// funcVarCall appends to rs the status argument of a call of v, a
// package-level variable of func type such as huma's NewError.
func (m *matcher) funcVarCall(rs []reach, call *ast.CallExpr, v *types.Var) []reach {
	sig, ok := v.Type().Underlying().(*types.Signature)
	if !ok {
		return rs // not a func-typed variable
	}
	for _, p := range funcVarIndex[v.Name()] {
		if !p.matchesVar(v) || p.arg >= len(call.Args) {
			continue
		}
		if isInt, _ := integerParam(sig, p.arg); !isInt {
			continue // another signature: not the variable we know
		}
		// Have: huma.NewError(404, "not found")
		rs = append(rs, reach{call.Args[p.arg], paramType(sig, p.arg), p.kind})
	}
	return rs
}

// codeList appends to rs the codes value puts into a code list field of
// kind k: the elements of a composite literal, Operation{Errors:
// []int{404, 412}}, or the values appended to another slice,
// op.Errors = append(defaults, 409). An append to the field itself,
// append(op.Errors, 409), is matched at the call (appendedCodes).
func (m *matcher) codeList(rs []reach, value ast.Expr, k kind) []reach {
	if call, ok := ast.Unparen(value).(*ast.CallExpr); ok {
		if m.isAppend(call) {
			if _, ok := m.codeListField(call.Args[0]); !ok {
				rs = m.appended(rs, call, k) // Have: op.Errors = append(defaults, 409)
			}
		}
		return rs
	}
	lit, ok := ast.Unparen(value).(*ast.CompositeLit)
	if !ok {
		return rs // a variable: its elements are elsewhere
	}
	var elem types.Type
	if slice, ok := types.Unalias(m.info.TypeOf(lit)).Underlying().(*types.Slice); ok {
		elem = slice.Elem()
	}
	for _, e := range lit.Elts {
		if kv, ok := e.(*ast.KeyValueExpr); ok {
			e = kv.Value // []int{0: 404}
		}
		rs = append(rs, reach{e, elem, k})
	}
	return rs
}

// appendedCodes appends to rs the values a call of the builtin append
// adds to a code list field: append(op.Errors, 409, 410).
func (m *matcher) appendedCodes(rs []reach, call *ast.CallExpr) []reach {
	if !m.isAppend(call) {
		return rs
	}
	if k, ok := m.codeListField(call.Args[0]); ok {
		rs = m.appended(rs, call, k) // Have: op.Errors = append(op.Errors, 409, 410)
	}
	return rs
}

// appended appends to rs the values call, a call of append, adds to its
// slice, each a position of kind k: 409 and 410 in append(s, 409, 410),
// the elements of the literal in append(s, []int{409, 410}...).
func (m *matcher) appended(rs []reach, call *ast.CallExpr, k kind) []reach {
	values := call.Args[1:]
	if call.Ellipsis.IsValid() {
		return m.codeList(rs, values[len(values)-1], k) // Have: append(op.Errors, []int{409}...)
	}
	var elem types.Type
	if slice, ok := types.Unalias(m.info.TypeOf(call)).Underlying().(*types.Slice); ok {
		elem = slice.Elem()
	}
	for _, v := range values {
		rs = append(rs, reach{v, elem, k})
	}
	return rs
}

// isAppend reports whether call calls the builtin append with values to
// append: append(s, 409), not a function of that name.
func (m *matcher) isAppend(call *ast.CallExpr) bool {
	id := calleeIdent(call.Fun)
	if id == nil || id.Name != "append" || len(call.Args) < 2 {
		return false // fast path: no type lookup
	}
	_, ok := m.info.Uses[id].(*types.Builtin)
	return ok
}
