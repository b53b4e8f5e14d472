package lsp

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"os"
	"path/filepath"
	"strings"

	"golang.org/x/tools/go/packages"
)

// This file loads the packages of a directory for analysis. go/packages
// can do it in one call (fullMode), but then it asks go list for export
// data of every package, which makes the go command compile the package
// being edited, unsaved text and all, on every change: about 2s per
// analysis on a busy machine, against 0.1s for the package metadata.
// So load asks go list for the metadata of the directory's packages and
// for the export data of their dependencies only, and type-checks the
// directory's packages itself: 0.25-0.35s per analysis where go/packages
// alone took 2.5-3.5s, measured side by side on the same busy machine.

// metaMode is what load asks of the directory's packages.
const metaMode = packages.NeedName | packages.NeedFiles | packages.NeedCompiledGoFiles |
	packages.NeedImports | packages.NeedModule | packages.NeedTypesSizes

// depMode loads the dependencies' types from export data.
const depMode = packages.NeedName | packages.NeedImports | packages.NeedTypes

// fullMode is the one-call alternative: syntax and types of the
// directory's packages, the dependencies' types from export data.
const fullMode = metaMode | packages.NeedTypes | packages.NeedSyntax | packages.NeedTypesInfo

// load returns the packages in dir, with their test variants when tests
// is set, type-checked from the overlay's text; the generated test main
// package is left out. go list's answer comes from r.cache when nothing
// it depends on has changed (loadcache.go).
func (r *run) load(ctx context.Context, dir string, tests bool) ([]*packages.Package, error) {
	key := loadKey{dir, tests}
	depOverlay := r.depOverlay(dir)
	fingerprint := r.fingerprint(dir, depOverlay)
	var fset *token.FileSet
	var order []*packages.Package
	var deps map[string]*types.Package
	if e := r.cache.get(key, fingerprint); e != nil {
		fset, order, deps = e.fset, e.packages(), e.deps
		r.reused = true
	} else {
		var err error
		fset, order, deps, err = r.list(ctx, dir, tests, depOverlay)
		if errors.Is(err, errNeedFull) {
			return r.loadFull(ctx, dir, tests)
		} else if err != nil {
			return nil, err
		}
		r.cache.put(key, fingerprint, fset, order, deps)
	}
	roots := make(map[string]*packages.Package) // by ID
	for _, pkg := range order {
		roots[pkg.ID] = pkg
	}

	// A test variant (p [p.test]) must be checked before the external
	// test package that imports it; there are at most three packages.
	done := make(map[string]bool)
	for len(done) < len(order) {
		progress := false
		for _, pkg := range order {
			if done[pkg.ID] || !importsDone(pkg, roots, done) {
				continue
			}
			if err := r.typeCheck(ctx, fset, pkg, roots, deps); err != nil {
				return nil, err
			}
			done[pkg.ID] = true
			progress = true
		}
		if !progress {
			return nil, errors.New("import cycle among the packages of " + dir)
		}
	}
	return order, nil
}

// errNeedFull says that the packages need loadFull.
var errNeedFull = errors.New("a dependency is recompiled for the tests")

// list asks go list for the metadata of the packages in dir, without
// the generated test main package, and for the export data of their
// dependencies. It returns errNeedFull where only loadFull can load
// them.
func (r *run) list(ctx context.Context, dir string, tests bool, depOverlay map[string][]byte) (*token.FileSet, []*packages.Package, map[string]*types.Package, error) {
	cfg := &packages.Config{
		Context: ctx,
		Mode:    metaMode,
		Dir:     dir,
		Env:     r.env,
		Tests:   tests,
		Overlay: r.overlay,
		Fset:    token.NewFileSet(),
	}
	if tests {
		// Only the whole import graph shows a dependency recompiled for
		// the tests (q [p.test]), which needs loadFull.
		cfg.Mode |= packages.NeedDeps
	}
	meta, err := packages.Load(cfg, ".")
	if err != nil {
		return nil, nil, nil, fmt.Errorf("loading %s: %w", dir, err)
	}
	roots := make(map[string]bool) // by ID
	var order []*packages.Package
	for _, pkg := range meta {
		if !strings.HasSuffix(pkg.ID, ".test") {
			roots[pkg.ID] = true
			order = append(order, pkg)
		}
	}
	var depIDs []string
	seen := make(map[string]bool)
	for _, pkg := range order {
		for _, imp := range pkg.Imports {
			if roots[imp.ID] || seen[imp.ID] || imp.ID == "unsafe" {
				continue
			}
			if strings.Contains(imp.ID, " [") {
				// A dependency recompiled for a test (q [p.test]): its
				// export data is not what go list gives for q, and
				// go/packages knows how to get it.
				return nil, nil, nil, errNeedFull
			}
			seen[imp.ID] = true
			depIDs = append(depIDs, imp.ID)
		}
	}
	deps := make(map[string]*types.Package)
	if len(depIDs) > 0 {
		cfg.Mode, cfg.Tests = depMode, false
		cfg.Overlay = depOverlay
		loaded, err := packages.Load(cfg, depIDs...)
		if err != nil {
			return nil, nil, nil, fmt.Errorf("loading the dependencies of %s: %w", dir, err)
		}
		for _, dep := range loaded {
			if dep.Types != nil {
				deps[dep.ID] = dep.Types
			}
		}
	}
	return cfg.Fset, order, deps, nil
}

// depOverlay returns the overlay entries that can matter to the
// dependencies of the packages in dir: open files elsewhere whose text
// differs from the disk. Any overlay at all makes go list -export rebuild
// rather than reuse the export data of every dependency (measured: 0.1s
// without, 1.6-2.5s with, for net/http), so it is kept to what is needed.
func (r *run) depOverlay(dir string) map[string][]byte {
	var overlay map[string][]byte
	for path, text := range r.overlay {
		if filepath.Dir(path) == dir {
			continue // the directory's own packages are not dependencies
		}
		if disk, err := os.ReadFile(path); err == nil && bytes.Equal(disk, text) {
			continue // saved
		}
		if overlay == nil {
			overlay = make(map[string][]byte)
		}
		overlay[path] = text
	}
	return overlay
}

// importsDone reports whether every package of the directory that pkg
// imports has been type-checked.
func importsDone(pkg *packages.Package, roots map[string]*packages.Package, done map[string]bool) bool {
	for _, imp := range pkg.Imports {
		if roots[imp.ID] != nil && !done[imp.ID] {
			return false
		}
	}
	return true
}

// typeCheck parses pkg's files, from the overlay where open, and
// type-checks them, filling in the fields the checker reads. Errors
// make the package ill-typed, not unusable: the analyzers run anyway.
// It stops with ctx's error before a file once ctx is done.
func (r *run) typeCheck(ctx context.Context, fset *token.FileSet, pkg *packages.Package, roots map[string]*packages.Package, deps map[string]*types.Package) error {
	pkg.Fset = fset
	for _, name := range pkg.CompiledGoFiles {
		if err := ctx.Err(); err != nil {
			return err // a file boundary
		}
		src, ok := r.overlay[name]
		if !ok {
			var err error
			if src, err = os.ReadFile(name); err != nil {
				pkg.Errors = append(pkg.Errors, packages.Error{Pos: name, Msg: err.Error(), Kind: packages.ParseError})
				continue
			}
		}
		file, err := parser.ParseFile(fset, name, src, parser.ParseComments|parser.AllErrors|parser.SkipObjectResolution)
		if err != nil {
			pkg.Errors = append(pkg.Errors, packages.Error{Msg: err.Error(), Kind: packages.ParseError})
		}
		if file != nil {
			pkg.Syntax = append(pkg.Syntax, file) // partial syntax is still analysed
		}
	}
	pkg.TypesInfo = &types.Info{
		Types:        make(map[ast.Expr]types.TypeAndValue),
		Defs:         make(map[*ast.Ident]types.Object),
		Uses:         make(map[*ast.Ident]types.Object),
		Implicits:    make(map[ast.Node]types.Object),
		Instances:    make(map[*ast.Ident]types.Instance),
		Scopes:       make(map[ast.Node]*types.Scope),
		Selections:   make(map[*ast.SelectorExpr]*types.Selection),
		FileVersions: make(map[*ast.File]string),
	}
	conf := &types.Config{
		Importer: importerOf(pkg, roots, deps),
		Sizes:    pkg.TypesSizes,
		Error: func(err error) {
			if te, ok := err.(types.Error); ok {
				pkg.TypeErrors = append(pkg.TypeErrors, te)
			}
		},
	}
	if pkg.Module != nil && pkg.Module.GoVersion != "" {
		conf.GoVersion = "go" + pkg.Module.GoVersion
	}
	pkg.Types, _ = conf.Check(pkg.PkgPath, fset, pkg.Syntax, pkg.TypesInfo) // errors went to conf.Error
	pkg.IllTyped = len(pkg.Errors) > 0 || len(pkg.TypeErrors) > 0
	return ctx.Err()
}

// importerOf returns the importer of pkg: the directory's packages
// already checked, by ID, then the dependencies' export data.
func importerOf(pkg *packages.Package, roots map[string]*packages.Package, deps map[string]*types.Package) types.Importer {
	return importerFunc(func(path string) (*types.Package, error) {
		if path == "unsafe" {
			return types.Unsafe, nil
		}
		imp, ok := pkg.Imports[path]
		if !ok {
			return nil, fmt.Errorf("no package for import %q", path)
		}
		if root := roots[imp.ID]; root != nil && root.Types != nil {
			return root.Types, nil
		}
		if t := deps[imp.ID]; t != nil {
			return t, nil
		}
		return nil, fmt.Errorf("no export data for %q", imp.ID)
	})
}

// importerFunc is a types.Importer made of a function.
type importerFunc func(path string) (*types.Package, error)

func (f importerFunc) Import(path string) (*types.Package, error) { return f(path) }

// loadFull loads the packages in dir with go/packages alone.
func (r *run) loadFull(ctx context.Context, dir string, tests bool) ([]*packages.Package, error) {
	cfg := &packages.Config{Context: ctx, Mode: fullMode, Dir: dir, Env: r.env, Tests: tests, Overlay: r.overlay}
	pkgs, err := packages.Load(cfg, ".")
	if err != nil {
		return nil, fmt.Errorf("loading %s: %w", dir, err)
	}
	var roots []*packages.Package
	for _, pkg := range pkgs {
		if !strings.HasSuffix(pkg.ID, ".test") {
			roots = append(roots, pkg)
		}
	}
	return roots, nil
}
