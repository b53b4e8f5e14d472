package analyzer

import (
	"fmt"
	"go/ast"
	"strconv"
	"strings"

	"github.com/barestatus/barestatus/internal/catalog"
	"github.com/barestatus/barestatus/internal/fiximport"
)

// The categories of diagnostics (analysis.Diagnostic.Category), which
// -json output, golangci-lint and the language server (as the LSP code)
// pass on, so that users can tell the kinds of diagnostic apart.
const (
	categoryBare       = "bare"        // a bare code with a named constant, and a fix
	categoryNoConstant = "no-constant" // a bare code with no named constant: no fix
	categoryInvalid    = "invalid"     // a code that makes net/http panic: no fix
	categoryClassTest  = "class-test"  // a status class test spelled out
	categoryDirective  = "directive"   // a malformed suppression directive
)

// A verdict is what a finding is reported as: its category, and for a
// finding with a fix, the site where the fix writes a constant or helper.
type verdict struct {
	finding
	category string
	code     catalog.Code   // a bare code's entry in the catalogue
	named    bool           // whether the catalogue has the code
	bounds   bool           // a class test whose fix rewrites its bounds (-style=nethttp)
	fixable  bool           // whether a fix may write target
	target   fiximport.Ref  // the constant or helper a fix writes
	site     *fiximport.Ref // &target once planned, if fixable; nil if there is no fix
	replace  ast.Expr       // what a fix replaces
}

// judge decides what a finding is reported as, and the constant or
// helper its fix needs, in the configured style. Under -style=nethttp no
// fix imports the status module: a class test's pair of bounds gets
// net/http's constants as bounds, and x/100 == 2 gets no fix, since that
// spelling would evaluate x twice.
func (c *checker) judge(f finding) verdict {
	v := verdict{finding: f, replace: f.replace}
	nethttp := c.cfg.style == styleNetHTTP
	pos := f.replace.Pos()
	var target fiximport.Ref
	switch {
	case f.class != nil && nethttp:
		v.category, v.bounds = categoryClassTest, true
		v.replace = f.class.test // an enclosing !( ) stays
		if !f.class.bounds() {
			return v
		}
		lo, _ := catalog.Lookup(int(f.class.first))
		target = fiximport.Ref{Pkg: netHTTPPackage, Member: lo.NetHTTP}
		pos = f.class.test.Pos()
	case f.class != nil:
		v.category = categoryClassTest
		target = fiximport.Ref{Pkg: statusPackage, Member: f.class.helper}
	case f.kind.invalid(f.value):
		v.category = categoryInvalid
		return v
	default:
		v.code, v.named = catalog.Lookup(int(f.value))
		if !v.named || nethttp && v.code.NetHTTP == "" {
			v.category = categoryNoConstant // no constant, or none in net/http and a fix may not import the status module
			return v
		}
		v.category = categoryBare
		target = c.target(v.code)
	}
	target.Pos = pos
	if f.scope != nil {
		target.Scope = innermost(f.scope, pos)
	}
	v.target, v.fixable = target, true
	return v
}

// message returns a diagnostic's message; text is the replacement.
func (v *verdict) message(text string) string {
	switch v.category {
	case categoryClassTest:
		if v.bounds {
			text = negated(v.finding.replace, v.class.test, text)
		}
		return fmt.Sprintf("HTTP status class test spelled out: use %s", text)
	case categoryInvalid:
		return fmt.Sprintf("invalid HTTP status code %d: net/http panics on codes outside 100-999", v.value)
	case categoryNoConstant:
		if v.named {
			// Have: 306 under -style=nethttp: net/http has no constant.
			return fmt.Sprintf("bare HTTP status code %d: no net/http constant (status.%s under -style=status)", v.value, v.code.Name)
		}
		return fmt.Sprintf("bare HTTP status code %d: no named constant", v.value)
	}
	// The message of most diagnostics, built without fmt
	// (BenchmarkAnalyzer/handlers).
	return "bare HTTP status code " + strconv.FormatInt(v.value, 10) + ": use " + text
}

// negated returns test, the replacement of inner, wrapped in the
// negations that enclose inner in outer: the whole of outer after the
// fix, for messages.
func negated(outer ast.Expr, inner *ast.BinaryExpr, test string) string {
	n := 0
	for e := ast.Unparen(outer); e != inner; n++ {
		u, ok := e.(*ast.UnaryExpr)
		if !ok {
			break
		}
		e = ast.Unparen(u.X)
	}
	return strings.Repeat("!(", n) + test + strings.Repeat(")", n)
}

// The packages whose constants and helpers fixes write, with the names
// tried for a new import when the package's own is taken.
var (
	statusPackage  = fiximport.Package{Path: StatusPath, Name: "status", Alternatives: []string{"httpstatus"}}
	netHTTPPackage = fiximport.Package{Path: "net/http", Name: "http", Alternatives: []string{"nethttp", "stdhttp"}}
)

// target returns the constant that replaces code in the configured
// style; under -style=nethttp, code must have a net/http constant.
func (c *checker) target(code catalog.Code) fiximport.Ref {
	if c.cfg.style == styleNetHTTP {
		return fiximport.Ref{Pkg: netHTTPPackage, Member: code.NetHTTP}
	}
	return fiximport.Ref{Pkg: statusPackage, Member: code.Name}
}
