package analyzer_test

import (
	"fmt"
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"os"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/packages"

	"github.com/barestatus/barestatus/analyzer"
)

// A loaded package is the input of one analysis pass.
type loaded struct {
	fset  *token.FileSet
	files []*ast.File
	pkg   *types.Package
	info  *types.Info
}

// loadNetHTTP loads and type-checks net/http from source.
func loadNetHTTP(b *testing.B) loaded {
	cfg := &packages.Config{Mode: packages.NeedName | packages.NeedFiles | packages.NeedSyntax | packages.NeedTypes | packages.NeedTypesInfo}
	pkgs, err := packages.Load(cfg, "net/http")
	if err != nil || len(pkgs) != 1 || len(pkgs[0].Errors) > 0 {
		b.Fatalf("loading net/http: %v %v", err, pkgs)
	}
	p := pkgs[0]
	return loaded{p.Fset, p.Syntax, p.Types, p.TypesInfo}
}

// handlersSource returns a package of n handlers, each with bare codes
// in every position kind, and as many lines without any. Every sixth
// uses 299, which has no name: APIResponse's Status field, a position by
// shape only, does not report it.
func handlersSource(n int) string {
	var b strings.Builder
	b.WriteString("package handlers\n\nimport (\n\t\"net/http\"\n\t\"net/http/httptest\"\n)\n\n")
	b.WriteString("type APIResponse struct {\n\tStatus int\n\tMessage string\n}\n")
	for i := range n {
		code := []int{200, 201, 400, 404, 500, 299}[i%6]
		fmt.Fprintf(&b, `
func handler%[1]d(w http.ResponseWriter, r *http.Request, resp *http.Response) {
	if r.Method != http.MethodGet {
		http.Error(w, "method", %[2]d)
		return
	}
	n := len(r.URL.Path) * 2
	_ = n
	if resp.StatusCode != %[2]d {
		w.WriteHeader(%[2]d)
	}
	_ = APIResponse{Status: %[2]d, Message: r.URL.Path}
	_ = httptest.NewRecorder()
	w.Write([]byte(r.URL.Query().Get("q")))
}
`, i, code)
	}
	return b.String()
}

// flowSource returns a package of n handlers whose codes travel through
// value flow: a local, a test table's field and a status function, three
// bare codes each, beside locals that are sizes and loop bounds.
func flowSource(n int) string {
	var b strings.Builder
	b.WriteString("package handlers\n\nimport \"net/http\"\n\ntype testCase struct {\n\tname string\n\twant int\n}\n")
	for i := range n {
		fmt.Fprintf(&b, `
func codeFor%[1]d(err error) int {
	if err != nil {
		return 500
	}
	return 200
}

func handler%[1]d(w http.ResponseWriter, r *http.Request, tc testCase) {
	code := 404
	size := len(r.URL.Path)
	for i := 0; i < size; i++ {
		size += i
	}
	if tc.want != 0 {
		w.WriteHeader(tc.want)
	}
	w.WriteHeader(codeFor%[1]d(nil))
	w.WriteHeader(code)
}

var cases%[1]d = []testCase{{"x%[1]d", 201}}
`, i)
	}
	return b.String()
}

// typeCheck parses and type-checks a one-file package.
func typeCheck(b *testing.B, src string) loaded {
	fset := token.NewFileSet()
	file, err := parser.ParseFile(fset, "handlers.go", src, parser.ParseComments|parser.SkipObjectResolution)
	if err != nil {
		b.Fatal(err)
	}
	info := &types.Info{
		Types:      make(map[ast.Expr]types.TypeAndValue),
		Defs:       make(map[*ast.Ident]types.Object),
		Uses:       make(map[*ast.Ident]types.Object),
		Implicits:  make(map[ast.Node]types.Object),
		Selections: make(map[*ast.SelectorExpr]*types.Selection),
		Scopes:     make(map[ast.Node]*types.Scope),
	}
	conf := types.Config{Importer: importer.Default()}
	pkg, err := conf.Check("handlers", fset, []*ast.File{file}, info)
	if err != nil {
		b.Fatal(err)
	}
	return loaded{fset, []*ast.File{file}, pkg, info}
}

// run runs a fresh analyzer over l and returns the number of diagnostics.
func (l loaded) run(b *testing.B) int {
	a := analyzer.New()
	n := 0
	pass := &analysis.Pass{
		Analyzer:  a,
		Fset:      l.fset,
		Files:     l.files,
		Pkg:       l.pkg,
		TypesInfo: l.info,
		ResultOf:  map[*analysis.Analyzer]any{},
		Report:    func(analysis.Diagnostic) { n++ },
	}
	if _, err := a.Run(pass); err != nil {
		b.Fatal(err)
	}
	return n
}

// BenchmarkAnalyzer measures the analyzer's own pass over packages already
// loaded and type-checked: net/http, a generated package of 2000
// handlers with four bare codes each (three for one in six), and one of
// 2000 handlers whose codes reach their positions through value flow.
func BenchmarkAnalyzer(b *testing.B) {
	b.Run("net/http", func(b *testing.B) { loadNetHTTP(b).bench(b, -1) })
	// 299 is quiet in APIResponse{Status: 299}, a field matched by shape
	// alone, where only codes with a constant are reported.
	b.Run("handlers", func(b *testing.B) { typeCheck(b, handlersSource(2000)).bench(b, 2000*4-2000/6) })
	b.Run("flow", func(b *testing.B) { typeCheck(b, flowSource(2000)).bench(b, 2000*4) })
}

// bench checks that a run over l reports want diagnostics (any number if
// want is negative), then times runs over l.
func (l loaded) bench(b *testing.B, want int) {
	if n := l.run(b); want >= 0 && n != want {
		b.Fatalf("%d diagnostics, want %d", n, want)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		l.run(b)
	}
}

// BenchmarkTypeCheck measures parsing and type-checking the generated
// handlers package: the work a driver does before the analyzer runs, to
// set BenchmarkAnalyzer/handlers against.
func BenchmarkTypeCheck(b *testing.B) {
	src := handlersSource(2000)
	b.ReportAllocs()
	for b.Loop() {
		typeCheck(b, src)
	}
}

// BenchmarkAnalyzerOnDir measures the pass over the packages of another
// module, tests included, as the eval's modules are checked: set
// BARESTATUS_BENCH_DIR to the module's directory (its go.mod must resolve
// offline). It is skipped otherwise.
func BenchmarkAnalyzerOnDir(b *testing.B) {
	dir := os.Getenv("BARESTATUS_BENCH_DIR")
	if dir == "" {
		b.Skip("BARESTATUS_BENCH_DIR is not set")
	}
	cfg := &packages.Config{
		Mode:  packages.NeedName | packages.NeedFiles | packages.NeedSyntax | packages.NeedTypes | packages.NeedTypesInfo,
		Dir:   dir,
		Tests: true,
		Env:   append(os.Environ(), "GOWORK=off", "GOFLAGS=-mod=mod"),
	}
	pkgs, err := packages.Load(cfg, "./...")
	if err != nil {
		b.Fatal(err)
	}
	var all []loaded
	for _, p := range pkgs {
		if p.TypesInfo != nil {
			all = append(all, loaded{p.Fset, p.Syntax, p.Types, p.TypesInfo})
		}
	}
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, l := range all {
			l.run(b)
		}
	}
}
