package analyzer

import "go/types"

// A finding is a bare literal at a position of some kind, or a status
// class test spelled out.
type finding struct {
	literal
	kind  kind
	scope *types.Scope // a scope enclosing the literal, or nil without type information
	class *classTest   // for a class test: lit and replace span the whole test
}
