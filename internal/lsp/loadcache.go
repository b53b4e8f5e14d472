package lsp

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"go/parser"
	"go/token"
	"go/types"
	"io"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"golang.org/x/tools/go/packages"
)

// This file keeps what load learnt from go list for a directory, so
// that an edit which changes no file list, package clause, import or
// build constraint costs a parse and a type-check, not two go list
// runs. The go list part of an analysis is most of it (about 0.3-0.4s
// on a loaded machine, against a few milliseconds to type-check a small
// package against its dependencies' types), and an analysis slower than
// the pause between keystrokes is stopped by the next one: without the
// cache, typing every 300ms never publishes.

// loadCacheMaxAge bounds how long go list's answer is reused: what the
// fingerprint does not see (a dependency changed on disk by another
// program, go.work) is picked up within this time.
const loadCacheMaxAge = 30 * time.Second

// A loadCache holds go list's answers by directory and test mode. The
// zero value is not usable; a nil *loadCache caches nothing.
type loadCache struct {
	mu      sync.Mutex
	entries map[loadKey]*loadEntry
}

type loadKey struct {
	dir   string
	tests bool
}

// A loadEntry is one directory's packages as go list described them,
// before type-checking, and the types of their dependencies.
type loadEntry struct {
	fingerprint string
	made        time.Time
	fset        *token.FileSet // the dependencies' positions; files parsed later join it
	meta        []*packages.Package
	deps        map[string]*types.Package
}

func newLoadCache() *loadCache {
	return &loadCache{entries: make(map[loadKey]*loadEntry)}
}

// get returns the entry for key if it was made from the same
// fingerprint less than loadCacheMaxAge ago.
func (c *loadCache) get(key loadKey, fingerprint string) *loadEntry {
	if c == nil || fingerprint == "" {
		return nil
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	e := c.entries[key]
	if e == nil || e.fingerprint != fingerprint || time.Since(e.made) > loadCacheMaxAge {
		return nil
	}
	return e
}

// put records go list's answer for key; meta must not have been
// type-checked yet.
func (c *loadCache) put(key loadKey, fingerprint string, fset *token.FileSet, meta []*packages.Package, deps map[string]*types.Package) {
	if c == nil || fingerprint == "" {
		return
	}
	e := &loadEntry{fingerprint: fingerprint, made: time.Now(), fset: fset, deps: deps}
	for _, pkg := range meta {
		e.meta = append(e.meta, copyMeta(pkg))
	}
	c.mu.Lock()
	c.entries[key] = e
	c.mu.Unlock()
}

// drop forgets dir's entries, or every entry when dir is "".
func (c *loadCache) drop(dir string) {
	if c == nil {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	for key := range c.entries {
		if dir == "" || key.dir == dir {
			delete(c.entries, key)
		}
	}
}

// packages returns fresh copies of the entry's packages, ready to be
// type-checked, in go list's order.
func (e *loadEntry) packages() []*packages.Package {
	pkgs := make([]*packages.Package, len(e.meta))
	for i, pkg := range e.meta {
		pkgs[i] = copyMeta(pkg)
	}
	return pkgs
}

// copyMeta returns a copy of pkg's metadata, without what typeCheck
// fills in; its Errors can grow without touching pkg's.
func copyMeta(pkg *packages.Package) *packages.Package {
	cp := *pkg
	cp.Errors = slices.Clip(slices.Clone(pkg.Errors))
	cp.Syntax, cp.Types, cp.TypesInfo, cp.TypeErrors, cp.IllTyped = nil, nil, nil, nil, false
	return &cp
}

// fingerprint returns what go list's answer for dir depends on, as far
// as the server can tell cheaply: the directory's Go files, each one's
// package clause, imports and build constraints (from the overlay when
// open), the text of the open files elsewhere that go list sees
// (depOverlay), and the size and time of go.mod and go.sum. It returns ""
// when a file's header does not parse or a file uses cgo, whose
// compiled files go list makes: then nothing is reused.
func (r *run) fingerprint(dir string, depOverlay map[string][]byte) string {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return ""
	}
	names := make(map[string]bool)
	for _, e := range entries {
		if strings.HasSuffix(e.Name(), ".go") && !e.IsDir() {
			names[filepath.Join(dir, e.Name())] = true
		}
	}
	for path := range r.overlay {
		if filepath.Dir(path) == dir && strings.HasSuffix(path, ".go") {
			names[path] = true // open and not yet saved
		}
	}
	h := sha256.New()
	fset := token.NewFileSet()
	for _, path := range slices.Sorted(maps.Keys(names)) {
		src, ok := r.overlay[path]
		if !ok {
			if src, err = os.ReadFile(path); err != nil {
				return ""
			}
		}
		file, err := parser.ParseFile(fset, path, src, parser.ImportsOnly|parser.ParseComments)
		if err != nil {
			return ""
		}
		fmt.Fprintf(h, "file %q package %s\n", path, file.Name.Name)
		for _, group := range file.Comments {
			for _, c := range group.List {
				if c.Pos() < file.Package {
					fmt.Fprintf(h, "header %q\n", c.Text) // build constraints
				}
			}
		}
		for _, spec := range file.Imports {
			if p, _ := strconv.Unquote(spec.Path.Value); p == "C" {
				return ""
			}
			fmt.Fprintf(h, "import %s\n", spec.Path.Value)
		}
	}
	for _, path := range slices.Sorted(maps.Keys(depOverlay)) {
		fmt.Fprintf(h, "overlay %q %x\n", path, sha256.Sum256(depOverlay[path]))
	}
	writeModuleFiles(h, dir)
	return hex.EncodeToString(h.Sum(nil))
}

// writeModuleFiles writes the size and modification time of the go.mod
// and go.sum of dir's module to w.
func writeModuleFiles(w io.Writer, dir string) {
	for d := dir; ; d = filepath.Dir(d) {
		if info, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
			fmt.Fprintf(w, "go.mod %d %v\n", info.Size(), info.ModTime().UnixNano())
			if info, err := os.Stat(filepath.Join(d, "go.sum")); err == nil {
				fmt.Fprintf(w, "go.sum %d %v\n", info.Size(), info.ModTime().UnixNano())
			}
			return
		}
		if filepath.Dir(d) == d {
			return
		}
	}
}
