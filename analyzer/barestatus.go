package analyzer

import (
	_ "embed"
	"go/ast"
	"strings"

	"golang.org/x/tools/go/analysis"
)

//go:embed doc.go
var doc string

// analyzerDoc is the Doc of every barestatus analyzer.
var analyzerDoc = extractDoc(doc, "barestatus")

// StatusPath is the import path of the bundled status package, whose
// constants the fixes use by default.
const StatusPath = "github.com/barestatus/barestatus/status"

// Analyzer reports bare HTTP status codes. Its flags are shared by every
// user of this variable; use New for an analyzer with flags of its own.
var Analyzer = New()

// New returns a fresh barestatus analyzer with its own flag set, so that
// callers such as golangci-lint and tests can configure it independently.
func New() *analysis.Analyzer {
	cfg := &config{style: styleStatus, nolint: true}
	a := &analysis.Analyzer{
		Name:             "barestatus",
		Doc:              analyzerDoc,
		URL:              "https://pkg.go.dev/github.com/barestatus/barestatus/analyzer",
		RunDespiteErrors: true,
		Run:              cfg.run,
	}
	a.Flags.Var(&cfg.style, "style", "constants the fixes use: status (github.com/barestatus/barestatus/status) or nethttp (net/http only, never importing the status module)")
	a.Flags.BoolVar(&cfg.generated, "generated", false, "also check files with a generated-code header")
	a.Flags.Var(&cfg.sinks, "sinks", "comma-separated extra status positions: an argument pkg/path.Func:N or (*pkg/path.Type).Method:N (N counted from 0 after the receiver), a result (pkg/path.Type).Method() or pkg/path.Func(), a field pkg/path.Type.Field")
	a.Flags.Var(&cfg.allow, "allow", "comma-separated status codes never reported, e.g. 200,404")
	a.Flags.BoolVar(&cfg.nolint, "nolint", true, "honour //nolint:barestatus comments (set false where golangci-lint handles them)")
	return a
}

// run runs the analyzer on one package with the settings of cfg.
func (cfg *config) run(pass *analysis.Pass) (any, error) {
	var files []*ast.File
	for _, file := range pass.Files {
		if !cfg.generated && ast.IsGenerated(file) {
			continue // generated code is not the user's to edit
		}
		files = append(files, file)
	}
	return nil, newChecker(pass, cfg).check(files)
}

// extractDoc returns the text of the "# Analyzer name" section of a
// package doc comment, without comment markers: the analyzer's Doc,
// whose first line is its summary.
func extractDoc(src, name string) string {
	heading := "// # Analyzer " + name + "\n"
	_, section, ok := strings.Cut(src, heading)
	if !ok {
		panic("analyzer doc has no " + strings.TrimSpace(heading) + " heading")
	}
	var b strings.Builder
	for line := range strings.Lines(section) {
		if !strings.HasPrefix(line, "//") {
			break // end of the doc comment
		}
		line = strings.TrimPrefix(strings.TrimPrefix(line, "//"), " ")
		b.WriteString(line)
	}
	text := strings.TrimSpace(b.String())
	return strings.TrimPrefix(text, name+": ")
}
