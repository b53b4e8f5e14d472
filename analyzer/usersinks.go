package analyzer

import (
	"fmt"
	"go/ast"
	"go/types"
)

// This file checks the -sinks entries against what they name, when the
// function, method or type is first seen: a misfit fails the run with an
// error naming the entry.

// checkUserSink reports whether the parameter a -sinks entry names
// exists and is an integer; if not, the run fails with an error naming
// the entry.
func (m *matcher) checkUserSink(u userSink, fn *types.Func) bool {
	if u.form == resultSink {
		return m.checkUserResult(u, fn)
	}
	isInt, exists := integerParam(fn.Signature(), u.arg)
	switch {
	case !exists:
		m.fail(fmt.Errorf("-sinks entry %q: %s has %d parameters, so it has no argument %d", u.entry, fn.FullName(), fn.Signature().Params().Len(), u.arg))
	case !isInt:
		m.fail(fmt.Errorf("-sinks entry %q: argument %d of %s is not an integer", u.entry, u.arg, fn.FullName()))
	}
	return isInt
}

// checkUserResult reports whether the function or method a -sinks
// result entry names takes no arguments and returns one integer; if not,
// the run fails with an error naming the entry.
func (m *matcher) checkUserResult(u userSink, fn *types.Func) bool {
	sig := fn.Signature()
	switch {
	case sig.Params().Len() != 0:
		m.fail(fmt.Errorf("-sinks entry %q: %s takes %d parameters, want none", u.entry, fn.FullName(), sig.Params().Len()))
	case !returnsInteger(fn):
		m.fail(fmt.Errorf("-sinks entry %q: %s does not return one integer", u.entry, fn.FullName()))
	default:
		return true
	}
	return false
}

// checkUserField reports whether the struct type owner has the field
// that a -sinks field entry names, and whether it is an integer; if not,
// the run fails with an error naming the entry.
func (m *matcher) checkUserField(u userSink, owner *types.Named) bool {
	st, ok := owner.Underlying().(*types.Struct)
	if !ok {
		m.fail(fmt.Errorf("-sinks entry %q: %s is not a struct type", u.entry, owner.Obj().Name()))
		return false
	}
	f := structField(st, u.name)
	switch {
	case f == nil:
		m.fail(fmt.Errorf("-sinks entry %q: %s.%s has no field %s", u.entry, u.pkg, u.recv, u.name))
	case !isInteger(f.Type()):
		m.fail(fmt.Errorf("-sinks entry %q: field %s of %s.%s is not an integer", u.entry, u.name, u.pkg, u.recv))
	default:
		return true
	}
	return false
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
			if u.form != fieldSink && u.matches(fn) {
				m.checkUserSink(u, fn)
			}
		}
	}
}
