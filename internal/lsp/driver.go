package lsp

import (
	"context"
	"errors"
	"fmt"
	"os"
	"reflect"
	"runtime/debug"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/packages"
)

// This file runs analyzers on one package. x/tools' checker would do
// it, but in v0.52.0 it gives every Pass.ReadFile the files on disk (its
// option to change that is unexported, with a TODO to expose it), and an
// analyzer that reads the source, as barestatus does to keep a fix from
// joining the word before it, must see the unsaved buffer that was
// parsed. Without facts, which the server does not support, a driver is
// a loop over the analyzers in the order of their Requires.

// An outcome is what one analyzer reported on one package.
type outcome struct {
	analyzer    *analysis.Analyzer
	diagnostics []analysis.Diagnostic
}

// analyzePackage runs the analyzers, and the analyzers they require, on
// pkg, and returns the diagnostics of the requested ones. An analyzer
// that fails, or that does not run despite errors on an ill-typed
// package, yields an error, and so do those that require it.
func (r *run) analyzePackage(ctx context.Context, pkg *packages.Package) ([]outcome, error) {
	order, err := requiresOrder(r.analyzers)
	if err != nil {
		return nil, err
	}
	results := make(map[*analysis.Analyzer]any)
	failed := make(map[*analysis.Analyzer]error)
	diags := make(map[*analysis.Analyzer][]analysis.Diagnostic)
	newPass := r.passMaker(pkg)
	for _, a := range order {
		if err := ctx.Err(); err != nil {
			return nil, err // stopped between two passes
		}
		if err := firstFailure(a, failed); err != nil {
			failed[a] = err
			continue
		}
		if pkg.IllTyped && !a.RunDespiteErrors {
			failed[a] = fmt.Errorf("%s skipped: the package has errors", a.Name)
			continue
		}
		inputs := make(map[*analysis.Analyzer]any, len(a.Requires))
		for _, req := range a.Requires {
			inputs[req] = results[req]
		}
		pass := newPass(a, inputs, func(d analysis.Diagnostic) { diags[a] = append(diags[a], d) })
		result, err := runAnalyzer(pass)
		if err == nil && reflect.TypeOf(result) != a.ResultType {
			err = fmt.Errorf("%s returned a %T, but declares ResultType %v", a.Name, result, a.ResultType)
		}
		if err != nil {
			failed[a] = err
			continue
		}
		results[a] = result
	}
	return r.outcomes(pkg, failed, diags)
}

// outcomes returns the diagnostics of the requested analyzers, with the
// URL checker would give them, and the errors of those that failed.
func (r *run) outcomes(pkg *packages.Package, failed map[*analysis.Analyzer]error, diags map[*analysis.Analyzer][]analysis.Diagnostic) ([]outcome, error) {
	var outcomes []outcome
	var errs []error
	for _, a := range r.analyzers {
		if err := failed[a]; err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", pkg.ID, err))
			continue
		}
		for i, d := range diags[a] {
			if d.URL == "" && a.URL != "" {
				diags[a][i].URL = a.URL // as checker resolves it
				if d.Category != "" {
					diags[a][i].URL += "#" + d.Category
				}
			}
		}
		outcomes = append(outcomes, outcome{analyzer: a, diagnostics: diags[a]})
	}
	return outcomes, errors.Join(errs...)
}

// passMaker returns a function making the pass of an analyzer on pkg,
// whose ReadFile gives the text that was parsed: the overlay's for an
// open file.
func (r *run) passMaker(pkg *packages.Package) func(a *analysis.Analyzer, inputs map[*analysis.Analyzer]any, report func(analysis.Diagnostic)) *analysis.Pass {
	allowed := make(map[string]bool)
	for _, list := range [][]string{pkg.GoFiles, pkg.CompiledGoFiles, pkg.OtherFiles, pkg.IgnoredFiles, pkg.EmbedFiles} {
		for _, name := range list {
			allowed[name] = true
		}
	}
	module := &analysis.Module{}
	if m := pkg.Module; m != nil {
		module = &analysis.Module{Path: m.Path, Version: m.Version, GoVersion: m.GoVersion}
	}
	readFile := func(name string) ([]byte, error) {
		if !allowed[name] {
			return nil, fmt.Errorf("Pass.ReadFile: %s is not among the files of %s", name, pkg.PkgPath)
		}
		if text, ok := r.overlay[name]; ok {
			return text, nil // what was parsed
		}
		return os.ReadFile(name)
	}
	return func(a *analysis.Analyzer, inputs map[*analysis.Analyzer]any, report func(analysis.Diagnostic)) *analysis.Pass {
		return &analysis.Pass{
			Analyzer:        a,
			Fset:            pkg.Fset,
			Files:           pkg.Syntax,
			OtherFiles:      pkg.OtherFiles,
			IgnoredFiles:    pkg.IgnoredFiles,
			Pkg:             pkg.Types,
			TypesInfo:       pkg.TypesInfo,
			TypesSizes:      pkg.TypesSizes,
			TypeErrors:      pkg.TypeErrors,
			Module:          module,
			ResultOf:        inputs,
			Report:          report,
			ReadFile:        readFile,
			AllObjectFacts:  func() []analysis.ObjectFact { return nil },
			AllPackageFacts: func() []analysis.PackageFact { return nil },
		}
	}
}

// runAnalyzer runs one pass, turning a panic into an error so that an
// analyzer's bug does not end the server.
func runAnalyzer(pass *analysis.Pass) (result any, err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("%s panicked: %v\n%s", pass.Analyzer.Name, p, debug.Stack())
		}
	}()
	return pass.Analyzer.Run(pass)
}

// firstFailure returns the error of a failed analyzer that a requires.
func firstFailure(a *analysis.Analyzer, failed map[*analysis.Analyzer]error) error {
	for _, req := range a.Requires {
		if err := failed[req]; err != nil {
			return fmt.Errorf("%s needs %s: %w", a.Name, req.Name, err)
		}
	}
	return nil
}

// requiresOrder returns the analyzers and those they require, each
// after what it requires. It rejects analyzers that use facts, which
// would need the analysis of every dependency.
func requiresOrder(analyzers []*analysis.Analyzer) ([]*analysis.Analyzer, error) {
	if err := analysis.Validate(analyzers); err != nil {
		return nil, err
	}
	var order []*analysis.Analyzer
	seen := make(map[*analysis.Analyzer]bool)
	var visit func(a *analysis.Analyzer) error
	visit = func(a *analysis.Analyzer) error {
		if seen[a] {
			return nil
		}
		seen[a] = true
		if len(a.FactTypes) > 0 {
			return fmt.Errorf("analyzer %s uses facts, which barestatus-lsp does not support", a.Name)
		}
		for _, req := range a.Requires {
			if err := visit(req); err != nil {
				return err
			}
		}
		order = append(order, a)
		return nil
	}
	for _, a := range analyzers {
		if err := visit(a); err != nil {
			return nil, err
		}
	}
	return order, nil
}
