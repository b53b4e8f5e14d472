package analyzer

import (
	"cmp"
	"go/ast"
	"go/types"
	"slices"

	"golang.org/x/tools/go/analysis"
)

// A checker finds and reports the bare status codes of one package. It
// walks each file once, hands the nodes to the matcher (match.go), and
// collects what reaches a status position: a bare literal is a finding,
// a slot's value is evidence for the flow (flow.go). After the walk it
// resolves the flow and reports the findings (report.go).
type checker struct {
	pass  *analysis.Pass
	info  *types.Info
	cfg   *config
	m     *matcher
	flow  flow                    // evidence for the package's own status slots
	found map[*ast.File][]finding // by file

	// The local variables defined from a status callee, by variable and
	// in the order met (funcvals.go).
	funcVals    map[types.Object]*funcVal
	funcValList []*funcVal

	// The names of the package's functions and methods with a parameter,
	// and with a result, that may be an integer: calls of other names
	// need no type lookups for value flow.
	paramFuncs, resultFuncs map[string]bool
}

func newChecker(pass *analysis.Pass, cfg *config) *checker {
	c := &checker{
		pass:  pass,
		info:  pass.TypesInfo,
		cfg:   cfg,
		m:     newMatcher(pass.TypesInfo, cfg.sinks),
		found: make(map[*ast.File][]finding),

		funcVals: make(map[types.Object]*funcVal),
	}
	c.flow.init()
	return c
}

// check checks the files of the package: it collects findings and the
// evidence for wrappers, infers the wrappers, then reports file by file.
// It returns the first configuration error met.
func (c *checker) check(files []*ast.File) error {
	c.paramFuncs, c.resultFuncs = declaredFuncs(files)
	for _, file := range files {
		c.walkFile(file)
	}
	c.resolveFuncVals()
	for _, lit := range c.flow.resolve() {
		c.found[lit.file] = append(c.found[lit.file], lit.finding)
	}
	for _, file := range files {
		if found := c.found[file]; len(found) > 0 {
			found = sortedByPos(found)
			// A literal related to a slot in two ways is one finding.
			found = slices.CompactFunc(found, func(a, b finding) bool { return a.lit == b.lit })
			c.report(file, found)
		}
	}
	return c.m.err
}

// sortedByPos returns found sorted by position, findings at one position
// in the order found. It sorts their indexes: a stable sort of the
// findings themselves moves large values many times (BenchmarkAnalyzer/flow).
func sortedByPos(found []finding) []finding {
	order := make([]int32, len(found))
	for i := range order {
		order[i] = int32(i)
	}
	slices.SortFunc(order, func(i, j int32) int {
		return cmp.Or(cmp.Compare(found[i].lit.Pos(), found[j].lit.Pos()), cmp.Compare(i, j))
	})
	sorted := make([]finding, len(found))
	for i, k := range order {
		sorted[i] = found[k]
	}
	return sorted
}

// declaredFuncs returns the names of the functions and methods declared
// in files that have a parameter, and that have a result, whose type
// expression may denote an integer.
func declaredFuncs(files []*ast.File) (params, results map[string]bool) {
	params, results = make(map[string]bool), make(map[string]bool)
	for _, file := range files {
		for _, decl := range file.Decls {
			fn, ok := decl.(*ast.FuncDecl)
			if !ok {
				continue
			}
			for _, field := range fn.Type.Params.List {
				if mayBeInteger(field.Type) {
					params[fn.Name.Name] = true
					break
				}
			}
			if fn.Type.Results == nil {
				continue
			}
			for _, field := range fn.Type.Results.List {
				if mayBeInteger(field.Type) {
					results[fn.Name.Name] = true
					break
				}
			}
		}
	}
	return params, results
}
