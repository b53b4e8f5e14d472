// Package noop defines an analyzer that does nothing, to measure the cost
// of the analysis driver alone: loading, parsing and type-checking.
package noop

import "golang.org/x/tools/go/analysis"

// Analyzer inspects nothing and reports nothing. It is configured like
// barestatus (no facts, no required analyzers, run despite type errors),
// so that the driver does the same work for both.
var Analyzer = &analysis.Analyzer{
	Name:             "noop",
	Doc:              "noop: report nothing, to measure the driver's own cost",
	RunDespiteErrors: true,
	Run:              func(*analysis.Pass) (any, error) { return nil, nil },
}
