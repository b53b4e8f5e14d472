package analyzer_test

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"testing"

	"golang.org/x/tools/go/analysis"

	"github.com/barestatus/barestatus/analyzer"
)

// fuzzImports are the packages a fuzzed file may import. They are
// imported once per process from export data; any other import fails at
// once, as an unresolved import does in an editor, so that no exec pays
// for a go list.
var fuzzImports = []string{
	"context", "errors", "fmt", "io", "log", "net/http", "net/http/httptest",
	"net/url", "os", "strconv", "strings", "time",
	analyzer.StatusPath,
}

// fuzzImporter resolves fuzzImports from packages imported in advance.
type fuzzImporter map[string]*types.Package

func (imp fuzzImporter) Import(path string) (*types.Package, error) {
	if pkg, ok := imp[path]; ok {
		return pkg, nil
	}
	return nil, fmt.Errorf("fuzz: package %q is not available", path)
}

// loadFuzzImporter imports fuzzImports once per process: the standard
// library from export data, and the status package, which has no export
// data of its own outside a build, from source.
var loadFuzzImporter = sync.OnceValues(func() (fuzzImporter, error) {
	fset := token.NewFileSet()
	gc := importer.ForCompiler(fset, "gc", nil)
	src := importer.ForCompiler(fset, "source", nil).(types.ImporterFrom)
	imp := make(fuzzImporter)
	for _, path := range fuzzImports {
		var pkg *types.Package
		var err error
		if path == analyzer.StatusPath {
			pkg, err = src.ImportFrom(path, ".", 0)
		} else {
			pkg, err = gc.Import(path)
		}
		if err != nil {
			return nil, fmt.Errorf("importing %s: %v", path, err)
		}
		imp[path] = pkg
	}
	return imp, nil
})

// FuzzAnalyzer feeds arbitrary Go files through parsing, type-checking
// (errors allowed) and the analyzer in both styles. It checks that the
// analyzer does not panic, that its diagnostics and edits lie within the
// file, that each suggested fix applied alone, and all fixes applied
// together, leave a file that parses, and that a fix to a file without
// type errors introduces none.
//
// The seeds are the analyzer's fixtures.
func FuzzAnalyzer(f *testing.F) {
	imp, err := loadFuzzImporter()
	if err != nil {
		f.Fatal(err)
	}
	for _, src := range fuzzSeeds(f) {
		f.Add(src)
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		fuzzCheckSource(t, imp, src)
	})
}

// fuzzSeeds returns the fixture files, with their goldens, that seed
// FuzzAnalyzer.
func fuzzSeeds(tb testing.TB) [][]byte {
	var seeds [][]byte
	for _, dir := range []string{"positions", "fix", "fixnethttp", "broken", "generated"} {
		for _, pattern := range []string{"*.go", "*.go.golden"} {
			matches, err := filepath.Glob(filepath.Join(testdata, "src", dir, pattern))
			if err != nil {
				tb.Fatal(err)
			}
			for _, path := range matches {
				src, err := os.ReadFile(path)
				if err != nil {
					tb.Fatal(err)
				}
				seeds = append(seeds, src)
			}
		}
	}
	if len(seeds) < 20 {
		tb.Fatalf("found %d seed files under %s, want the fixtures", len(seeds), testdata)
	}
	return seeds
}

// TestFuzzSeedsExerciseFixes checks that the fuzz target's checks have
// something to check on its seeds: many fixes, in files that type-check.
func TestFuzzSeedsExerciseFixes(t *testing.T) {
	imp, err := loadFuzzImporter()
	if err != nil {
		t.Fatal(err)
	}
	fixes, clean := 0, 0
	for _, src := range fuzzSeeds(t) {
		n, errs := fuzzCheckSource(t, imp, src)
		fixes += n
		if n > 0 && errs == 0 {
			clean++
		}
	}
	if fixes < 100 || clean < 10 {
		t.Errorf("seeds gave %d fixes, %d files with fixes and no type errors; want at least 100 and 10", fixes, clean)
	}
}

// TestFuzzApply checks the edit application the fuzz target relies on.
func TestFuzzApply(t *testing.T) {
	src := []byte("abcdef")
	got, err := fuzzApply(src, []fuzzEdit{{4, 5, "E"}, {0, 0, "<"}, {1, 3, "BC"}, {0, 0, "<"}}, true)
	if err != nil || string(got) != "<aBCdEf" {
		t.Errorf("fuzzApply = %q, %v; want %q", got, err, "<aBCdEf")
	}
	for _, edits := range [][]fuzzEdit{
		{{1, 3, "x"}, {2, 4, "y"}}, // overlap
		{{0, 9, "x"}},              // past the end
	} {
		if got, err := fuzzApply(src, edits, false); err == nil {
			t.Errorf("fuzzApply(%v) = %q, want an error", edits, got)
		}
	}
	if _, err := fuzzApply(src, []fuzzEdit{{2, 2, "x"}, {2, 2, "y"}}, true); err == nil {
		t.Error("strict: two insertions at one offset: want an error")
	}
	if got, err := fuzzApply(src, []fuzzEdit{{2, 2, "x"}, {2, 2, "y"}}, false); err != nil || string(got) != "abxycdef" {
		t.Errorf("two insertions at one offset = %q, %v; want them in order", got, err)
	}
}

// fuzzFile is the name of the fuzzed file.
const fuzzFile = "fuzz.go"

// fuzzTypeChecked is a parsed and type-checked one-file package.
type fuzzTypeChecked struct {
	fset   *token.FileSet
	file   *ast.File
	pkg    *types.Package
	info   *types.Info
	errors int // type errors
}

// check parses and type-checks src; ok is false if it does not parse.
func fuzzCheck(imp types.Importer, src []byte) (tc fuzzTypeChecked, ok bool) {
	tc.fset = token.NewFileSet()
	file, err := parser.ParseFile(tc.fset, fuzzFile, src, parser.ParseComments|parser.SkipObjectResolution)
	if err != nil {
		return tc, false
	}
	tc.file = file
	tc.info = &types.Info{
		Types:        make(map[ast.Expr]types.TypeAndValue),
		Defs:         make(map[*ast.Ident]types.Object),
		Uses:         make(map[*ast.Ident]types.Object),
		Implicits:    make(map[ast.Node]types.Object),
		Selections:   make(map[*ast.SelectorExpr]*types.Selection),
		Scopes:       make(map[ast.Node]*types.Scope),
		Instances:    make(map[*ast.Ident]types.Instance),
		FileVersions: make(map[*ast.File]string),
	}
	conf := types.Config{
		Importer: imp,
		Error:    func(error) { tc.errors++ },
	}
	tc.pkg, _ = conf.Check("example.com/fuzz", tc.fset, []*ast.File{file}, tc.info)
	return tc, true
}

// fuzzCheckSource runs the analyzer over src in both styles and checks its
// diagnostics and fixes. It returns the number of fixes checked and of
// type errors in src.
func fuzzCheckSource(t *testing.T, imp types.Importer, src []byte) (fixes, typeErrors int) {
	tc, ok := fuzzCheck(imp, src)
	if !ok {
		return 0, 0 // not Go: nothing to analyze
	}
	for _, style := range []string{"status", "nethttp"} {
		diags := fuzzRun(t, tc, src, style)
		tokFile := tc.fset.File(tc.file.FileStart)
		var all []fuzzEdit
		for _, d := range diags {
			if !fuzzInFile(tokFile, d.Pos) || (d.End.IsValid() && (!fuzzInFile(tokFile, d.End) || d.End < d.Pos)) {
				t.Fatalf("-style=%s: diagnostic %q at %d-%d lies outside the file [%d, %d]", style, d.Message, d.Pos, d.End, tokFile.Base(), tokFile.Base()+tokFile.Size())
			}
			for _, fix := range d.SuggestedFixes {
				var edits []fuzzEdit
				for _, e := range fix.TextEdits {
					if !fuzzInFile(tokFile, e.Pos) || !fuzzInFile(tokFile, e.End) || e.End < e.Pos {
						t.Fatalf("-style=%s: fix %q: edit %d-%d lies outside the file", style, fix.Message, e.Pos, e.End)
					}
					edits = append(edits, fuzzEdit{tokFile.Offset(e.Pos), tokFile.Offset(e.End), string(e.NewText)})
				}
				fixed, err := fuzzApply(src, edits, false)
				if err != nil {
					t.Fatalf("-style=%s: fix %q: %v", style, fix.Message, err)
				}
				after, ok := fuzzCheck(imp, fixed)
				if !ok {
					_, err := parser.ParseFile(token.NewFileSet(), fuzzFile, fixed, parser.ParseComments)
					t.Fatalf("-style=%s: fix %q leaves a file that does not parse: %v\n%s", style, fix.Message, err, fixed)
				}
				if tc.errors == 0 && after.errors > 0 {
					t.Fatalf("-style=%s: fix %q introduces type errors into a file that had none:\n%s", style, fix.Message, fixed)
				}
				all = append(all, edits...)
				fixes++
			}
		}
		if len(all) == 0 {
			continue
		}
		// All fixes together, as -fix applies them: identical edits (the
		// same import added by several fixes) merge; overlapping ones
		// would conflict, and then there is nothing more to check.
		fixed, err := fuzzApply(src, all, true)
		if err != nil {
			continue
		}
		if _, ok := fuzzCheck(imp, fixed); !ok {
			_, err := parser.ParseFile(token.NewFileSet(), fuzzFile, fixed, parser.ParseComments)
			t.Fatalf("-style=%s: all fixes together leave a file that does not parse: %v\n%s", style, err, fixed)
		}
	}
	return fixes, tc.errors
}

// fuzzRun runs a fresh analyzer with the given style over tc.
func fuzzRun(t *testing.T, tc fuzzTypeChecked, src []byte, style string) []analysis.Diagnostic {
	a := analyzer.New()
	if err := a.Flags.Set("style", style); err != nil {
		t.Fatal(err)
	}
	var diags []analysis.Diagnostic
	pass := &analysis.Pass{
		Analyzer:   a,
		Fset:       tc.fset,
		Files:      []*ast.File{tc.file},
		Pkg:        tc.pkg,
		TypesInfo:  tc.info,
		TypesSizes: types.SizesFor("gc", "amd64"),
		ResultOf:   map[*analysis.Analyzer]any{},
		Report:     func(d analysis.Diagnostic) { diags = append(diags, d) },
		ReadFile: func(name string) ([]byte, error) {
			if name != fuzzFile {
				return nil, os.ErrNotExist
			}
			return src, nil
		},
	}
	if _, err := a.Run(pass); err != nil {
		t.Fatalf("-style=%s: analyzer failed: %v", style, err)
	}
	return diags
}

// fuzzInFile reports whether pos lies in f, its end included.
func fuzzInFile(f *token.File, pos token.Pos) bool {
	return pos.IsValid() && int(pos) >= f.Base() && int(pos) <= f.Base()+f.Size()
}

// A fuzzEdit replaces src[start:end] with text.
type fuzzEdit struct {
	start, end int
	text       string
}

// fuzzApply applies edits to src. Identical edits count once; edits that
// overlap are an error, and so, when strict, are two different edits at
// one offset, whose order the driver would have to guess.
func fuzzApply(src []byte, edits []fuzzEdit, strict bool) ([]byte, error) {
	edits = slices.Clone(edits)
	slices.SortStableFunc(edits, func(a, b fuzzEdit) int {
		if a.start != b.start {
			return a.start - b.start
		}
		return a.end - b.end
	})
	var b bytes.Buffer
	last := 0
	for i, e := range edits {
		if i > 0 {
			prev := edits[i-1]
			if e == prev {
				continue // the same import, added by several fixes
			}
			if e.start < prev.end || strict && e.start == prev.start {
				return nil, fmt.Errorf("edits %v and %v overlap", prev, e)
			}
		}
		if e.start > len(src) || e.end > len(src) || e.start < last {
			return nil, fmt.Errorf("fuzzEdit %v out of order or range", e)
		}
		b.Write(src[last:e.start])
		b.WriteString(e.text)
		last = e.end
	}
	b.Write(src[last:])
	return b.Bytes(), nil
}
