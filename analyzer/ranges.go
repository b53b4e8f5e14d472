package analyzer

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"
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
	first   int64           // the class's first code
	operand ast.Expr        // the status expression tested
	negate  bool            // the expression tests that the code is outside the class
	test    *ast.BinaryExpr // the pair of bounds or the x/100 comparison, inside any !
}

// bounds reports whether the test is a pair of bounds (x >= 200 && x < 300),
// not x/100 == 2.
func (t *classTest) bounds() bool {
	return t.test.Op == token.LAND || t.test.Op == token.LOR
}

// classShape reports whether e has the shape of an exact class test, on
// any operand: the walk decides whether the operand is a status
// expression or a slot carrying a status code (flow.go). It looks at the
// syntax only:
//
//	x >= 200 && x < 300, x > 199 && x <= 299, 200 <= x && ...  -> IsSuccess(x)
//	x < 200 || x >= 300, ...                                   -> !IsSuccess(x)
//	x/100 == 2                                                 -> IsSuccess(x)
//	x/100 != 2                                                 -> !IsSuccess(x)
//	!(any of these)                                            -> the negation
//
// The bounds must be integer literals: named bounds are left alone.
func classShape(e ast.Expr) (classTest, bool) {
	switch e := ast.Unparen(e).(type) {
	case *ast.UnaryExpr:
		if e.Op != token.NOT {
			return classTest{}, false
		}
		t, ok := classShape(e.X)
		t.negate = !t.negate
		return t, ok

	case *ast.BinaryExpr:
		switch e.Op {
		case token.LAND, token.LOR:
			b1, ok1 := boundOf(e.X)
			b2, ok2 := boundOf(e.Y)
			if !ok1 || !ok2 || types.ExprString(b1.x) != types.ExprString(b2.x) {
				return classTest{}, false
			}
			lower, upper, ok := pair(b1, b2)
			if !ok {
				return classTest{}, false
			}
			// x >= lower && x <= upper tests [lower, upper];
			// x <= upper || x >= lower tests all but [upper+1, lower-1].
			lo, hi := lower, upper
			if e.Op == token.LOR {
				lo, hi = upper+1, lower-1
			}
			first, helper, ok := classHelper(lo, hi)
			return classTest{helper: helper, first: first, operand: b1.x, negate: e.Op == token.LOR, test: e}, ok

		case token.EQL, token.NEQ:
			// Have: x/100 == 2, 2 != x/100
			x, n, ok := hundreds(e.X, e.Y)
			if !ok {
				x, n, ok = hundreds(e.Y, e.X)
			}
			if !ok {
				return classTest{}, false
			}
			first, helper, ok := classHelper(n*100, n*100+99)
			return classTest{helper: helper, first: first, operand: x, negate: e.Op == token.NEQ, test: e}, ok
		}
	}
	return classTest{}, false
}

// A bound is a comparison of an expression x with an integer
// literal, normalised to an inclusive bound: x < 300 is x <= 299, and
// 199 < x is x >= 200.
type bound struct {
	x     ast.Expr
	lower bool // x >= n; otherwise x <= n
	n     int64
}

// boundOf reports whether e compares an expression with a literal.
func boundOf(e ast.Expr) (bound, bool) {
	cmp, ok := ast.Unparen(e).(*ast.BinaryExpr)
	if !ok {
		return bound{}, false
	}
	x, lit, op := cmp.X, cmp.Y, cmp.Op
	n, ok := intLiteralValue(ast.Unparen(lit))
	if !ok {
		x, lit, op = cmp.Y, cmp.X, mirrored[cmp.Op] // Have: 200 <= x
		if n, ok = intLiteralValue(ast.Unparen(lit)); !ok {
			return bound{}, false
		}
	}
	b := bound{x: x, n: n}
	switch op {
	case token.GEQ:
		b.lower = true
	case token.GTR:
		b.lower, b.n = true, n+1
	case token.LEQ:
	case token.LSS:
		b.n = n - 1
	default:
		return bound{}, false // ==, !=, arithmetic
	}
	return b, true
}

// mirrored maps a comparison operator to the one that gives the same
// result with the operands swapped: 200 <= x is x >= 200.
var mirrored = map[token.Token]token.Token{token.LSS: token.GTR, token.LEQ: token.GEQ, token.GTR: token.LSS, token.GEQ: token.LEQ}

// pair returns the inclusive lower and upper bounds of b1 and b2, if one
// of them is each.
func pair(b1, b2 bound) (lower, upper int64, ok bool) {
	if b1.lower == b2.lower {
		return 0, 0, false
	}
	if b2.lower {
		b1, b2 = b2, b1
	}
	return b1.n, b2.n, true
}

// hundreds reports whether div is x/100 and n an integer literal: the
// two sides of x/100 == n.
func hundreds(div, n ast.Expr) (ast.Expr, int64, bool) {
	quo, ok := ast.Unparen(div).(*ast.BinaryExpr)
	if !ok || quo.Op != token.QUO {
		return nil, 0, false
	}
	if d, ok := intLiteralValue(ast.Unparen(quo.Y)); !ok || d != 100 {
		return nil, 0, false
	}
	v, ok := intLiteralValue(ast.Unparen(n))
	return quo.X, v, ok
}

// classHelper returns the first code of the class [lo, hi] and the
// helper testing for it, if that range is exactly a class.
func classHelper(lo, hi int64) (int64, string, bool) {
	for _, class := range statusClasses {
		if lo == class.first && hi == class.first+99 {
			return class.first, class.helper, true
		}
	}
	return 0, "", false
}

// isChain reports whether e is a chain of three or more && operands:
// its left operand is an unparenthesized && (a && b && c parses as
// (a && b) && c; a parenthesized operand is kept whole).
func isChain(e *ast.BinaryExpr) bool {
	x, ok := e.X.(*ast.BinaryExpr)
	return e.Op == token.LAND && ok && x.Op == token.LAND
}

// chainLinks appends to links the && nodes of the chain e, innermost
// first: links[0] is a && b, and each next one adds one operand, its Y.
func chainLinks(links []*ast.BinaryExpr, e *ast.BinaryExpr) []*ast.BinaryExpr {
	start := len(links)
	for {
		links = append(links, e)
		x, ok := e.X.(*ast.BinaryExpr)
		if !ok || x.Op != token.LAND {
			break
		}
		e = x
	}
	slices.Reverse(links[start:])
	return links
}

// chainOperand returns operand i of the chain whose links are links:
// operand 0 is the innermost link's X, operand i the Y of link i-1.
func chainOperand(links []*ast.BinaryExpr, i int) ast.Expr {
	if i == 0 {
		return links[0].X
	}
	return links[i-1].Y
}

// mayBePair reports whether operands i and i+1 of a chain are both
// comparisons with an integer literal: a test of the syntax, before
// pairAt allocates.
func mayBePair(links []*ast.BinaryExpr, i int) bool {
	_, ok1 := boundOf(chainOperand(links, i))
	_, ok2 := boundOf(chainOperand(links, i+1))
	return ok1 && ok2
}

// pairAt returns operands i and i+1 of a chain joined by their &&: the
// innermost link itself for i = 0, otherwise a new node spanning them
// (x >= 200 && x < 300 in a && x >= 200 && x < 300), which a fix replaces
// leaving the other operands as written.
func pairAt(links []*ast.BinaryExpr, i int) *ast.BinaryExpr {
	if i == 0 {
		return links[0]
	}
	return &ast.BinaryExpr{X: links[i-1].Y, OpPos: links[i].OpPos, Op: token.LAND, Y: links[i].Y}
}
