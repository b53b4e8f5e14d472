package analyzer

import (
	"bytes"
	"go/ast"
	"go/printer"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/analysis"

	"github.com/barestatus/barestatus/internal/catalog"
	"github.com/barestatus/barestatus/internal/fiximport"
)

// This file builds what a fix writes: the replacement text of a finding
// in the configured style, and the fix carrying it with the import edits
// that fiximport planned.

// replacement returns the text that replaces a finding, and whether a
// fix can write it at its site (planned by fiximport.Plan).
func (c *checker) replacement(v *verdict) (string, bool) {
	switch {
	case v.bounds:
		// Have: x >= 200 && x < 300 -> x >= http.StatusOK && x < http.StatusMultipleChoices
		return c.classBounds(v.site, v.class)
	case v.class != nil:
		return c.classCall(v.site, v.class)
	case v.site != nil:
		return v.site.Text(), true
	}
	return "", false
}

// fix returns the fix that replaces a finding with text and adds the
// import its site needs.
func fix(content *fileContent, v *verdict, text string) []analysis.SuggestedFix {
	newText := text
	if joins(content, v.replace, text) {
		newText = " " + text // Have: case(200): -> case status.HTTP_200_OK:
	}
	edits := make([]analysis.TextEdit, 1, 1+len(v.site.Edits))
	edits[0] = analysis.TextEdit{Pos: v.replace.Pos(), End: v.replace.End(), NewText: []byte(newText)}
	return []analysis.SuggestedFix{{
		Message:   "Replace " + exprString(v.replace) + " with " + text,
		TextEdits: append(edits, v.site.Edits...),
	}}
}

// exprString is types.ExprString, answering a literal, what most fixes
// replace, without a buffer (BenchmarkAnalyzer/handlers).
func exprString(e ast.Expr) string {
	if lit, ok := e.(*ast.BasicLit); ok {
		return lit.Value
	}
	return types.ExprString(e)
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
func (c *checker) classBounds(site *fiximport.Ref, t *classTest) (test string, ok bool) {
	lo, _ := catalog.Lookup(int(t.first))
	hi, _ := catalog.Lookup(int(t.first + 100))
	qualifier := "http."
	ok = site != nil && site.OK
	if ok {
		qualifier = site.Prefix
	}
	loText, hiText := qualifier+lo.NetHTTP, "600"
	if hi.NetHTTP != "" {
		hiText = qualifier + hi.NetHTTP
		if ok && qualifier == "" {
			// Have: a dot import of net/http; fiximport.Plan checked
			// the lower bound's name only.
			_, obj := site.Scope.LookupParent(hi.NetHTTP, site.Pos)
			ok = obj != nil && obj.Pkg() != nil && obj.Pkg().Path() == "net/http"
		}
	}
	x := c.exprText(t.operand)
	if t.test.Op == token.LAND || t.test.Op == token.EQL {
		return x + " >= " + loText + " && " + x + " < " + hiText, ok
	}
	return x + " < " + loText + " || " + x + " >= " + hiText, ok
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
func (c *checker) classCall(site *fiximport.Ref, t *classTest) (call string, ok bool) {
	arg, ok := c.exprText(t.operand), site.Scope != nil
	if typ := c.info.TypeOf(t.operand); typ != nil && !types.Identical(typ, types.Typ[types.Int]) {
		arg = "int(" + arg + ")"
		if ok {
			_, obj := site.Scope.LookupParent("int", site.Pos)
			ok = obj == types.Universe.Lookup("int")
		}
	}
	call = site.Text() + "(" + arg + ")"
	if t.negate {
		call = "!" + call
	}
	return call, ok
}
