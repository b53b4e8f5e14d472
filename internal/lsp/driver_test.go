package lsp

import (
	"context"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"reflect"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/packages"
)

const virtualFile = "/virtual/p/p.go"

// testPackage type-checks src as the one file of package p, without the
// go command.
func testPackage(t *testing.T, src string) *packages.Package {
	t.Helper()
	fset := token.NewFileSet()
	file, err := parser.ParseFile(fset, virtualFile, src, parser.ParseComments)
	if err != nil {
		t.Fatal(err)
	}
	info := &types.Info{Types: make(map[ast.Expr]types.TypeAndValue), Defs: make(map[*ast.Ident]types.Object), Uses: make(map[*ast.Ident]types.Object)}
	var typeErrors []types.Error
	conf := &types.Config{Error: func(err error) { typeErrors = append(typeErrors, err.(types.Error)) }}
	pkg, _ := conf.Check("p", fset, []*ast.File{file}, info)
	return &packages.Package{
		ID: "p", PkgPath: "p", Name: "p", Fset: fset,
		GoFiles: []string{virtualFile}, CompiledGoFiles: []string{virtualFile},
		Syntax: []*ast.File{file}, Types: pkg, TypesInfo: info, TypeErrors: typeErrors,
		IllTyped: len(typeErrors) > 0,
	}
}

// countFiles is required by readSource, which reports what it saw.
var countFiles = &analysis.Analyzer{
	Name:             "countfiles",
	Doc:              "counts files",
	ResultType:       reflect.TypeFor[int](),
	RunDespiteErrors: true,
	Run:              func(pass *analysis.Pass) (any, error) { return len(pass.Files), nil },
}

var readSource = &analysis.Analyzer{
	Name:             "readsource",
	Doc:              "reports the files it read",
	URL:              "https://example.com/readsource",
	Requires:         []*analysis.Analyzer{countFiles},
	RunDespiteErrors: true,
	Run: func(pass *analysis.Pass) (any, error) {
		text, err := pass.ReadFile(virtualFile)
		if err != nil {
			return nil, err
		}
		_, outside := pass.ReadFile("/etc/hostname")
		pass.Report(analysis.Diagnostic{
			Pos:      pass.Files[0].Package,
			Category: "cat",
			Message:  fmt.Sprintf("files=%d first line=%q outside refused=%v", pass.ResultOf[countFiles].(int), strings.SplitN(string(text), "\n", 2)[0], outside != nil),
		})
		return nil, nil
	},
}

func TestDriver(t *testing.T) {
	const src = "package p // from the overlay\n\nvar x = 1\n"
	r := &run{analyzers: []*analysis.Analyzer{readSource}, overlay: map[string][]byte{virtualFile: []byte(src)}}
	outcomes, err := r.analyzePackage(context.Background(), testPackage(t, src))
	if err != nil {
		t.Fatal(err)
	}
	if len(outcomes) != 1 || outcomes[0].analyzer != readSource || len(outcomes[0].diagnostics) != 1 {
		t.Fatalf("outcomes %+v, want one diagnostic of readsource only", outcomes)
	}
	d := outcomes[0].diagnostics[0]
	if want := `files=1 first line="package p // from the overlay" outside refused=true`; d.Message != want {
		t.Errorf("diagnostic %q, want %q", d.Message, want)
	}
	if d.URL != "https://example.com/readsource#cat" {
		t.Errorf("URL %q, want the analyzer's URL with the category", d.URL)
	}
}

func TestDriverFailures(t *testing.T) {
	const src = "package p\n\nvar x int = \"s\"\n"
	illTyped := testPackage(t, src)
	strict := &analysis.Analyzer{Name: "strict", Doc: "does not run on errors", Run: func(*analysis.Pass) (any, error) { return nil, nil }}
	needsStrict := &analysis.Analyzer{Name: "needsstrict", Doc: "requires strict", Requires: []*analysis.Analyzer{strict}, RunDespiteErrors: true,
		Run: func(*analysis.Pass) (any, error) { return nil, nil }}
	panics := &analysis.Analyzer{Name: "panics", Doc: "panics", RunDespiteErrors: true, Run: func(*analysis.Pass) (any, error) { panic("boom") }}
	wrongResult := &analysis.Analyzer{Name: "wrongresult", Doc: "returns an undeclared result", RunDespiteErrors: true,
		Run: func(*analysis.Pass) (any, error) { return 1, nil }}

	r := &run{analyzers: []*analysis.Analyzer{readSource, needsStrict, panics, wrongResult}, overlay: map[string][]byte{virtualFile: []byte(src)}}
	outcomes, err := r.analyzePackage(context.Background(), illTyped)
	if len(outcomes) != 1 || outcomes[0].analyzer != readSource {
		t.Errorf("outcomes %+v, want readsource's alone (it runs despite errors)", outcomes)
	}
	for _, want := range []string{
		"needsstrict needs strict: strict skipped: the package has errors",
		"panics panicked: boom",
		"wrongresult returned a int, but declares ResultType <nil>",
	} {
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("error %v, want it to say %q", err, want)
		}
	}

	facts := &analysis.Analyzer{Name: "facts", Doc: "uses facts", FactTypes: []analysis.Fact{new(aFact)}, Run: func(*analysis.Pass) (any, error) { return nil, nil }}
	r = &run{analyzers: []*analysis.Analyzer{facts}}
	if _, err := r.analyzePackage(context.Background(), illTyped); err == nil || !strings.Contains(err.Error(), "uses facts") {
		t.Errorf("analyzer with facts: %v, want an error", err)
	}
}

type aFact struct{}

func (*aFact) AFact() {}
