package analyzer_test

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/barestatus/barestatus/analyzer"
)

// testdata is the absolute path of the repository's fixture tree, in
// GOPATH layout.
var testdata = func() string {
	dir, err := filepath.Abs(filepath.Join("..", "testdata"))
	if err != nil {
		panic(err)
	}
	if _, err := os.Stat(filepath.Join(dir, "src")); err != nil {
		panic(err)
	}
	return dir
}()

func TestPositions(t *testing.T) {
	analysistest.Run(t, testdata, analyzer.New(), "positions")
}

// TestBrokenCode runs the analyzer on a package that does not type-check:
// an unresolved import, undefined names, calls with missing arguments.
// The positions that still have types are reported; nothing panics.
func TestBrokenCode(t *testing.T) {
	analysistest.Run(t, testdata, analyzer.New(), "broken")
}

// TestGeneratedFiles checks that files with the standard generated-code
// header are skipped unless -generated is set.
func TestGeneratedFiles(t *testing.T) {
	analysistest.Run(t, testdata, analyzer.New(), "generated")

	// generated.go has no // want comment, so with -generated its
	// diagnostic must be the one unexpected diagnostic of the run.
	a := analyzer.New()
	if err := a.Flags.Set("generated", "true"); err != nil {
		t.Fatal(err)
	}
	var rec errorRecorder
	analysistest.Run(&rec, testdata, a, "generated")
	want := "generated/generated.go:8:16: unexpected diagnostic: bare HTTP status code 404: use status.HTTP_404_NOT_FOUND"
	if len(rec.errors) != 1 || !strings.HasSuffix(rec.errors[0], want) {
		t.Errorf("with -generated, got errors %q, want one ending in %q", rec.errors, want)
	}
}

// errorRecorder is an analysistest.Testing that records errors.
type errorRecorder struct{ errors []string }

func (r *errorRecorder) Errorf(format string, args ...any) {
	r.errors = append(r.errors, fmt.Sprintf(format, args...))
}

// TestNoFixInStatusPackage checks that the status package itself gets
// diagnostics but no fixes: it cannot import itself.
func TestNoFixInStatusPackage(t *testing.T) {
	results := analysistest.Run(t, testdata, analyzer.New(), analyzer.StatusPath)
	n := 0
	for _, r := range results {
		for _, d := range r.Diagnostics {
			n++
			if len(d.SuggestedFixes) > 0 {
				t.Errorf("%v: a fix inside the status package", r.Pass.Fset.Position(d.Pos))
			}
		}
	}
	if n == 0 {
		t.Error("no diagnostics in the status package fixture")
	}
}

// TestStatusStubIsCurrent checks that the copy of the status package under
// testdata, which the fixtures import, matches status/ file for file.
func TestStatusStubIsCurrent(t *testing.T) {
	real, err := filepath.Glob(filepath.Join("..", "status", "*.go"))
	if err != nil {
		t.Fatal(err)
	}
	copied := 0
	for _, path := range real {
		if strings.HasSuffix(path, "_test.go") {
			continue
		}
		want, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		got, err := os.ReadFile(filepath.Join(testdata, "src", analyzer.StatusPath, filepath.Base(path)))
		if err != nil || !bytes.Equal(got, want) {
			t.Errorf("the testdata copy of %s is stale (%v): copy status/*.go (no tests) there", path, err)
		}
		copied++
	}
	if copied < 2 {
		t.Errorf("found %d files in status/, want at least 2", copied)
	}
}

// TestNoModuleImportInStandardLibrary checks that fixes in the standard
// library never import the status package, which it cannot import: with
// -style=status no fix is offered there, with -style=nethttp net/http's
// constants are.
func TestNoModuleImportInStandardLibrary(t *testing.T) {
	for style, wantFixes := range map[string]bool{"status": false, "nethttp": true} {
		a := configured(t, map[string]string{"style": style})
		var rec errorRecorder // the diagnostics have no // want comments
		results := analysistest.Run(&rec, testdata, a, "net/http/httptest")
		diags, fixes := 0, 0
		for _, r := range results {
			for _, d := range r.Diagnostics {
				diags++
				for _, f := range d.SuggestedFixes {
					fixes++
					for _, e := range f.TextEdits {
						if strings.Contains(string(e.NewText), analyzer.StatusPath) {
							t.Errorf("-style=%s: a fix imports %s into the standard library", style, analyzer.StatusPath)
						}
					}
				}
			}
		}
		if diags == 0 || (fixes > 0) != wantFixes {
			t.Errorf("-style=%s: %d diagnostics, %d fixes in net/http/httptest; want some diagnostics and fixes=%v", style, diags, fixes, wantFixes)
		}
	}
}

// TestFlow checks value flow: literals put into, compared with or
// returned through slots (locals, fields of the package's types,
// function results) that carry status codes, and the uses that show a
// slot is something else.
func TestFlow(t *testing.T) {
	analysistest.Run(t, testdata, analyzer.New(), "flow")
}
