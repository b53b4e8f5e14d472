package analyzer

import (
	"cmp"
	"go/ast"
	"go/token"
	"go/types"
	"slices"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/typeutil"
)

// A checker finds and reports the bare status codes of one package. It
// walks each file once, hands the nodes to the matcher (match.go), and
// collects what reaches a status position: a bare literal is a finding,
// a slot's value is evidence for the flow (flow.go). After the walk it
// resolves the flow and reports the findings (report.go).
type checker struct {
	pass  *analysis.Pass
	info  *types.Info
	cfg   *config
	m     *matcher
	flow  flow                    // evidence for the package's own status parameters
	found map[*ast.File][]finding // by file
}

func newChecker(pass *analysis.Pass, cfg *config) *checker {
	c := &checker{
		pass:  pass,
		info:  pass.TypesInfo,
		cfg:   cfg,
		m:     newMatcher(pass.TypesInfo, cfg.sinks),
		found: make(map[*ast.File][]finding),
	}
	c.flow.init()
	return c
}

// A finding is a bare literal at a position of some kind, or a status
// class test spelled out.
type finding struct {
	literal
	kind  kind
	scope *types.Scope // a scope enclosing the literal, or nil without type information
	class *classTest   // for a class test: lit and replace span the whole test
}

// check checks the files of the package: it collects findings and the
// evidence for wrappers, infers the wrappers, then reports file by file.
// It returns the first configuration error met.
func (c *checker) check(files []*ast.File) error {
	for _, file := range files {
		c.walkFile(file)
	}
	for _, lit := range c.flow.resolve() {
		c.found[lit.file] = append(c.found[lit.file], lit.finding)
	}
	for _, file := range files {
		if found := c.found[file]; len(found) > 0 {
			slices.SortStableFunc(found, func(a, b finding) int { return cmp.Compare(a.lit.Pos(), b.lit.Pos()) })
			c.report(file, found)
		}
	}
	return c.m.err
}

// A walk holds the state of the walk of one declaration.
type walk struct {
	c       *checker
	m       *matcher
	file    *ast.File
	scope   *types.Scope  // the scope of the declaration
	fn      *ast.FuncDecl // the declaration, if a function
	names   []string      // the names of its parameters
	params  []*types.Var  // its candidate status parameters, once computed
	ready   bool          // whether params is computed
	buf     []*types.Var  // reused for params
	reaches []reach       // reused for the matchers' results
}

// walkFile collects the findings of one file, and evidence for wrappers.
func (c *checker) walkFile(file *ast.File) {
	fileScope := c.info.Scopes[file]
	w := &walk{c: c, m: c.m, file: file}
	visit := w.visit // one method value for the file
	for _, decl := range file.Decls {
		// Fixes look names up from the innermost scope of each site;
		// starting from the function's scope avoids searching every
		// function of the file.
		w.scope, w.fn, w.names, w.params, w.ready = fileScope, nil, w.names[:0], nil, false
		if fn, ok := decl.(*ast.FuncDecl); ok {
			if c.info.Scopes[fn.Type] != nil {
				w.scope = c.info.Scopes[fn.Type]
			}
			w.fn = fn
			for _, field := range fn.Type.Params.List {
				if !mayBeInteger(field.Type) {
					continue
				}
				for _, name := range field.Names {
					w.names = append(w.names, name.Name)
				}
			}
			c.m.checkDeclaredSink(fn)
		}
		ast.Inspect(decl, visit)
	}
}

func (w *walk) visit(n ast.Node) bool {
	switch n := n.(type) {
	case *ast.CallExpr:
		// Have: w.WriteHeader(404), c.JSON(200, v), assert.Equal(t, 200, rec.Code), writeJSON(w, 400, v)
		w.checkCall(n)
	case *ast.CompositeLit:
		// Have: http.Response{StatusCode: 404}, APIResponse{404, "x"}
		w.addAll(w.m.compositeLit(w.reaches[:0], n))
	case *ast.AssignStmt:
		w.assigned(n.Lhs...)
		// Have: resp.StatusCode = 404
		w.addAll(w.m.assign(w.reaches[:0], n))
	case *ast.IncDecStmt:
		w.assigned(n.X)
	case *ast.RangeStmt:
		if n.Tok == token.ASSIGN {
			w.assigned(n.Key, n.Value)
		}
	case *ast.UnaryExpr:
		if n.Op == token.AND {
			w.assigned(n.X) // &code: it may change behind our back
			return true
		}
		// Have: !(resp.StatusCode >= 200 && resp.StatusCode < 300)
		return !w.checkClassTest(n)
	case *ast.BinaryExpr:
		return w.checkBinary(n)
	case *ast.SwitchStmt:
		// Have: switch resp.StatusCode { case 404, 410: }
		w.addAll(w.m.switchCases(w.reaches[:0], n))
	}
	return true
}

// checkBinary checks a binary expression: a class test, or a comparison
// with a status expression. It reports whether to visit the operands.
func (w *walk) checkBinary(n *ast.BinaryExpr) bool {
	switch n.Op {
	case token.LAND, token.LOR:
		// Have: resp.StatusCode >= 200 && resp.StatusCode < 300
		return !w.checkClassTest(n)
	case token.EQL, token.NEQ:
		// Have: resp.StatusCode/100 == 2
		if w.checkClassTest(n) {
			return false
		}
		// Have: resp.StatusCode != 200, 404 == rec.Code
		if r, ok := w.m.comparison(n); ok {
			w.add(r)
		}
	}
	return true
}

// add records what reaches a status position: a bare literal is a
// finding, a slot's value is evidence.
func (w *walk) add(r reach) {
	if l, ok := bareLiteral(w.c.info, r.e, r.want); ok {
		if r.kind.reported(l.value) {
			w.c.found[w.file] = append(w.c.found[w.file], finding{literal: l, kind: r.kind, scope: w.scope})
		}
		return
	}
	if s, ok := w.slotOf(r.e); ok {
		w.c.flow.reaches(s, r.kind)
	}
}

// addAll adds each of rs, and keeps rs's storage for the next matcher.
func (w *walk) addAll(rs []reach) {
	for _, r := range rs {
		w.add(r)
	}
	w.reaches = rs[:0]
}

// checkCall checks a call: a status position of net/http, a framework or
// -sinks, an assertion, or a call of a function of this package.
func (w *walk) checkCall(call *ast.CallExpr) {
	known := w.m.knownName(calleeName(call.Fun))
	local := w.mayPassStatus(call)
	if !known && !local {
		return // fast path: no type lookups
	}
	callee := typeutil.Callee(w.c.info, call)
	if v, ok := callee.(*types.Var); ok && known {
		// Have: huma.NewError(404, "x"), a package-level variable of func type
		w.addAll(w.m.funcVarCall(w.reaches[:0], call, v))
		return
	}
	fn, ok := callee.(*types.Func)
	if !ok || fn.Pkg() == nil {
		return // not a call of a declared function or method
	}
	fn = fn.Origin()
	sinkArg := -1
	if known {
		var rs []reach
		rs, sinkArg = w.m.call(w.reaches[:0], call, fn)
		w.addAll(rs)
	}
	if local && fn.Pkg() == w.c.pass.Pkg {
		w.localCall(call, fn, sinkArg)
	}
}

// localCall records, for each integer argument of a call of fn, a
// function of this package, the literal or the parameter passed: they
// are findings or evidence once the wrappers are known.
func (w *walk) localCall(call *ast.CallExpr, fn *types.Func, skip int) {
	sig := fn.Signature()
	for i, arg := range call.Args {
		if i == skip || sig.Variadic() && i >= sig.Params().Len()-1 {
			continue
		}
		if isInt, _ := integerParam(sig, i); !isInt {
			continue
		}
		to := slot{sig.Params().At(i)}
		if l, ok := bareLiteral(w.c.info, arg, sig.Params().At(i).Type()); ok {
			if validCodes.reported(l.value) { // the widest range of a status parameter
				w.c.flow.holds(to, heldLit{file: w.file, finding: finding{literal: l, scope: w.scope}})
			}
		} else if from, ok := w.slotOf(arg); ok {
			w.c.flow.passes(from, to)
		}
	}
}

// checkClassTest records e as a finding if it tests a status class, and
// reports whether it does.
func (w *walk) checkClassTest(e ast.Expr) bool {
	t, ok := w.m.classTestOf(e)
	if !ok {
		return false
	}
	class := new(classTest)
	*class = t
	l := literal{lit: e, replace: e}
	w.c.found[w.file] = append(w.c.found[w.file], finding{literal: l, scope: w.scope, class: class})
	return true
}
