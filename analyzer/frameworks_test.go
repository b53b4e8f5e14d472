package analyzer_test

import (
	"fmt"
	"os"
	"path"
	"path/filepath"
	"slices"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/barestatus/barestatus/analyzer"
)

// TestFrameworks runs the analyzer on one fixture package per framework,
// each importing a stub with the framework's real import path and
// signatures. The fixtures are the directories of
// testdata/src/frameworks, so a new one runs without being listed here.
func TestFrameworks(t *testing.T) {
	pkgs, err := fixtures(testdata, "frameworks")
	if err != nil {
		t.Fatal(err)
	}
	for _, pkg := range pkgs {
		t.Run(pkg, func(t *testing.T) {
			analysistest.Run(t, testdata, analyzer.New(), pkg)
		})
	}
}

// fixtures returns the import paths of the fixture packages directly
// under dir of the GOPATH-layout tree root (root/src/dir/*), one per
// subdirectory, in name order. Finding none is an error, so that a
// moved or emptied tree cannot make a test pass by running nothing.
func fixtures(root, dir string) ([]string, error) {
	src := filepath.Join(root, "src", filepath.FromSlash(dir))
	entries, err := os.ReadDir(src)
	if err != nil {
		return nil, err
	}
	var pkgs []string
	for _, e := range entries {
		if e.IsDir() {
			pkgs = append(pkgs, path.Join(dir, e.Name()))
		}
	}
	if len(pkgs) == 0 {
		return nil, fmt.Errorf("no fixture packages in %s", src)
	}
	return pkgs, nil
}

// TestFixtures checks that fixtures finds every subdirectory, one added
// later included, skips plain files, and fails on an empty or missing
// tree.
func TestFixtures(t *testing.T) {
	root := t.TempDir()
	mkdir := func(dir string) {
		t.Helper()
		if err := os.MkdirAll(filepath.Join(root, "src", dir), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	mkdir("fw")
	if pkgs, err := fixtures(root, "fw"); err == nil {
		t.Errorf("empty tree: got %q, want an error", pkgs)
	}
	if pkgs, err := fixtures(root, "missing"); err == nil {
		t.Errorf("missing tree: got %q, want an error", pkgs)
	}
	mkdir("fw/b")
	mkdir("fw/a")
	if err := os.WriteFile(filepath.Join(root, "src", "fw", "doc.go"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	want := []string{"fw/a", "fw/b"}
	if pkgs, err := fixtures(root, "fw"); err != nil || !slices.Equal(pkgs, want) {
		t.Errorf("got %q, %v, want %q", pkgs, err, want)
	}
	mkdir("fw/c")
	want = append(want, "fw/c")
	if pkgs, err := fixtures(root, "fw"); err != nil || !slices.Equal(pkgs, want) {
		t.Errorf("after adding fw/c: got %q, %v, want %q", pkgs, err, want)
	}
}
