package analyzer

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/printer"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/barestatus/barestatus/internal/catalog"
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

// report reports the findings of one file, with a fix for each that has
// a named constant or helper, except those silenced by -allow or by a
// comment.
func (c *checker) report(file *ast.File, found []finding) {
	tok := c.pass.Fset.File(file.Pos())
	content := &fileContent{pass: c.pass, tok: tok}
	quiet := c.suppressions(tok, file, content)
	kept := found[:0]
	for _, f := range found {
		if quiet.silenced(tok, f.lit.Pos()) || f.class == nil && c.cfg.allow[f.value] {
			continue
		}
		kept = append(kept, f)
	}
	found = kept

	var fixes []*fixSite
	sites := make([]*fixSite, len(found))
	nethttp := c.cfg.style == styleNetHTTP
	for i, f := range found {
		var target constRef
		pos := f.replace.Pos()
		switch {
		case f.class != nil && nethttp:
			// Under -style=nethttp no fix imports the status module: a
			// pair of bounds gets net/http's constants as bounds; x/100 == 2
			// gets no fix, since that spelling would evaluate x twice.
			if !f.class.bounds() {
				continue
			}
			lo, _ := catalog.Lookup(int(f.class.first))
			target = constRef{path: "net/http", defaultName: "http", name: lo.NetHTTP}
			pos = f.class.test.Pos()
		case f.class != nil:
			target = constRef{path: StatusPath, defaultName: "status", name: f.class.helper}
		case f.kind.invalid(f.value):
			continue
		default:
			code, ok := catalog.Lookup(int(f.value))
			if !ok || nethttp && code.NetHTTP == "" {
				continue // no constant, or none in net/http and a fix may not import the status module
			}
			target = c.target(code)
		}
		site := &fixSite{pos: pos, target: target}
		if f.scope != nil {
			site.scope = f.scope.Innermost(pos)
		}
		sites[i] = site
		fixes = append(fixes, site)
	}
	planFixes(c.pass, file, fixes)

	for i, f := range found {
		diag := analysis.Diagnostic{Pos: f.lit.Pos(), End: f.lit.End()}
		site := sites[i]
		replace := f.replace // the expression a fix replaces
		var replacement string
		switch {
		case f.class != nil && nethttp:
			// Have: x >= 200 && x < 300 -> x >= http.StatusOK && x < http.StatusMultipleChoices
			var ok bool
			replacement, ok = c.classBounds(site, f.class)
			if site != nil {
				site.usable = site.usable && ok
			}
			replace = f.class.test // an enclosing !( ) stays
			diag.Category = categoryClassTest
			diag.Message = fmt.Sprintf("HTTP status class test spelled out: use %s", negated(f.replace, f.class.test, replacement))
		case f.class != nil:
			var ok bool
			replacement, ok = c.classCall(site, f.class)
			site.usable = site.usable && ok
			diag.Category = categoryClassTest
			diag.Message = fmt.Sprintf("HTTP status class test spelled out: use %s", replacement)
		case f.kind.invalid(f.value):
			diag.Category = categoryInvalid
			diag.Message = fmt.Sprintf("invalid HTTP status code %d: net/http panics on codes outside 100-999", f.value)
		case site == nil:
			diag.Category = categoryNoConstant
			diag.Message = fmt.Sprintf("bare HTTP status code %d: no named constant", f.value)
			if code, ok := catalog.Lookup(int(f.value)); ok {
				// Have: 306 under -style=nethttp: net/http has no constant.
				diag.Message = fmt.Sprintf("bare HTTP status code %d: no net/http constant (status.%s under -style=status)", f.value, code.Name)
			}
		default:
			replacement = site.spelling()
			diag.Category = categoryBare
			diag.Message = fmt.Sprintf("bare HTTP status code %d: use %s", f.value, replacement)
		}
		if site != nil && site.usable {
			text := replacement
			if joins(content, replace, text) {
				text = " " + text // Have: case(200): -> case status.HTTP_200_OK:
			}
			diag.SuggestedFixes = []analysis.SuggestedFix{{
				Message: fmt.Sprintf("Replace %s with %s", types.ExprString(replace), replacement),
				TextEdits: append([]analysis.TextEdit{{
					Pos:     replace.Pos(),
					End:     replace.End(),
					NewText: []byte(text),
				}}, site.imports...),
			}}
		}
		c.pass.Report(diag)
	}
}

// A fileContent reads the content of a file once, on first need: only
// for a fix replacing (200) or !(...), or a //lint:ignore directive.
type fileContent struct {
	pass *analysis.Pass
	tok  *token.File
	src  []byte
	read bool
}

// get returns the content of the file, or nil if the driver cannot read
// it or it is not the file that was parsed.
func (fc *fileContent) get() []byte {
	if !fc.read && fc.pass.ReadFile != nil {
		src, err := fc.pass.ReadFile(fc.tok.Name())
		if err == nil && len(src) == fc.tok.Size() {
			fc.src = src
		}
	}
	fc.read = true
	return fc.src
}

// joins reports whether text, written in place of old, would join the
// word before it: case(200) becoming casestatus.HTTP_200_OK. Without the
// content it answers from the syntax: true when old starts with a
// parenthesis or an operator, which a word may precede unspaced.
func joins(content *fileContent, old ast.Expr, text string) bool {
	if text == "" || !isWordByte(text[0]) || startsWithWord(old) {
		return false // a word cannot follow a word unspaced
	}
	src := content.get()
	if src == nil {
		return true
	}
	offset := content.tok.Offset(old.Pos())
	return offset > 0 && isWordByte(src[offset-1])
}

// startsWithWord reports whether the first token of e is an identifier or
// a literal.
func startsWithWord(e ast.Expr) bool {
	for {
		switch x := e.(type) {
		case *ast.Ident, *ast.BasicLit:
			return true
		case *ast.BinaryExpr:
			e = x.X
		case *ast.CallExpr:
			e = x.Fun
		case *ast.SelectorExpr:
			e = x.X
		case *ast.IndexExpr:
			e = x.X
		case *ast.IndexListExpr:
			e = x.X
		default:
			return false // (, !, -, *, [, func, …
		}
	}
}

// isWordByte reports whether b may be part of an identifier, keyword or
// number (ASCII only: a non-ASCII letter before a fix site is a space
// short of rare).
func isWordByte(b byte) bool {
	return b == '_' || '0' <= b && b <= '9' || 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' || b >= 0x80
}

// classBounds returns the test of a class with net/http's constants as
// bounds, in the canonical form of its kind: x >= http.StatusOK &&
// x < http.StatusMultipleChoices for a test inside the class (&& or ==),
// x < http.StatusOK || x >= http.StatusMultipleChoices for one outside
// (|| or !=). The upper end of 5xx, which net/http does not name, stays
// 600. The result has a named bound, so it is no longer a class test. ok
// is false where the constants cannot be written at the site.
func (c *checker) classBounds(site *fixSite, t *classTest) (test string, ok bool) {
	lo, _ := catalog.Lookup(int(t.first))
	hi, _ := catalog.Lookup(int(t.first + 100))
	qualifier := "http."
	ok = site != nil && site.usable
	if ok {
		qualifier = site.qualifier
	}
	loText, hiText := qualifier+lo.NetHTTP, "600"
	if hi.NetHTTP != "" {
		hiText = qualifier + hi.NetHTTP
		if ok && qualifier == "" {
			// Have: a dot import of net/http; planFixes checked the
			// lower bound's name only.
			_, obj := site.scope.LookupParent(hi.NetHTTP, site.pos)
			ok = obj != nil && obj.Pkg() != nil && obj.Pkg().Path() == "net/http"
		}
	}
	x := c.exprText(t.operand)
	if t.test.Op == token.LAND || t.test.Op == token.EQL {
		return x + " >= " + loText + " && " + x + " < " + hiText, ok
	}
	return x + " < " + loText + " || " + x + " >= " + hiText, ok
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

// exprText returns the source form of e, as the printer writes it.
func (c *checker) exprText(e ast.Expr) string {
	var b bytes.Buffer
	printer.Fprint(&b, c.pass.Fset, e)
	return b.String()
}

// classCall returns the call of a class helper that replaces a class
// test, such as !status.IsSuccess(resp.StatusCode). A status expression
// of another type than int is converted; ok is false if int is not the
// predeclared type at the site, so the call cannot be written.
func (c *checker) classCall(site *fixSite, t *classTest) (call string, ok bool) {
	arg, ok := c.exprText(t.operand), site.scope != nil
	if typ := c.info.TypeOf(t.operand); typ != nil && !types.Identical(typ, types.Typ[types.Int]) {
		arg = "int(" + arg + ")"
		if ok {
			_, obj := site.scope.LookupParent("int", site.pos)
			ok = obj == types.Universe.Lookup("int")
		}
	}
	call = site.spelling() + "(" + arg + ")"
	if t.negate {
		call = "!" + call
	}
	return call, ok
}

// target returns the constant that replaces code in the configured
// style; under -style=nethttp, code must have a net/http constant.
func (c *checker) target(code catalog.Code) constRef {
	if c.cfg.style == styleNetHTTP {
		return constRef{path: "net/http", defaultName: "http", name: code.NetHTTP}
	}
	return constRef{path: StatusPath, defaultName: "status", name: code.Name}
}
