package analyzer

import (
	"go/ast"
	"go/types"
	"maps"
	"strings"

	"golang.org/x/tools/go/types/typeutil"
)

// A sink is the status code parameter of a call: the argument's index
// and the position's kind.
type sink struct {
	arg  int
	kind kind
}

// shapeFieldNames are the field names that make an integer field of a
// *Response struct a status code position.
var shapeFieldNames = map[string]bool{
	"Status":         true,
	"StatusCode":     true,
	"HTTPStatus":     true,
	"HTTPStatusCode": true,
}

// statusFieldNames are the names of fieldPositions and shapeFieldNames.
// statusField looks up only selections of these names: a spelling test
// that spares a type lookup for most selectors compared or assigned
// (BenchmarkAnalyzer/net/http; the match itself is by type).
var statusFieldNames = func() map[string]bool {
	names := maps.Clone(shapeFieldNames)
	for _, p := range fieldPositions {
		names[p.name] = true
	}
	return names
}()

// calleeName returns the name a call's function is spelled with: the
// selector of w.WriteHeader, or the identifier of Error under a dot import.
func calleeName(fun ast.Expr) string {
	switch fun := ast.Unparen(fun).(type) {
	case *ast.SelectorExpr:
		return fun.Sel.Name
	case *ast.Ident:
		return fun.Name
	case *ast.IndexExpr: // a generic function, instantiated explicitly
		return calleeName(fun.X)
	case *ast.IndexListExpr:
		return calleeName(fun.X)
	}
	return ""
}

// knownName reports whether a call spelled with name may be a status
// position of net/http, a framework or -sinks, or an assertion. It only
// spares the type lookups of calls that cannot match; the match itself
// is by type. BenchmarkAnalyzer/net/http shows it pays: without it the
// pass takes twice as long (6.8ms against 3.4ms, median of five).
func (m *matcher) knownName(name string) bool {
	return knownNames[name] || len(m.userSinks) > 0 && m.userSinks[name] != nil
}

// knownNames are the names of the functions and methods of callIndex and
// assertionIndex, and WriteHeader.
var knownNames = func() map[string]bool {
	names := map[string]bool{"WriteHeader": true}
	for name := range callIndex {
		names[name] = true
	}
	for name := range assertionIndex {
		names[name] = true
	}
	for _, idx := range []funcIndex[callPosition]{funcVarIndex, everyArgIndex} {
		for name := range idx {
			names[name] = true
		}
	}
	for name := range verbIndex {
		names[name] = true
	}
	return names
}()

// callSink reports the status code parameter of fn, the function a call
// calls, if it has one.
func (m *matcher) callSink(fn *types.Func) (sink, bool) {
	sig := fn.Signature()
	for _, p := range callIndex[fn.Name()] {
		if p.matches(fn) {
			isInt, _ := integerParam(sig, p.arg)
			return sink{p.arg, p.kind}, isInt
		}
	}
	for _, u := range m.userSinks[fn.Name()] {
		if u.form == argumentSink && u.matches(fn) {
			return sink{u.arg, validCodes}, m.checkUserSink(u, fn)
		}
	}
	// Have: w.WriteHeader(404), on any type that implements ResponseWriter.
	if fn.Name() != "WriteHeader" || sig.Recv() == nil || sig.Params().Len() != 1 || sig.Results().Len() != 0 {
		return sink{}, false
	}
	if !types.Identical(sig.Params().At(0).Type(), types.Typ[types.Int]) {
		return sink{}, false
	}
	return sink{0, writeHeaderCodes}, m.isResponseWriterMethod(fn)
}

// assertionArgs reports whether fn is an equality assertion, and the
// indexes of its expected and actual arguments.
func assertionArgs(fn *types.Func) (int, bool) {
	for _, a := range assertionIndex[fn.Name()] {
		if a.matches(fn) {
			return a.first, true
		}
	}
	return 0, false
}

// fieldKind reports whether field, declared in the struct type owner,
// is a status code field, and of which kind: one of the table, a -sinks
// field entry, or one matched by shape.
func (m *matcher) fieldKind(owner *types.Named, field *types.Var) (kind, bool) {
	if owner != nil && len(m.userSinks) > 0 {
		// Every field entry naming owner is checked when owner is seen,
		// so that one naming a missing field fails the run too.
		for _, entries := range m.userSinks {
			for _, u := range entries {
				if u.form != fieldSink || !u.owns(owner.Obj()) {
					continue
				}
				fits := m.checkUserField(u, owner)
				if u.name == field.Name() {
					// Have: HealthStatus{StatusCode: 503}, with -sinks=example.com/api.HealthStatus.StatusCode
					return validCodes, fits
				}
			}
		}
	}
	return fieldKind(owner, field)
}

// fieldKind reports whether field, declared in the struct type owner,
// is a status code field of the table or by shape, and of which kind.
func fieldKind(owner *types.Named, field *types.Var) (kind, bool) {
	if owner == nil || !isInteger(field.Type()) {
		return 0, false
	}
	obj := owner.Obj()
	for _, p := range fieldPositions {
		if p.owns(obj) {
			return p.kind, field.Name() == p.name
		}
	}
	// Have: APIResponse{Status: 404}, by shape.
	return namedCodes, strings.HasSuffix(obj.Name(), "Response") && shapeFieldNames[field.Name()]
}

// statusExpr reports whether e (parentheses aside) is a status code: a
// status field such as resp.StatusCode or rec.Code, or a call of a
// status getter such as fasthttp's resp.StatusCode().
func (m *matcher) statusExpr(e ast.Expr) (kind, bool) {
	return m.statusOperand(unwrap(m.info, e).operand) // Have: int64(resp.StatusCode)
}

// statusOperand is statusExpr for an operand already unwrapped.
func (m *matcher) statusOperand(e ast.Expr) (kind, bool) {
	if call, ok := e.(*ast.CallExpr); ok {
		name := calleeName(call.Fun)
		getters, users := getterIndex[name], m.userSinks[name]
		if len(call.Args) != 0 {
			getters = nil // a getter takes no arguments; a -sinks entry's misfit is reported
		}
		if getters == nil && users == nil {
			return 0, false
		}
		fn, ok := typeutil.Callee(m.info, call).(*types.Func)
		if !ok {
			return 0, false
		}
		fn = fn.Origin()
		for _, g := range getters {
			if g.matches(fn) && returnsInteger(fn) {
				return g.kind, true
			}
		}
		for _, u := range users {
			// Have: r.StatusCode() == 200, with -sinks=(example.com/requests.Result).StatusCode()
			if u.form == resultSink && u.matches(fn) && m.checkUserResult(u, fn) {
				return validCodes, true
			}
		}
		return 0, false
	}
	return m.statusField(e)
}

// codeListKind reports whether field, declared in the struct type owner,
// is a slice of status codes, such as huma's Operation.Errors, and of
// which kind.
func codeListKind(owner *types.Named, field *types.Var) (kind, bool) {
	if owner == nil {
		return 0, false
	}
	slice, ok := field.Type().Underlying().(*types.Slice)
	if !ok || !isInteger(slice.Elem()) {
		return 0, false
	}
	for _, p := range codeListFields {
		if p.owns(owner.Obj()) && field.Name() == p.name {
			return p.kind, true
		}
	}
	return 0, false
}

// codeListField reports whether e (parentheses aside) selects a code
// list field, such as huma's op.Errors, and of which kind.
func (m *matcher) codeListField(e ast.Expr) (kind, bool) {
	sel, ok := ast.Unparen(e).(*ast.SelectorExpr)
	if !ok {
		return 0, false
	}
	selection, ok := m.info.Selections[sel]
	if !ok || selection.Kind() != types.FieldVal {
		return 0, false // a method, a qualified identifier, or no type information
	}
	return codeListKind(fieldOwner(selection))
}

// statusField reports whether e (parentheses aside) selects a status code
// field, such as resp.StatusCode or rec.Code, and of which kind.
func (m *matcher) statusField(e ast.Expr) (kind, bool) {
	sel, ok := ast.Unparen(e).(*ast.SelectorExpr)
	if !ok || !m.anyField && !statusFieldNames[sel.Sel.Name] {
		return 0, false // fast path: no status field has that name
	}
	selection, ok := m.info.Selections[sel]
	if !ok || selection.Kind() != types.FieldVal {
		return 0, false // a method, a qualified identifier, or no type information
	}
	owner, field := fieldOwner(selection)
	if field == nil {
		return 0, false
	}
	return m.fieldKind(owner, field)
}

// fieldOwner follows the path of a field selection, through embedded
// fields, to the selected field and the named struct type declaring it.
// owner is nil when that struct type is not named.
func fieldOwner(sel *types.Selection) (owner *types.Named, field *types.Var) {
	t := sel.Recv()
	for _, index := range sel.Index() {
		t = deref(t)
		owner, _ = types.Unalias(t).(*types.Named)
		st, ok := t.Underlying().(*types.Struct)
		if !ok || index >= st.NumFields() {
			return nil, nil
		}
		field = st.Field(index)
		t = field.Type()
	}
	return owner, field
}
