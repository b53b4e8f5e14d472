package analyzer

import (
	_ "embed"
	"fmt"
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
	cfg := &config{style: styleStatus}
	a := &analysis.Analyzer{
		Name:             "barestatus",
		Doc:              analyzerDoc,
		URL:              "https://pkg.go.dev/github.com/barestatus/barestatus/analyzer",
		RunDespiteErrors: true,
		Run:              cfg.run,
	}
	a.Flags.Var(&cfg.style, "style", "constants the fixes use: status (github.com/barestatus/barestatus/status) or nethttp (net/http, falling back to status)")
	a.Flags.BoolVar(&cfg.generated, "generated", false, "also check files with a generated-code header")
	return a
}

// config holds the settings of one analyzer, read from its flags.
type config struct {
	style     style
	generated bool
}

// style selects the constants that fixes write.
type style string

const (
	styleStatus  style = "status"  // status.HTTP_404_NOT_FOUND
	styleNetHTTP style = "nethttp" // http.StatusNotFound
)

func (s *style) String() string { return string(*s) }

// Set implements flag.Value, rejecting unknown styles.
func (s *style) Set(v string) error {
	switch style(v) {
	case styleStatus, styleNetHTTP:
		*s = style(v)
		return nil
	}
	return fmt.Errorf("unknown style %q: want %q or %q", v, styleStatus, styleNetHTTP)
}

func (cfg *config) run(pass *analysis.Pass) (any, error) {
	c := newChecker(pass, cfg.style)
	for _, file := range pass.Files {
		if !cfg.generated && ast.IsGenerated(file) {
			continue // generated code is not the user's to edit
		}
		c.checkFile(file)
	}
	return nil, nil
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
