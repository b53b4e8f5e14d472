package main

import (
	"bytes"
	"cmp"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime/debug"
	"slices"
	"strconv"
	"strings"
	"sync"

	"golang.org/x/tools/go/analysis"

	"github.com/barestatus/barestatus/analyzer"
)

// A fixGuard watches the diagnostics of a -fix run, in which the x/tools
// driver prints none and applies the fixes only after every package is
// analysed. It stops the run before any file is written when a fix would
// import the status package into a module that cannot resolve it; with
// -diff, which writes nothing, it only warns. And it prints the
// diagnostics that have no fix (codes with no constant, invalid codes),
// which -fix would otherwise leave in place without a word.
type fixGuard struct {
	diff  bool   // -diff: print the fixes, write nothing
	style string // the -style flag's value

	mu       sync.Mutex
	listed   map[string]bool // the diagnostics without a fix printed so far
	resolved map[string]bool // module directory -> the status module resolves there
	warned   bool
}

// statusModule is the path of the status module, which is also the
// import path of its one package.
const statusModule = analyzer.StatusPath

// wrap returns an analyzer that runs a's Run with g watching each pass's
// diagnostics.
func (g *fixGuard) wrap(a *analysis.Analyzer) *analysis.Analyzer {
	run := a.Run
	a.Run = func(pass *analysis.Pass) (any, error) {
		report := pass.Report
		var unfixed []analysis.Diagnostic
		pass.Report = func(d analysis.Diagnostic) {
			if len(d.SuggestedFixes) == 0 {
				unfixed = append(unfixed, d)
			} else if importsStatus(d) {
				g.checkModule(pass)
			}
			report(d)
		}
		res, err := run(pass)
		g.list(pass, unfixed)
		return res, err
	}
	return a
}

// importsStatus reports whether a fix of d adds an import of the status
// package: an edit that writes its quoted path.
func importsStatus(d analysis.Diagnostic) bool {
	quoted := []byte(strconv.Quote(analyzer.StatusPath))
	for _, fix := range d.SuggestedFixes {
		for _, edit := range fix.TextEdits {
			if bytes.Contains(edit.NewText, quoted) {
				return true
			}
		}
	}
	return false
}

// checkModule makes sure that the module of the package being fixed can
// resolve the status package, asking the go command once per module. If
// it cannot, it prints one line saying how to fix that and exits 1, or,
// with -diff, prints the line once as a warning.
func (g *fixGuard) checkModule(pass *analysis.Pass) {
	dir, name := "", "this module"
	if m := pass.Module; m != nil {
		dir, name = m.Dir, m.Path
	}
	if dir == "" && len(pass.Files) > 0 {
		dir = filepath.Dir(pass.Fset.File(pass.Files[0].Pos()).Name())
	}
	g.mu.Lock()
	defer g.mu.Unlock()
	ok, seen := g.resolved[dir]
	if !seen {
		ok = statusResolves(dir)
		if g.resolved == nil {
			g.resolved = make(map[string]bool)
		}
		g.resolved[dir] = ok
	}
	if ok || g.warned {
		return
	}
	line := fmt.Sprintf("%s does not require %s, which the fixes import: run 'go get %s@%s' first", name, statusModule, statusModule, statusVersion())
	if g.style == "status" {
		line += ", or fix with -style=nethttp"
	}
	if g.diff {
		fmt.Fprintf(os.Stderr, "barestatus: warning: %s\n", line)
		g.warned = true
		return
	}
	fmt.Fprintf(os.Stderr, "barestatus: %s; no file was changed\n", line)
	os.Exit(1)
}

// statusResolves reports whether the go command, run in dir, finds the
// status module in the build list: required (directly or not), a
// workspace module, or replaced.
func statusResolves(dir string) bool {
	cmd := exec.Command("go", "list", "-m", "-e", "-f", "{{with .Error}}{{.Err}}{{end}}", statusModule)
	cmd.Dir = dir
	out, err := cmd.Output()
	return err == nil && len(bytes.TrimSpace(out)) == 0
}

// statusVersion returns the version of the status module to get: this
// command's own release, which is tagged for both modules at once, or
// latest for a development build.
func statusVersion() string {
	if info, ok := debug.ReadBuildInfo(); ok {
		// A release such as v0.1.0; not (devel), nor a pseudo-version
		// (v0.0.0-20261203074740-2645529792bc) or a +dirty build.
		if v := info.Main.Version; strings.HasPrefix(v, "v") && !strings.ContainsAny(v, "-+") {
			return v
		}
	}
	return "latest"
}

// list prints the diagnostics of a pass that have no fix, in order, each
// once (a file of both p and p's test variant is analysed twice).
func (g *fixGuard) list(pass *analysis.Pass, unfixed []analysis.Diagnostic) {
	slices.SortFunc(unfixed, func(a, b analysis.Diagnostic) int { return cmp.Compare(a.Pos, b.Pos) })
	var b strings.Builder
	g.mu.Lock()
	defer g.mu.Unlock()
	for _, d := range unfixed {
		line := fmt.Sprintf("%s: %s (not fixed)\n", pass.Fset.Position(d.Pos), d.Message)
		if !g.listed[line] {
			if g.listed == nil {
				g.listed = make(map[string]bool)
			}
			g.listed[line] = true
			b.WriteString(line)
		}
	}
	os.Stderr.WriteString(b.String())
}
