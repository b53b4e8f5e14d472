// Package fiximport plans how suggested fixes refer to members of other
// packages: through an import the file already has, under whatever name
// it has there, or through a new import under a name free at every
// reference, added where goimports would add it.
//
// It knows nothing of what the fixes write; the analyzer gives it the
// references its fixes need and takes back each one's qualifier and the
// import edits to carry.
package fiximport

import (
	"go/ast"
	"go/build"
	"go/token"
	"go/types"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// A Package is a package that fixes refer to.
type Package struct {
	Path string // import path, e.g. "net/http"
	Name string // the package's own name, e.g. "http"

	// Alternatives are the names tried, in order, for a new import when
	// Name is taken at a reference; Name1 … Name9 follow them.
	Alternatives []string
}

// A Ref is a reference that a fix writes, at Pos, to an exported member
// of a package.
type Ref struct {
	Pkg    Package
	Member string       // e.g. "StatusNotFound"
	Pos    token.Pos    // where the reference is written
	Scope  *types.Scope // the innermost scope at Pos; nil without type information

	// Set by Plan.
	OK     bool                // whether a fix may write the reference
	Prefix string              // "http.", "nethttp." or "" under a dot import
	Edits  []analysis.TextEdit // the edits adding the import the file lacks
}

// Text returns the reference as a fix writes it, or, where no fix may
// write it, as a message names it: under the package's own name.
func (r *Ref) Text() string {
	if !r.OK {
		return r.Pkg.Name + "." + r.Member
	}
	return r.Prefix + r.Member
}

// Plan decides, for the references of fixes in one file of package pkg,
// how each refers to its package: one qualifier per package per file.
//
// An existing import of the package is reused under whatever name it has,
// where that name is visible; where it is shadowed, the reference gets no
// fix, so that the file never imports the package twice. Otherwise the
// package is imported under a name free at every reference of the file:
// its own name when possible. A file adds at most one import, since two
// could need conflicting edits (both turning a lone import into a
// group); the standard library imports only the standard library, and no
// package imports itself. Every reference through the new import carries
// the same edits, which drivers coalesce, so each fix alone and all of
// them together leave the file gofmt-clean.
func Plan(fset *token.FileSet, info *types.Info, pkg *types.Package, file *ast.File, refs []*Ref) {
	byPath := make(map[string][]*Ref)
	var paths []string
	for _, r := range refs {
		r.OK, r.Prefix, r.Edits = false, "", nil
		if r.Scope == nil {
			continue // no type information here: no fix
		}
		if _, ok := byPath[r.Pkg.Path]; !ok {
			paths = append(paths, r.Pkg.Path)
		}
		byPath[r.Pkg.Path] = append(byPath[r.Pkg.Path], r)
	}
	slices.Sort(paths) // for deterministic import edits

	tok := fset.File(file.Pos())
	std := inGOROOT(tok)
	var added bool
	for _, path := range paths {
		group := byPath[path]
		if pkg.Path() == path || std && !isStd(path) {
			continue
		}
		if specs := importsOf(file, path); len(specs) > 0 {
			reuse(info, specs, group)
			continue
		}
		if added {
			continue
		}
		name, ok := freeName(group)
		if !ok {
			continue
		}
		edits := importEdits(tok, file, newImport{path: path, name: name, defaultName: group[0].Pkg.Name})
		if edits == nil {
			continue // nowhere to add the import: no fix
		}
		added = true
		for _, r := range group {
			r.OK, r.Prefix, r.Edits = true, name+".", edits
		}
	}
}

// AddImport returns how a fix at pos in file, of package pkg, refers to
// member of the package at pkgPath, whose own name is preferredName: the
// prefix to write before member, and the edits that add an import if the
// file needs one. ok is false where no reference can be written there.
// It is Plan for a single reference.
func AddImport(fset *token.FileSet, info *types.Info, pkg *types.Package, file *ast.File, preferredName, pkgPath, member string, pos token.Pos) (prefix string, edits []analysis.TextEdit, ok bool) {
	r := &Ref{
		Pkg:    Package{Path: pkgPath, Name: preferredName},
		Member: member,
		Pos:    pos,
		Scope:  pkg.Scope().Innermost(pos),
	}
	Plan(fset, info, pkg, file, []*Ref{r})
	return r.Prefix, r.Edits, r.OK
}

// importsOf returns the non-blank imports of path in file.
func importsOf(file *ast.File, path string) []*ast.ImportSpec {
	var specs []*ast.ImportSpec
	for _, spec := range file.Imports {
		if importPath(spec) == path && (spec.Name == nil || spec.Name.Name != "_") {
			specs = append(specs, spec)
		}
	}
	return specs
}

// importPath returns the path of an import spec, or "" if it is malformed.
func importPath(spec *ast.ImportSpec) string {
	path, err := strconv.Unquote(spec.Path.Value)
	if err != nil {
		return ""
	}
	return path
}

// reuse marks the references that can go through one of the package's
// existing imports: the one visible at the most references.
func reuse(info *types.Info, specs []*ast.ImportSpec, refs []*Ref) {
	var best *types.PkgName
	var bestVisible []bool
	bestCount := -1
	for _, spec := range specs {
		pkgName := info.PkgNameOf(spec)
		if pkgName == nil {
			continue // the import failed to type-check
		}
		visible := make([]bool, len(refs))
		count := 0
		for i, r := range refs {
			if visibleAt(pkgName, r) {
				visible[i] = true
				count++
			}
		}
		if count > bestCount {
			best, bestVisible, bestCount = pkgName, visible, count
		}
	}
	if best == nil {
		return
	}
	prefix := best.Name() + "."
	if best.Name() == "." {
		prefix = "" // a dot import
	}
	for i, r := range refs {
		if bestVisible[i] {
			r.OK, r.Prefix = true, prefix
		}
	}
}

// visibleAt reports whether a reference can go through an import,
// pkgName: whether the import's name, or under a dot import the member's
// own name, is not shadowed at the reference.
func visibleAt(pkgName *types.PkgName, r *Ref) bool {
	if pkgName.Name() == "." {
		_, obj := r.Scope.LookupParent(r.Member, r.Pos)
		return obj != nil && obj.Pkg() != nil && obj.Pkg().Path() == r.Pkg.Path
	}
	_, obj := r.Scope.LookupParent(pkgName.Name(), r.Pos)
	return obj == pkgName
}

// freeName returns a name under which a new import of the references'
// package refers to nothing else at any of them: the package's own name
// if it is free, then its alternatives, then numbered names.
func freeName(refs []*Ref) (string, bool) {
	pkg := refs[0].Pkg
	candidates := append([]string{pkg.Name}, pkg.Alternatives...)
	for i := 1; i <= 9; i++ {
		candidates = append(candidates, pkg.Name+strconv.Itoa(i))
	}
next:
	for _, name := range candidates {
		for _, r := range refs {
			if _, obj := r.Scope.LookupParent(name, r.Pos); obj != nil {
				continue next // taken by a variable, an import, a declaration…
			}
		}
		return name, true
	}
	return "", false
}

// isStd reports whether path looks like a standard library path: its
// first element has no dot.
func isStd(path string) bool {
	first, _, _ := strings.Cut(path, "/")
	return !strings.Contains(first, ".")
}

// inGOROOT reports whether the file of tok is in the standard library.
func inGOROOT(tok *token.File) bool {
	src := filepath.Join(build.Default.GOROOT, "src") + string(filepath.Separator)
	return build.Default.GOROOT != "" && strings.HasPrefix(tok.Name(), src)
}
