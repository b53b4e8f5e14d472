package analyzer

import "go/types"

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
