package analyzer

import (
	"go/ast"
	"go/token"
	"go/types"
)

// statusClasses are the classes of status codes, each with the helper of
// the status package that tests for it.
var statusClasses = []struct {
	first  int64 // the class's first code; its last is first+99
	helper string
}{
	{100, "IsInformational"},
	{200, "IsSuccess"},
	{300, "IsRedirect"},
	{400, "IsClientError"},
	{500, "IsServerError"},
}

// A classTest is an expression that tests whether a status code is in a
// class, such as x >= 200 && x < 300, which a fix replaces with a call of
// the class's helper, status.IsSuccess(x).
type classTest struct {
	helper  string
	operand ast.Expr // the status expression tested
	negate  bool     // the expression tests that the code is outside the class
}

// classTestOf reports whether e is an exact test of a status class on a
// status expression:
//
//	x >= 200 && x < 300, x > 199 && x <= 299, 200 <= x && ...  -> IsSuccess(x)
//	x < 200 || x >= 300, ...                                   -> !IsSuccess(x)
//	x/100 == 2                                                 -> IsSuccess(x)
//	x/100 != 2                                                 -> !IsSuccess(x)
//	!(any of these)                                            -> the negation
//
// The bounds must be integer literals: named bounds are left alone.
func (c *checker) classTestOf(e ast.Expr) (classTest, bool) {
	switch e := ast.Unparen(e).(type) {
	case *ast.UnaryExpr:
		if e.Op != token.NOT {
			return classTest{}, false
		}
		t, ok := c.classTestOf(e.X)
		t.negate = !t.negate
		return t, ok

	case *ast.BinaryExpr:
		switch e.Op {
		case token.LAND, token.LOR:
			b1, ok1 := c.bound(e.X)
			b2, ok2 := c.bound(e.Y)
			if !ok1 || !ok2 || types.ExprString(b1.x) != types.ExprString(b2.x) {
				return classTest{}, false
			}
			var lo, hi int64 // the class tested: [lo, hi]
			var ok bool
			if e.Op == token.LAND {
				lo, hi, ok = within(b1, b2)
			} else {
				lo, hi, ok = outside(b1, b2)
			}
			if !ok {
				return classTest{}, false
			}
			helper, ok := classHelper(lo, hi)
			return classTest{helper: helper, operand: b1.x, negate: e.Op == token.LOR}, ok

		case token.EQL, token.NEQ:
			// Have: x/100 == 2, 2 != x/100
			x, n, ok := c.hundreds(e.X, e.Y)
			if !ok {
				x, n, ok = c.hundreds(e.Y, e.X)
			}
			if !ok {
				return classTest{}, false
			}
			helper, ok := classHelper(n*100, n*100+99)
			return classTest{helper: helper, operand: x, negate: e.Op == token.NEQ}, ok
		}
	}
	return classTest{}, false
}

// A bound is a comparison of a status expression with an integer
// literal, seen as x op n with x on the left.
type bound struct {
	x  ast.Expr
	op token.Token // <, <=, > or >=
	n  int64
}

// bound reports whether e compares a status expression with a literal.
func (c *checker) bound(e ast.Expr) (bound, bool) {
	cmp, ok := ast.Unparen(e).(*ast.BinaryExpr)
	if !ok || cmp.Op != token.LSS && cmp.Op != token.LEQ && cmp.Op != token.GTR && cmp.Op != token.GEQ {
		return bound{}, false
	}
	if n, ok := intLiteralValue(ast.Unparen(cmp.Y)); ok {
		if _, ok := c.statusExpr(cmp.X); ok {
			return bound{cmp.X, cmp.Op, n}, true
		}
	}
	if n, ok := intLiteralValue(ast.Unparen(cmp.X)); ok {
		if _, ok := c.statusExpr(cmp.Y); ok {
			return bound{cmp.Y, mirrored[cmp.Op], n}, true
		}
	}
	return bound{}, false
}

// mirrored maps a comparison operator to the one that gives the same
// result with the operands swapped: 200 <= x is x >= 200.
var mirrored = map[token.Token]token.Token{token.LSS: token.GTR, token.LEQ: token.GEQ, token.GTR: token.LSS, token.GEQ: token.LEQ}

// within returns the inclusive range [lo, hi] of b1 && b2, if one is a
// lower bound and the other an upper bound.
func within(b1, b2 bound) (lo, hi int64, ok bool) {
	if b1.op == token.LSS || b1.op == token.LEQ {
		b1, b2 = b2, b1 // b1 is the lower bound
	}
	switch {
	case b1.op == token.GEQ:
		lo = b1.n
	case b1.op == token.GTR:
		lo = b1.n + 1
	default:
		return 0, 0, false
	}
	switch {
	case b2.op == token.LEQ:
		hi = b2.n
	case b2.op == token.LSS:
		hi = b2.n - 1
	default:
		return 0, 0, false
	}
	return lo, hi, true
}

// outside returns the inclusive range [lo, hi] that b1 || b2 excludes, if
// one bound is below it and the other above it.
func outside(b1, b2 bound) (lo, hi int64, ok bool) {
	if b1.op == token.GTR || b1.op == token.GEQ {
		b1, b2 = b2, b1 // b1 is the bound below the range
	}
	switch {
	case b1.op == token.LSS:
		lo = b1.n
	case b1.op == token.LEQ:
		lo = b1.n + 1
	default:
		return 0, 0, false
	}
	switch {
	case b2.op == token.GTR:
		hi = b2.n
	case b2.op == token.GEQ:
		hi = b2.n - 1
	default:
		return 0, 0, false
	}
	return lo, hi, true
}

// hundreds reports whether div is x/100 on a status expression x and n
// an integer literal: the two sides of x/100 == n.
func (c *checker) hundreds(div, n ast.Expr) (ast.Expr, int64, bool) {
	quo, ok := ast.Unparen(div).(*ast.BinaryExpr)
	if !ok || quo.Op != token.QUO {
		return nil, 0, false
	}
	if d, ok := intLiteralValue(ast.Unparen(quo.Y)); !ok || d != 100 {
		return nil, 0, false
	}
	if _, ok := c.statusExpr(quo.X); !ok {
		return nil, 0, false
	}
	v, ok := intLiteralValue(ast.Unparen(n))
	return quo.X, v, ok
}

// classHelper returns the helper testing for the class [lo, hi], if
// that range is exactly a class.
func classHelper(lo, hi int64) (string, bool) {
	for _, class := range statusClasses {
		if lo == class.first && hi == class.first+99 {
			return class.helper, true
		}
	}
	return "", false
}
