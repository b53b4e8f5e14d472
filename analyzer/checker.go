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

// A checker finds and reports the bare status codes of one package.
type checker struct {
	pass      *analysis.Pass
	info      *types.Info
	cfg       *config
	userSinks map[string][]userSink   // -sinks entries by function name
	writers   map[*types.Func]bool    // memo of isResponseWriterMethod
	flow      flow                    // evidence for the package's own status parameters
	found     map[*ast.File][]finding // by file
	err       error                   // the first configuration error met
}

func newChecker(pass *analysis.Pass, cfg *config) *checker {
	c := &checker{
		pass:      pass,
		info:      pass.TypesInfo,
		cfg:       cfg,
		userSinks: make(map[string][]userSink),
		writers:   make(map[*types.Func]bool),
		found:     make(map[*ast.File][]finding),
	}
	for _, u := range cfg.sinks {
		c.userSinks[u.name] = append(c.userSinks[u.name], u)
	}
	c.flow.init()
	return c
}

// fail records a configuration error, which the run returns.
func (c *checker) fail(err error) {
	if c.err == nil {
		c.err = err
	}
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
func (c *checker) check(files []*ast.File) {
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
}

// A walk holds the state of the walk of one declaration.
type walk struct {
	c      *checker
	file   *ast.File
	scope  *types.Scope  // the scope of the declaration
	fn     *ast.FuncDecl // the declaration, if a function
	names  []string      // the names of its parameters
	params []*types.Var  // its candidate status parameters, once computed
	ready  bool          // whether params is computed
	buf    []*types.Var  // reused for params
}

// walkFile collects the findings of one file, and evidence for wrappers.
func (c *checker) walkFile(file *ast.File) {
	fileScope := c.info.Scopes[file]
	w := &walk{c: c, file: file}
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
			c.checkDeclaredSink(fn)
		}
		ast.Inspect(decl, visit)
	}
}

// checkDeclaredSink checks the -sinks entries naming a function declared
// in the package, even if the package never calls it.
func (c *checker) checkDeclaredSink(decl *ast.FuncDecl) {
	entries := c.userSinks[decl.Name.Name]
	if entries == nil {
		return
	}
	if fn, ok := c.info.Defs[decl.Name].(*types.Func); ok {
		for _, u := range entries {
			if u.matches(fn) {
				c.checkUserSink(u, fn)
			}
		}
	}
}

// add records what reaches a status position of kind k whose type is
// want (nil if unknown): a bare literal is a finding, a candidate status
// parameter gets evidence.
func (w *walk) add(e ast.Expr, want types.Type, k kind) {
	if l, ok := bareLiteral(w.c.info, e, want); ok {
		if k.reported(l.value) {
			w.c.found[w.file] = append(w.c.found[w.file], finding{literal: l, kind: k, scope: w.scope})
		}
		return
	}
	if s, ok := w.slotOf(e); ok {
		w.c.flow.reaches(s, k)
	}
}

func (w *walk) visit(n ast.Node) bool {
	c := w.c
	switch n := n.(type) {
	case *ast.CallExpr:
		// Have: w.WriteHeader(404), c.JSON(200, v), assert.Equal(t, 200, rec.Code), writeJSON(w, 400, v)
		w.checkCall(n)

	case *ast.CompositeLit:
		// Have: http.Response{StatusCode: 404}, APIResponse{404, "x"}
		w.checkCompositeLit(n)

	case *ast.AssignStmt:
		w.assigned(n.Lhs...)
		// Have: resp.StatusCode = 404
		if n.Tok != token.ASSIGN || len(n.Lhs) != len(n.Rhs) {
			return true // a definition, an op-assignment, or a multi-value call
		}
		for i, lhs := range n.Lhs {
			if k, ok := c.statusField(lhs); ok {
				w.add(n.Rhs[i], c.info.TypeOf(lhs), k)
			}
		}

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
			if k, ok := c.statusExpr(n.X); ok {
				w.add(n.Y, c.info.TypeOf(n.X), k)
			} else if k, ok := c.statusExpr(n.Y); ok {
				w.add(n.X, c.info.TypeOf(n.Y), k)
			}
		}

	case *ast.SwitchStmt:
		// Have: switch resp.StatusCode { case 404, 410: }
		if n.Tag == nil {
			return true
		}
		k, ok := c.statusExpr(n.Tag)
		if !ok {
			return true
		}
		tagType := c.info.TypeOf(n.Tag)
		for _, stmt := range n.Body.List {
			if clause, ok := stmt.(*ast.CaseClause); ok {
				for _, e := range clause.List {
					w.add(e, tagType, k)
				}
			}
		}
	}
	return true
}

// checkCall checks a call: a status position of net/http, a framework or
// -sinks, an assertion, or a call of a function of this package.
func (w *walk) checkCall(call *ast.CallExpr) {
	c := w.c
	known := c.knownName(calleeName(call.Fun))
	local := w.mayPassStatus(call)
	if !known && !local {
		return // fast path: no type lookups
	}
	fn, ok := typeutil.Callee(c.info, call).(*types.Func)
	if !ok || fn.Pkg() == nil {
		return // not a call of a declared function or method
	}
	fn = fn.Origin()
	sig := fn.Signature()
	sinkArg := -1
	if known {
		if s, ok := c.callSink(fn); ok && s.arg < len(call.Args) {
			sinkArg = s.arg
			if s.kind == reachesWriteHeader && sig.Recv() != nil && !c.netHTTPReceiver(call.Fun) {
				s.kind = statusArg // not net/http's WriteHeader for sure: report 100-999 only
			}
			w.add(call.Args[s.arg], paramType(sig, s.arg), s.kind)
		}
		if first, ok := assertionArgs(fn); ok && first+1 < len(call.Args) {
			// Have: assert.Equal(t, 200, rec.Code), s.Equal(rec.Code, 200)
			expected, actual := call.Args[first], call.Args[first+1]
			if k, ok := c.statusExpr(actual); ok {
				w.add(expected, nil, k)
			} else if k, ok := c.statusExpr(expected); ok {
				w.add(actual, nil, k)
			}
		}
	}
	if local && fn.Pkg() == c.pass.Pkg {
		w.localCall(call, fn, sinkArg)
	}
}

// netHTTPReceiver reports whether fun, a method selector such as
// w.WriteHeader, is called on a value whose type is declared by net/http
// or httptest: http.ResponseWriter itself, *httptest.ResponseRecorder.
// Another type (gin's writer, or an interface embedding ResponseWriter
// such as gin's ResponseWriter) may accept what net/http rejects: gin's
// ignores codes <= 0.
func (c *checker) netHTTPReceiver(fun ast.Expr) bool {
	sel, ok := ast.Unparen(fun).(*ast.SelectorExpr)
	if !ok {
		return false
	}
	named, ok := types.Unalias(deref(c.info.TypeOf(sel.X))).(*types.Named)
	if !ok || named.Obj().Pkg() == nil {
		return false
	}
	path := named.Obj().Pkg().Path()
	return path == "net/http" || path == "net/http/httptest"
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
			if statusArg.reported(l.value) { // the widest range of a status parameter
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
	t, ok := w.c.classTestOf(e)
	if !ok {
		return false
	}
	class := new(classTest)
	*class = t
	l := literal{lit: e, replace: e}
	w.c.found[w.file] = append(w.c.found[w.file], finding{literal: l, scope: w.scope, class: class})
	return true
}

// paramType returns the type of the parameter that argument i of a call
// of sig is passed to: the element type for the variadic part.
func paramType(sig *types.Signature, i int) types.Type {
	params := sig.Params()
	if sig.Variadic() && i >= params.Len()-1 {
		if slice, ok := params.At(params.Len() - 1).Type().Underlying().(*types.Slice); ok {
			return slice.Elem()
		}
		return nil
	}
	return params.At(i).Type()
}

// checkCompositeLit adds the bare codes of the status fields of a struct
// literal, keyed or positional.
func (w *walk) checkCompositeLit(lit *ast.CompositeLit) {
	owner, st := structOf(w.c.info.TypeOf(lit))
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
			w.add(value, field.Type(), k)
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
