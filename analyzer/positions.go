package analyzer

import (
	"fmt"
	"go/ast"
	"go/types"
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
// is by type.
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
		if u.matches(fn) {
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

// checkUserSink reports whether the parameter a -sinks entry names
// exists and is an integer; if not, the run fails with an error naming
// the entry.
func (m *matcher) checkUserSink(u userSink, fn *types.Func) bool {
	isInt, exists := integerParam(fn.Signature(), u.arg)
	switch {
	case !exists:
		m.fail(fmt.Errorf("-sinks entry %q: %s has %d parameters, so it has no argument %d", u.entry, fn.FullName(), fn.Signature().Params().Len(), u.arg))
	case !isInt:
		m.fail(fmt.Errorf("-sinks entry %q: argument %d of %s is not an integer", u.entry, u.arg, fn.FullName()))
	}
	return isInt
}

// checkDeclaredSink checks the -sinks entries naming a function declared
// in the package, even if the package never calls it.
func (m *matcher) checkDeclaredSink(decl *ast.FuncDecl) {
	entries := m.userSinks[decl.Name.Name]
	if entries == nil {
		return
	}
	if fn, ok := m.info.Defs[decl.Name].(*types.Func); ok {
		for _, u := range entries {
			if u.matches(fn) {
				m.checkUserSink(u, fn)
			}
		}
	}
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

// isResponseWriterMethod reports whether fn, a WriteHeader(int) method,
// belongs to net/http.ResponseWriter or to a type that implements it.
// The answer is remembered per method.
func (m *matcher) isResponseWriterMethod(fn *types.Func) bool {
	if is, ok := m.writers[fn]; ok {
		return is
	}
	is := implementsResponseWriter(fn)
	m.writers[fn] = is
	return is
}

func implementsResponseWriter(fn *types.Func) bool {
	recv := fn.Signature().Recv().Type()
	if named, ok := types.Unalias(recv).(*types.Named); ok {
		obj := named.Obj()
		if obj.Pkg() != nil && obj.Pkg().Path() == "net/http" && obj.Name() == "ResponseWriter" {
			return true // the interface itself, or a type embedding it
		}
	}
	// Any ResponseWriter has a Header method returning net/http.Header;
	// that type leads to the net/http package, and so to the interface,
	// even when the package under analysis does not import net/http.
	header, _, _ := types.LookupFieldOrMethod(recv, true, fn.Pkg(), "Header")
	hm, ok := header.(*types.Func)
	if !ok || hm.Signature().Results().Len() != 1 {
		return false // no Header method: not a ResponseWriter
	}
	headerType, ok := types.Unalias(hm.Signature().Results().At(0).Type()).(*types.Named)
	if !ok || headerType.Obj().Pkg() == nil || headerType.Obj().Pkg().Path() != "net/http" || headerType.Obj().Name() != "Header" {
		return false
	}
	rw, ok := headerType.Obj().Pkg().Scope().Lookup("ResponseWriter").(*types.TypeName)
	if !ok {
		return false
	}
	iface, ok := rw.Type().Underlying().(*types.Interface)
	if !ok {
		return false
	}
	if types.Implements(recv, iface) {
		return true
	}
	// A method with a value receiver is in the method set of the pointer too.
	_, isPtr := recv.(*types.Pointer)
	return !isPtr && !types.IsInterface(recv) && types.Implements(types.NewPointer(recv), iface)
}

// fieldKind reports whether field, declared in the struct type owner,
// is a status code field, and of which kind.
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
	e = unwrap(m.info, e).operand // Have: int64(resp.StatusCode)
	if call, ok := e.(*ast.CallExpr); ok && len(call.Args) == 0 {
		getters := getterIndex[calleeName(call.Fun)]
		if getters == nil {
			return 0, false
		}
		fn, ok := typeutil.Callee(m.info, call).(*types.Func)
		if !ok {
			return 0, false
		}
		for _, g := range getters {
			if g.matches(fn) {
				return g.kind, true
			}
		}
		return 0, false
	}
	return m.statusField(e)
}

// statusField reports whether e (parentheses aside) selects a status code
// field, such as resp.StatusCode or rec.Code, and of which kind.
func (m *matcher) statusField(e ast.Expr) (kind, bool) {
	sel, ok := ast.Unparen(e).(*ast.SelectorExpr)
	if !ok {
		return 0, false
	}
	selection, ok := m.info.Selections[sel]
	if !ok || selection.Kind() != types.FieldVal {
		return 0, false // a method, a qualified identifier, or no type information
	}
	owner, field := fieldOwner(selection)
	if field == nil {
		return 0, false
	}
	return fieldKind(owner, field)
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

// structOf returns the named type, if any, and the struct type of a
// composite literal's type, seen through pointers and aliases.
func structOf(t types.Type) (*types.Named, *types.Struct) {
	if t == nil {
		return nil, nil // no type information
	}
	t = deref(t)
	owner, _ := types.Unalias(t).(*types.Named)
	st, _ := t.Underlying().(*types.Struct)
	return owner, st
}

// deref returns the element type of a pointer type, and t otherwise.
func deref(t types.Type) types.Type {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		return p.Elem()
	}
	return t
}

// isInteger reports whether t is an integer type.
func isInteger(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsInteger != 0
}
