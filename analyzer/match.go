package analyzer

import (
	"go/ast"
	"go/token"
	"go/types"
	"iter"
)

// call appends to rs what reaches a status position in a call of fn:
// the status argument of a call position (returning its index, or -1),
// and the literal an equality assertion compares with a status
// expression.
func (m *matcher) call(rs []reach, call *ast.CallExpr, fn *types.Func) (_ []reach, sinkArg int) {
	recv := m.receiverArgs(call)
	rs, sinkArg = m.sinkArg(rs, call.Fun, call.Args, recv, fn)
	if first, ok := assertionArgs(fn); ok && recv+first+1 < len(call.Args) {
		// Have: assert.Equal(t, 200, rec.Code), s.Equal(rec.Code, 200)
		expected, actual := call.Args[recv+first], call.Args[recv+first+1]
		if k, ok := m.statusExpr(actual); ok {
			rs = append(rs, reach{expected, nil, k})
		} else if k, ok := m.statusExpr(expected); ok {
			rs = append(rs, reach{actual, nil, k})
		}
	}
	return m.chained(rs, call, fn), sinkArg
}

// sinkArg appends to rs the status argument among args of a call of fn
// through fun (w.WriteHeader, or the selector a function variable was
// set from), returning its index, or -1; recv is how many arguments come
// before fn's parameters (see receiverArgs).
func (m *matcher) sinkArg(rs []reach, fun ast.Expr, args []ast.Expr, recv int, fn *types.Func) (_ []reach, sinkArg int) {
	s, ok := m.callSink(fn)
	if !ok || recv+s.arg >= len(args) {
		return rs, -1
	}
	sig := fn.Signature()
	if s.kind == writeHeaderCodes && sig.Recv() != nil && !m.netHTTPReceiver(fun) {
		s.kind = validCodes // not net/http's WriteHeader for sure: report 100-999 only
	}
	return append(rs, reach{args[recv+s.arg], paramType(sig, s.arg), s.kind}), recv + s.arg
}

// receiverArgs returns how many of a call's arguments come before the
// parameters of its function: 1 for a method expression, whose first
// argument is the receiver (http.ResponseWriter.WriteHeader(w, 503)),
// and 0 otherwise.
func (m *matcher) receiverArgs(call *ast.CallExpr) int {
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return 0
	}
	if selection, ok := m.info.Selections[sel]; ok && selection.Kind() == types.MethodExpr {
		return 1
	}
	return 0
}

// netHTTPReceiver reports whether fun, a method selector such as
// w.WriteHeader, is called on a value whose type is declared by net/http
// or httptest: http.ResponseWriter itself, *httptest.ResponseRecorder.
// Another type (gin's writer, or an interface embedding ResponseWriter
// such as gin's ResponseWriter) may accept what net/http rejects: gin's
// ignores codes <= 0.
func (m *matcher) netHTTPReceiver(fun ast.Expr) bool {
	sel, ok := ast.Unparen(fun).(*ast.SelectorExpr)
	if !ok {
		return false
	}
	named, ok := types.Unalias(deref(m.info.TypeOf(sel.X))).(*types.Named)
	if !ok || named.Obj().Pkg() == nil {
		return false
	}
	path := named.Obj().Pkg().Path()
	return path == "net/http" || path == "net/http/httptest"
}

// compositeLit appends to rs the values of the status fields of a struct
// literal, keyed or positional: http.Response{StatusCode: 404}.
func (m *matcher) compositeLit(rs []reach, lit *ast.CompositeLit) []reach {
	owner, st := structLitOf(m.info, lit)
	if owner == nil || st == nil {
		return rs // not a named struct type: no status fields
	}
	for field, value := range fieldValues(st, lit) {
		if k, ok := m.fieldKind(owner, field); ok {
			rs = append(rs, reach{value, field.Type(), k})
		} else if k, ok := codeListKind(owner, field); ok {
			rs = m.codeList(rs, value, k) // Have: Operation{Errors: []int{404, 412}}
		}
	}
	return rs
}

// assign appends to rs the values assigned to status fields and the
// codes assigned to code list fields: resp.StatusCode = 404,
// op.Errors = []int{409, 422}.
func (m *matcher) assign(rs []reach, n *ast.AssignStmt) []reach {
	if n.Tok != token.ASSIGN || len(n.Lhs) != len(n.Rhs) {
		return rs // a definition, an op-assignment, or a multi-value call
	}
	for i, lhs := range n.Lhs {
		if k, ok := m.statusField(lhs); ok {
			rs = append(rs, reach{n.Rhs[i], m.info.TypeOf(lhs), k})
		} else if isListValue(n.Rhs[i]) {
			if k, ok := m.codeListField(lhs); ok {
				rs = m.codeList(rs, n.Rhs[i], k) // Have: op.Errors = []int{409, 422}
			}
		}
	}
	return rs
}

// isListValue reports whether e may put codes into a code list field: a
// composite literal or a call (of append), not a variable.
func isListValue(e ast.Expr) bool {
	switch ast.Unparen(e).(type) {
	case *ast.CompositeLit, *ast.CallExpr:
		return true
	}
	return false
}

// comparison reports the operand an == or != compares with a status
// expression: resp.StatusCode != 200, 404 == rec.Code.
func (m *matcher) comparison(n *ast.BinaryExpr) (reach, bool) {
	if k, ok := m.statusExpr(n.X); ok {
		return reach{n.Y, m.info.TypeOf(n.X), k}, true
	}
	if k, ok := m.statusExpr(n.Y); ok {
		return reach{n.X, m.info.TypeOf(n.Y), k}, true
	}
	return reach{}, false
}

// switchCases appends to rs the case values of a switch on a status
// expression: switch resp.StatusCode { case 404, 410: }.
func (m *matcher) switchCases(rs []reach, n *ast.SwitchStmt) []reach {
	if n.Tag == nil {
		return rs
	}
	k, ok := m.statusExpr(n.Tag)
	if !ok {
		return rs
	}
	tagType := m.info.TypeOf(n.Tag)
	for _, stmt := range n.Body.List {
		if clause, ok := stmt.(*ast.CaseClause); ok {
			for _, e := range clause.List {
				rs = append(rs, reach{e, tagType, k})
			}
		}
	}
	return rs
}

// fieldValues yields the field and the value of each element of lit, a
// literal of the struct type st, keyed or positional; an element that
// names no field (a type error) is skipped.
func fieldValues(st *types.Struct, lit *ast.CompositeLit) iter.Seq2[*types.Var, ast.Expr] {
	return func(yield func(*types.Var, ast.Expr) bool) {
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
			if !yield(field, value) {
				return
			}
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
