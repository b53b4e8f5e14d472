package analyzer

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/types/typeutil"
)

// A walk holds the state of the walk of one declaration.
type walk struct {
	c       *checker
	m       *matcher
	file    *ast.File
	scope   *types.Scope      // the scope of the declaration
	fn      *ast.FuncDecl     // the declaration, if a function
	names   []string          // the names of its parameters
	params  []*types.Var      // its candidate status parameters, once computed
	ready   bool              // whether params is computed
	buf     []*types.Var      // reused for params
	reaches []reach           // reused for the matchers' results
	lits    int               // how many function literals enclose the node
	res     *types.Tuple      // the function's results, once computed
	links   []*ast.BinaryExpr // reused for the links of an && chain
}

// walkFile collects the findings of one file, and evidence for wrappers.
func (c *checker) walkFile(file *ast.File) {
	fileScope := c.info.Scopes[file]
	w := &walk{c: c, m: c.m, file: file}
	for _, decl := range file.Decls {
		// Fixes look names up from the innermost scope of each site;
		// starting from the function's scope avoids searching every
		// function of the file.
		w.scope, w.fn, w.names, w.params, w.ready, w.lits, w.res = fileScope, nil, w.names[:0], nil, false, 0, nil
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
			if fn.Body != nil {
				ast.Walk(w, fn.Body) // its signature holds no values
			}
			continue
		}
		ast.Walk(w, decl)
	}
}

// Visit visits n for ast.Walk, which calls it directly: ast.Inspect
// would add a call of its own per node (BenchmarkAnalyzerOnDir on fiber).
func (w *walk) Visit(n ast.Node) ast.Visitor {
	if n != nil && w.visit(n) {
		return w
	}
	return nil
}

func (w *walk) visit(n ast.Node) bool {
	switch n := n.(type) {
	case *ast.CallExpr:
		// Have: w.WriteHeader(404), c.JSON(200, v), assert.Equal(t, 200, rec.Code), writeJSON(w, 400, v)
		w.checkCall(n)
	case *ast.CompositeLit:
		// Have: http.Response{StatusCode: 404}, APIResponse{404, "x"}
		w.addAll(w.m.compositeLit(w.reaches[:0], n))
		// Have: []testCase{{name: "missing", want: 404}}
		w.ownCompositeLit(n)
	case *ast.AssignStmt:
		w.visitAssign(n)
	case *ast.ValueSpec:
		// Have: var code = 200, var write = w.WriteHeader
		if len(n.Values) > 0 {
			names := identExprs(n.Names)
			w.assignSlots(token.DEFINE, names, n.Values)
			w.funcValues(token.DEFINE, names, n.Values)
		}
	case *ast.ReturnStmt:
		// Have: return 404, err
		w.returned(n)
	case *ast.FuncLit:
		// A return inside a function literal returns from it, not from
		// the declaration: its results are not slots.
		outer := w.scope
		if s := w.c.info.Scopes[n.Type]; s != nil {
			w.scope = s // a literal outside functions is in the file scope (see innermost)
		}
		w.lits++
		ast.Walk(w, n.Body)
		w.lits--
		w.scope = outer
		return false
	case *ast.IncDecStmt, *ast.RangeStmt, *ast.IndexExpr, *ast.SliceExpr:
		w.spoilUses(n)
	case *ast.UnaryExpr:
		return w.visitUnary(n)
	case *ast.BinaryExpr:
		return w.checkBinary(n)
	case *ast.GenDecl:
		// Imports and types hold no values, and constants no status
		// positions: a constant expression calls no function.
		return n.Tok == token.VAR
	case *ast.FuncType, *ast.StructType, *ast.InterfaceType:
		return false // types hold no values
	case *ast.SwitchStmt:
		// Have: switch resp.StatusCode { case 404, 410: }
		rs := w.m.switchCases(w.reaches[:0], n)
		if len(rs) == 0 && n.Tag != nil {
			// Have: switch code { case 409: }
			w.switchSlot(n)
		}
		w.addAll(rs)
	}
	return true
}

// visitAssign checks an assignment or a definition: of a status field,
// of slots, of parameters, of function variables.
func (w *walk) visitAssign(n *ast.AssignStmt) {
	w.assigned(n.Lhs...)
	// Have: resp.StatusCode = 404
	w.addAll(w.m.assign(w.reaches[:0], n))
	// Have: code := 200, code = resp.StatusCode, got, want := rec.Code, 200
	w.assignSlots(n.Tok, n.Lhs, n.Rhs)
	// Have: write := w.WriteHeader
	w.funcValues(n.Tok, n.Lhs, n.Rhs)
}

// checkBinary checks a binary expression: a class test, or a comparison
// with a status expression. It reports whether to visit the operands.
func (w *walk) checkBinary(n *ast.BinaryExpr) bool {
	switch n.Op {
	case token.LSS, token.LEQ, token.GTR, token.GEQ:
		w.bounded(n) // Have: i < n
	case token.ADD, token.SUB, token.MUL, token.QUO, token.REM,
		token.AND, token.OR, token.XOR, token.SHL, token.SHR, token.AND_NOT:
		w.spoil(n.X, n.Y) // Have: code * 2, attempts - 1
	case token.LAND, token.LOR:
		if isChain(n) {
			// Have: err == nil && resp.StatusCode >= 200 && resp.StatusCode < 300
			w.checkChain(n)
			return false
		}
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
		} else {
			// Have: code == 404, got != want
			w.relate(n.X, n.Y, true)
		}
	}
	return true
}

// add records what reaches a status position: a bare literal is a
// finding, a slot's value is evidence.
func (w *walk) add(r reach) {
	if h, ok := w.reached(r); ok {
		w.c.apply(h)
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
	name := calleeName(call.Fun)
	known := w.m.knownName(name)
	local := len(call.Args) > 0 && w.c.paramFuncs[name]
	if (name == "make" || name == "append") && len(call.Args) > 1 {
		w.builtinCall(call, name)
	}
	if !known && !local {
		w.funcValCall(call) // Have: write(500), after write := w.WriteHeader
		return              // fast path: no type lookups
	}
	callee := typeutil.Callee(w.c.info, call)
	if v, ok := callee.(*types.Var); ok {
		if known {
			// Have: huma.NewError(404, "x"), a package-level variable of func type
			w.addAll(w.m.funcVarCall(w.reaches[:0], call, v))
		}
		w.funcValCall(call) // Have: Error(w, "x", 500), after Error := http.Error
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
		if first, ok := assertionArgs(fn); ok {
			// Have: assert.Equal(t, tt.want, rec.Code), assert.Equal(t, 200, code)
			if first += w.m.receiverArgs(call); first+1 < len(call.Args) {
				w.relate(call.Args[first], call.Args[first+1], false)
			}
		}
	}
	if local && fn.Pkg() == w.c.pass.Pkg {
		w.localCall(call, fn, sinkArg)
	}
}

// builtinCall checks a call of the builtin make, whose sizes are no
// status codes, or append, whose values appended to a code list field
// are.
func (w *walk) builtinCall(call *ast.CallExpr, name string) {
	if name == "append" {
		// Have: append(op.Errors, 409, 410)
		w.addAll(w.m.appendedCodes(w.reaches[:0], call))
		return
	}
	if _, ok := w.c.info.Uses[calleeIdent(call.Fun)].(*types.Builtin); ok {
		w.spoil(call.Args[1:]...) // Have: make([]byte, n)
	}
}

// localCall records, for each integer argument of a call of fn, a
// function of this package, the literal or the parameter passed: they
// are findings or evidence once the wrappers are known.
func (w *walk) localCall(call *ast.CallExpr, fn *types.Func, skip int) {
	sig := fn.Signature()
	recv := w.m.receiverArgs(call) // Have: (*server).reply(s, w, 201)
	for j, arg := range call.Args {
		i := j - recv // the parameter's index
		if j == skip || i < 0 || sig.Variadic() && i >= sig.Params().Len()-1 {
			continue
		}
		if isInt, _ := integerParam(sig, i); !isInt {
			continue
		}
		to := slot{sig.Params().At(i)}
		u := unwrap(w.c.info, arg)
		if l, ok := bareLiteral(w.c.info, u, sig.Params().At(i).Type()); ok {
			if validCodes.reported(l.value) { // the widest range of a status parameter
				w.c.flow.holds(to, heldLit{file: w.file, finding: finding{literal: l, scope: w.scope}})
			}
		} else if from, ok := w.operandSlot(u.operand); ok {
			w.c.flow.passes(from, to)
		}
	}
}
