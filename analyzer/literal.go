package analyzer

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
)

// A literal is a bare integer literal found at a status code position.
type literal struct {
	lit     ast.Expr // the literal itself, possibly negated: what the diagnostic spans
	replace ast.Expr // what a fix replaces: the literal with its parentheses and, where they are redundant, its conversions
	value   int64
}

// bareLiteral reports whether u is a bare integer literal: an integer
// literal in any base, possibly negated (-1), parenthesized, or converted
// to an integer type (int(418)). Named constants and arithmetic on
// literals are not bare.
//
// want is the type of the position u is in, or nil if unknown. When the
// outermost conversion is to that type, a fix may drop the conversions;
// otherwise they stay, since the literal's type matters there.
func bareLiteral(info *types.Info, u unwrapped, want types.Type) (literal, bool) {
	value, ok := intLiteralValue(u.operand)
	if !ok {
		return literal{}, false // not a literal: a constant, a variable, arithmetic
	}
	l := literal{lit: u.operand, replace: u.whole, value: value}
	if u.outer != nil && (want == nil || !types.Identical(info.TypeOf(u.outer), want)) {
		l.replace = u.inner // Have: int64(200) where the type matters; keep the conversion
	}
	return l, true
}

// An unwrapped expression is an expression seen through its parentheses
// and integer conversions: int64((code)) has the operand code.
type unwrapped struct {
	whole   ast.Expr      // the expression itself
	operand ast.Expr      // the expression without parentheses and integer conversions
	outer   *ast.CallExpr // the outermost integer conversion, or nil if there is none
	inner   ast.Expr      // the argument of the innermost conversion, parentheses kept; the expression itself if there is none
}

// unwrap removes the parentheses and integer conversions around e. It is
// the one place that looks through conversions.
func unwrap(info *types.Info, e ast.Expr) unwrapped {
	u := unwrapped{whole: e, inner: e}
	for {
		e = ast.Unparen(e)
		call, ok := e.(*ast.CallExpr)
		if !ok || !isIntegerConversion(info, call) {
			u.operand = e
			return u
		}
		if u.outer == nil {
			u.outer = call
		}
		e, u.inner = call.Args[0], call.Args[0]
	}
}

// isIntegerConversion reports whether call converts one operand to an
// integer type.
func isIntegerConversion(info *types.Info, call *ast.CallExpr) bool {
	if len(call.Args) != 1 || call.Ellipsis.IsValid() {
		return false
	}
	switch fun := ast.Unparen(call.Fun).(type) {
	case *ast.Ident:
		// Have: int64(x). A use names the type: a lookup keyed by
		// pointer, cheaper than one in info.Types (BenchmarkAnalyzer).
		return isIntegerTypeName(info.Uses[fun])
	case *ast.SelectorExpr:
		return isIntegerTypeName(info.Uses[fun.Sel]) // Have: pkg.Code(x)
	case *ast.IndexExpr, *ast.IndexListExpr:
		// Have: Code[T](x), an instantiated type.
		tv, ok := info.Types[call.Fun]
		return ok && tv.IsType() && tv.Type != nil && isInteger(tv.Type)
	}
	return false // []byte(s), func(){}(), f()(x): no type lookup
}

// isIntegerTypeName reports whether obj names an integer type.
func isIntegerTypeName(obj types.Object) bool {
	tn, ok := obj.(*types.TypeName)
	return ok && isInteger(tn.Type())
}

// intLiteralValue returns the value of an integer literal, possibly
// negated, if it fits in an int64. It reads the literal itself rather
// than the type checker's record, which may be missing in broken code.
func intLiteralValue(e ast.Expr) (int64, bool) {
	negate := false
	if unary, ok := e.(*ast.UnaryExpr); ok && (unary.Op == token.SUB || unary.Op == token.ADD) {
		negate = unary.Op == token.SUB
		e = unary.X
	}
	lit, ok := e.(*ast.BasicLit)
	if !ok || lit.Kind != token.INT {
		return 0, false
	}
	v := constant.MakeFromLiteral(lit.Value, token.INT, 0)
	if negate {
		v = constant.UnaryOp(token.SUB, v, 0)
	}
	n, exact := constant.Int64Val(v)
	return n, exact
}
