package analyzer

import (
	"go/ast"
	"go/types"
)

// This file holds small questions about types that the matchers and the
// tables ask: integer or not, through pointers, receivers and parameters.

// returnsInteger reports whether fn has one result, an integer.
func returnsInteger(fn *types.Func) bool {
	results := fn.Signature().Results()
	return results.Len() == 1 && isInteger(results.At(0).Type())
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

// structLitOf is structOf for the type of a composite literal. A
// literal spelled []T{…} or map[K]V{…} is no struct by its syntax, and
// one spelled T{…} or pkg.T{…} takes its type from the use of the type
// name, a lookup keyed by pointer; only an elided or instantiated type
// is looked up in info.Types (BenchmarkAnalyzerOnDir on fiber).
func structLitOf(info *types.Info, lit *ast.CompositeLit) (*types.Named, *types.Struct) {
	var tn *types.TypeName
	switch typ := lit.Type.(type) {
	case *ast.ArrayType, *ast.MapType:
		return nil, nil
	case *ast.Ident:
		tn, _ = info.Uses[typ].(*types.TypeName)
	case *ast.SelectorExpr:
		tn, _ = info.Uses[typ.Sel].(*types.TypeName)
	}
	if tn != nil && !isGeneric(tn.Type()) { // G{} without type arguments is a type error, typed invalid
		return structOf(tn.Type())
	}
	return structOf(info.TypeOf(lit))
}

// isGeneric reports whether t is a generic named type, not instantiated.
func isGeneric(t types.Type) bool {
	named, ok := t.(*types.Named)
	return ok && named.TypeParams().Len() > 0 && named.TypeArgs().Len() == 0
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

// recvName returns the name of the type whose method fn is, or "" if fn
// is a function.
func recvName(fn *types.Func) string {
	recv := fn.Signature().Recv()
	if recv == nil {
		return ""
	}
	if named, ok := types.Unalias(deref(recv.Type())).(*types.Named); ok {
		return named.Obj().Name()
	}
	return ""
}

// integerParam reports whether argument i of a call of sig, counted after
// the receiver, is passed to an integer parameter (or to the elements of
// a variadic ...int), and whether sig has such an argument at all.
func integerParam(sig *types.Signature, i int) (isInt, exists bool) {
	params := sig.Params()
	n := params.Len()
	if sig.Variadic() && i >= n-1 {
		slice, ok := params.At(n - 1).Type().Underlying().(*types.Slice)
		return ok && isInteger(slice.Elem()), true
	}
	if i >= n {
		return false, false
	}
	return isInteger(params.At(i).Type()), true
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
