package analyzer

import (
	"go/ast"
	"go/types"
)

// A matcher finds, by type, the expressions whose value reaches a status
// position, and the status class tests. It knows the position tables
// (sinks.go), the -sinks entries and the package's type information; it
// reports nothing itself. Each node matcher is given one node and
// returns what it found there.
type matcher struct {
	info      *types.Info
	userSinks map[string][]userSink // -sinks entries by function name
	anyField  bool                  // whether a -sinks entry names a field: every field selection is then checked
	writers   map[*types.Func]bool  // memo of isResponseWriterMethod
	err       error                 // the first -sinks entry found not to fit its function
}

func newMatcher(info *types.Info, sinks userSinks) *matcher {
	m := &matcher{
		info:      info,
		userSinks: make(map[string][]userSink),
		writers:   make(map[*types.Func]bool),
	}
	for _, u := range sinks {
		m.userSinks[u.name] = append(m.userSinks[u.name], u)
		m.anyField = m.anyField || u.form == fieldSink
	}
	return m
}

// fail records a configuration error, which the run returns.
func (m *matcher) fail(err error) {
	if m.err == nil {
		m.err = err
	}
}

// A reach is an expression whose value reaches a status position of
// some kind, whose type is want (nil if unknown).
type reach struct {
	e    ast.Expr
	want types.Type
	kind kind
}
