package analyzer

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/analysis"

	"github.com/barestatus/barestatus/internal/catalog"
)

// A checker finds and reports the bare status codes of one package.
type checker struct {
	pass    *analysis.Pass
	info    *types.Info
	style   style
	writers map[*types.Func]bool // memo of isResponseWriterMethod
}

func newChecker(pass *analysis.Pass, s style) *checker {
	return &checker{
		pass:    pass,
		info:    pass.TypesInfo,
		style:   s,
		writers: make(map[*types.Func]bool),
	}
}

// A finding is a bare literal at a position of some kind.
type finding struct {
	literal
	kind  kind
	scope *types.Scope // a scope enclosing the literal, or nil without type information
}

// checkFile reports the bare status codes of one file.
func (c *checker) checkFile(file *ast.File) {
	var found []finding
	var scope *types.Scope // the scope of the declaration being walked
	add := func(e ast.Expr, want types.Type, k kind) {
		if l, ok := bareLiteral(c.info, e, want); ok && k.reported(l.value) {
			found = append(found, finding{l, k, scope})
		}
	}
	visit := func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.CallExpr:
			// Have: w.WriteHeader(404), http.Error(w, msg, 404)
			if s, ok := c.callSink(n); ok && s.arg < len(n.Args) {
				add(n.Args[s.arg], types.Typ[types.Int], s.kind)
			}

		case *ast.CompositeLit:
			// Have: http.Response{StatusCode: 404}, APIResponse{404, "x"}
			c.checkCompositeLit(n, add)

		case *ast.AssignStmt:
			// Have: resp.StatusCode = 404
			if n.Tok != token.ASSIGN || len(n.Lhs) != len(n.Rhs) {
				return true // a definition, an op-assignment, or a multi-value call
			}
			for i, lhs := range n.Lhs {
				if k, ok := c.statusField(lhs); ok {
					add(n.Rhs[i], c.info.TypeOf(lhs), k)
				}
			}

		case *ast.BinaryExpr:
			// Have: resp.StatusCode != 200, 404 == rec.Code
			if n.Op != token.EQL && n.Op != token.NEQ {
				return true // range comparisons such as >= 400 are not a single code
			}
			if k, ok := c.statusField(n.X); ok {
				add(n.Y, c.info.TypeOf(n.X), k)
			} else if k, ok := c.statusField(n.Y); ok {
				add(n.X, c.info.TypeOf(n.Y), k)
			}

		case *ast.SwitchStmt:
			// Have: switch resp.StatusCode { case 404, 410: }
			if n.Tag == nil {
				return true
			}
			k, ok := c.statusField(n.Tag)
			if !ok {
				return true
			}
			tagType := c.info.TypeOf(n.Tag)
			for _, stmt := range n.Body.List {
				if clause, ok := stmt.(*ast.CaseClause); ok {
					for _, e := range clause.List {
						add(e, tagType, k)
					}
				}
			}
		}
		return true
	}
	fileScope := c.info.Scopes[file]
	for _, decl := range file.Decls {
		// Fixes look names up from the innermost scope of each site;
		// starting from the function's scope avoids searching every
		// function of the file.
		scope = fileScope
		if fn, ok := decl.(*ast.FuncDecl); ok && c.info.Scopes[fn.Type] != nil {
			scope = c.info.Scopes[fn.Type]
		}
		ast.Inspect(decl, visit)
	}
	if len(found) > 0 {
		c.report(file, found)
	}
}

// checkCompositeLit adds the bare codes of the status fields of a struct
// literal, keyed or positional.
func (c *checker) checkCompositeLit(lit *ast.CompositeLit, add func(ast.Expr, types.Type, kind)) {
	owner, st := structOf(c.info.TypeOf(lit))
	if owner == nil || st == nil {
		return // not a named struct type: no status fields
	}
	for i, elt := range lit.Elts {
		var field *types.Var
		value := elt
		if kv, ok := elt.(*ast.KeyValueExpr); ok {
			key, ok := kv.Key.(*ast.Ident)
			if !ok {
				continue
			}
			field = structField(st, key.Name)
			value = kv.Value
		} else if i < st.NumFields() {
			field = st.Field(i)
		}
		if field == nil {
			continue // no such field: a type error
		}
		if k, ok := fieldKind(owner, field); ok {
			add(value, field.Type(), k)
		}
	}
}

// structField returns the field of st with the given name, or nil.
func structField(st *types.Struct, name string) *types.Var {
	for i := range st.NumFields() {
		if f := st.Field(i); f.Name() == name {
			return f
		}
	}
	return nil
}

// report reports the findings of one file, with a fix for each that has
// a named constant.
func (c *checker) report(file *ast.File, found []finding) {
	var fixes []*fixSite
	sites := make([]*fixSite, len(found))
	for i, f := range found {
		if f.kind.invalid(f.value) {
			continue
		}
		code, ok := catalog.Lookup(int(f.value))
		if !ok {
			continue
		}
		pos := f.replace.Pos()
		site := &fixSite{pos: pos, target: c.target(code)}
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
		switch {
		case f.kind.invalid(f.value):
			diag.Message = fmt.Sprintf("invalid HTTP status code %d: net/http panics on codes outside 100-999", f.value)
		case site == nil:
			diag.Message = fmt.Sprintf("bare HTTP status code %d: no named constant", f.value)
		default:
			diag.Message = fmt.Sprintf("bare HTTP status code %d: use %s", f.value, site.spelling())
			if site.usable {
				diag.SuggestedFixes = []analysis.SuggestedFix{{
					Message: fmt.Sprintf("Replace %s with %s", types.ExprString(f.replace), site.spelling()),
					TextEdits: append([]analysis.TextEdit{{
						Pos:     f.replace.Pos(),
						End:     f.replace.End(),
						NewText: []byte(site.spelling()),
					}}, site.imports...),
				}}
			}
		}
		c.pass.Report(diag)
	}
}

// target returns the constant that replaces code in the configured style.
func (c *checker) target(code catalog.Code) constRef {
	if c.style == styleNetHTTP && code.NetHTTP != "" {
		return constRef{path: "net/http", defaultName: "http", name: code.NetHTTP}
	}
	return constRef{path: StatusPath, defaultName: "status", name: code.Name}
}
