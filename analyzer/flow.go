package analyzer

import (
	"go/ast"
	"go/types"
)

// A slot is a variable whose value may carry a status code from where it
// is set to where it is used: a named, non-variadic integer parameter of
// one of the package's functions, a local variable, an integer field of
// one of the package's struct types, or an integer result of one of its
// functions (see walk.slotOf). A status slot is a slot whose value
// reaches a status position (a wrapper's parameter, code in
// w.WriteHeader(code), tt.want in rec.Code != tt.want, codeFor in
// w.WriteHeader(codeFor(err))) or is a copy of a status expression
// (code := resp.StatusCode), and that no other use shows to be
// something else.
type slot struct{ v *types.Var }

// A flow collects the evidence about slots met in the walk and decides,
// after it, which slots carry status codes. The evidence: a slot's value
// reaches a status position of some kind, is passed on unchanged to
// another slot, or is changed (assigned to, incremented, its address
// taken, used as a size, an index, a bound or in arithmetic); and a
// literal is put into a slot or compared with it. Only the package's own
// code is inferred; there are no analysis facts, so a wrapper in another
// package needs -sinks, and another package's fields and results are
// out of reach.
type flow struct {
	status  map[slot]kind      // slots whose value reaches a position of that kind
	changed map[slot]bool      // slots that may no longer hold the value put into them, or hold something else
	edges   []edge             // slots whose value is passed on to other slots
	held    map[slot][]heldLit // literals put into each slot
}

// An edge is a slot's value passed on unchanged to another slot: if to
// carries a status code, so does from.
type edge struct{ from, to slot }

// A heldLit is a literal put into a slot, in file: a finding if the slot
// carries a status code.
type heldLit struct {
	file    *ast.File
	finding finding
}

func (f *flow) init() {
	f.status = make(map[slot]kind)
	f.changed = make(map[slot]bool)
	f.held = make(map[slot][]heldLit)
}

// reaches records that the value of s reaches a status position of kind k.
func (f *flow) reaches(s slot, k kind) {
	if _, ok := f.status[s]; !ok {
		f.status[s] = carriedKind(k)
	}
}

// carriedKind returns the kind of a slot whose value reaches a position
// of kind k: named codes for a shape-matched field, otherwise 100-999. A
// literal out of range put into a slot is not reported as invalid, since
// the code between the slot and WriteHeader may check it.
func carriedKind(k kind) kind {
	if k == namedCodes {
		return namedCodes
	}
	return validCodes
}

// passes records that the value of from is passed unchanged to to.
func (f *flow) passes(from, to slot) {
	f.edges = append(f.edges, edge{from, to})
}

// same records that a and b hold the same kind of value: one is a copy
// of the other, or they are compared. If either carries a status code,
// so does the other.
func (f *flow) same(a, b slot) {
	if a != b {
		f.edges = append(f.edges, edge{a, b}, edge{b, a})
	}
}

// holds records a literal put into s.
func (f *flow) holds(s slot, lit heldLit) {
	f.held[s] = append(f.held[s], lit)
}

// change records that s may no longer hold the value put into it.
func (f *flow) change(s slot) {
	f.changed[s] = true
}

// resolve decides, to a fixed point, which slots carry status codes, and
// returns the literals put into them that are bare codes, with their
// kind, and the class tests on them.
func (f *flow) resolve() []heldLit {
	for s := range f.changed {
		delete(f.status, s)
	}
	for grew := true; grew; {
		grew = false
		for _, e := range f.edges {
			if _, done := f.status[e.from]; done || f.changed[e.from] {
				continue
			}
			if k, ok := f.status[e.to]; ok {
				f.status[e.from] = k
				grew = true
			}
		}
	}
	var bare []heldLit
	for s, lits := range f.held {
		k, ok := f.status[s]
		if !ok {
			continue
		}
		for _, lit := range lits {
			if lit.finding.class != nil || k.reported(lit.finding.value) {
				lit.finding.kind = k
				bare = append(bare, lit)
			}
		}
	}
	return bare
}
