package analyzer

import (
	"go/ast"
	"go/types"
)

// A paramKey names parameter index of a function of the package.
type paramKey struct {
	fn    *types.Func
	index int
}

// A wrapperCall is a literal passed to an integer parameter of a
// function of the package: a finding if that parameter is a status
// parameter.
type wrapperCall struct {
	file    *ast.File
	finding finding
}

// wrappers infers the package's own status parameters: an integer
// parameter that reaches a status position unchanged — passed, maybe
// converted or from a closure, to WriteHeader, http.Error, a framework,
// a -sinks entry or another status parameter, or compared with a status
// expression — and is never assigned to. Only the package's own
// functions are inferred; there are no analysis facts, so a wrapper in
// another package needs -sinks.
type wrappers struct {
	status  map[paramKey]kind // parameters that reach a position of that kind
	changed map[paramKey]bool // parameters assigned to, or whose address is taken
	edges   []edge            // parameters passed on to other functions' parameters
	calls   map[paramKey][]wrapperCall
}

// An edge is a parameter passed unchanged to a parameter of a function of
// the package: if to is a status parameter, so is from.
type edge struct{ from, to paramKey }

func (ws *wrappers) init() {
	ws.status = make(map[paramKey]kind)
	ws.changed = make(map[paramKey]bool)
	ws.calls = make(map[paramKey][]wrapperCall)
}

// A candidate is a parameter that may be a status parameter.
type candidate struct {
	v   *types.Var
	key paramKey
}

// candidateParams appends to buf the parameters of decl that may be
// status parameters: its named, non-variadic integer parameters. It
// returns nil if there are none, or decl has no body or no type
// information.
func candidateParams(info *types.Info, decl *ast.FuncDecl, buf []candidate) []candidate {
	if decl.Body == nil {
		return nil
	}
	fn, ok := info.Defs[decl.Name].(*types.Func)
	if !ok {
		return nil
	}
	sig := fn.Signature()
	params := buf[:0]
	for i := range sig.Params().Len() {
		v := sig.Params().At(i)
		if v.Name() == "" || v.Name() == "_" || !isInteger(v.Type()) || sig.Variadic() && i == sig.Params().Len()-1 {
			continue
		}
		params = append(params, candidate{v, paramKey{fn, i}})
	}
	if len(params) == 0 {
		return nil
	}
	return params
}

// lookup returns the key of v if it is one of the candidates.
func lookup(params []candidate, v *types.Var) (paramKey, bool) {
	for _, p := range params {
		if p.v == v {
			return p.key, true
		}
	}
	return paramKey{}, false
}

// reaches records that p reaches a status position of kind k.
func (ws *wrappers) reaches(p paramKey, k kind) {
	if _, ok := ws.status[p]; !ok {
		ws.status[p] = wrapperKind(k)
	}
}

// wrapperKind returns the kind of a status parameter reaching a position
// of kind k: the range of shape fields, otherwise 100-999. A literal out
// of range passed to a wrapper is not reported as invalid, since the
// wrapper may check it before it reaches WriteHeader.
func wrapperKind(k kind) kind {
	if k == shapeField {
		return shapeField
	}
	return statusArg
}

// passes records that parameter from is passed unchanged to parameter to.
func (ws *wrappers) passes(from, to paramKey) {
	ws.edges = append(ws.edges, edge{from, to})
}

// called records a literal passed to parameter to.
func (ws *wrappers) called(to paramKey, call wrapperCall) {
	ws.calls[to] = append(ws.calls[to], call)
}

// resolve computes the status parameters, to a fixed point, and returns
// the literals passed to them that are bare codes, with their kind.
func (ws *wrappers) resolve() []wrapperCall {
	for p := range ws.changed {
		delete(ws.status, p)
	}
	for grew := true; grew; {
		grew = false
		for _, e := range ws.edges {
			if _, done := ws.status[e.from]; done || ws.changed[e.from] {
				continue
			}
			if k, ok := ws.status[e.to]; ok {
				ws.status[e.from] = k
				grew = true
			}
		}
	}
	var bare []wrapperCall
	for p, calls := range ws.calls {
		k, ok := ws.status[p]
		if !ok {
			continue
		}
		for _, call := range calls {
			if k.reported(call.finding.value) {
				call.finding.kind = k
				bare = append(bare, call)
			}
		}
	}
	return bare
}
