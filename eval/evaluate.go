package main

import (
	"bytes"
	"fmt"
	"io/fs"
	"log"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/barestatus/barestatus/eval/internal/corpus"
	"github.com/barestatus/barestatus/eval/internal/diags"
)

// moduleResult is everything measured on one module.
type moduleResult struct {
	corpus.Module
	Packages      int            // go list ./...
	TestPackages  int            // go list -test ./..., test variants included
	Diagnostics   int            // each reported once, though in a package and its test variant
	ByKind        map[string]int // fixable, no-fix, no-constant, invalid
	ByPosition    map[string]int // see diags.Position
	LoadErrors    []string       // packages barestatus failed on
	Exit          int            // barestatus -json exit code
	Wall          time.Duration
	MaxRSS        int64
	DiagnosticsIn string // the file listing every diagnostic
	Fix           *fixResult
	Speed         *speedResult
}

// evaluate runs every selected part on one module.
func evaluate(m corpus.Module, t tools, o options, timed bool, tmp string) (*moduleResult, error) {
	src, err := corpus.Download(m)
	if err != nil {
		return nil, err
	}
	dir := filepath.Join(tmp, m.Name)
	if err := corpus.Copy(src, dir); err != nil {
		return nil, err
	}
	if !o.keep {
		defer os.RemoveAll(dir)
	}
	if err := corpus.Require(dir, o.checkout); err != nil {
		return nil, err
	}
	res := &moduleResult{Module: m}
	pkgs, err := corpus.Packages(dir, false, "./...")
	if err != nil {
		return nil, err
	}
	res.Packages = len(pkgs)
	if pkgs, err = corpus.Packages(dir, true, "./..."); err != nil {
		return nil, err
	}
	res.TestPackages = len(pkgs)

	log.Printf("%s: barestatus -json ./... (%d packages with tests)", m.Name, res.TestPackages)
	ds, errs, r, err := loadDiagnostics(t.barestatus, dir)
	if err != nil {
		return nil, err
	}
	res.Diagnostics, res.LoadErrors, res.Exit, res.Wall, res.MaxRSS = len(ds), errs, r.ExitCode, r.Wall, r.MaxRSS
	res.ByKind = make(map[string]int)
	res.ByPosition = make(map[string]int)
	res.DiagnosticsIn = filepath.Join(o.out, m.Name+".diags.txt")
	listing, err := describe(ds, dir, res)
	if err != nil {
		return nil, err
	}
	if err := os.WriteFile(res.DiagnosticsIn, listing, 0o644); err != nil {
		return nil, err
	}

	if timed {
		log.Printf("%s: timing, %d runs of each tool", m.Name, o.runs)
		if res.Speed, err = timeTools(t, dir, o.runs, o.peers); err != nil {
			return nil, err
		}
	}
	if o.fix {
		log.Printf("%s: fix safety", m.Name)
		if res.Fix, err = checkFix(t.barestatus, src, dir); err != nil {
			return nil, err
		}
	}
	return res, nil
}

// describe counts the diagnostics by kind and position into res and
// returns a listing of them: position, kind, where, message, and the
// source line, with paths relative to the module.
func describe(ds []diags.Diagnostic, dir string, res *moduleResult) ([]byte, error) {
	var b bytes.Buffer
	files := make(map[string][]byte)
	for _, d := range ds {
		src, ok := files[d.File()]
		if !ok {
			var err error
			if src, err = os.ReadFile(d.File()); err != nil {
				return nil, err
			}
			files[d.File()] = src
		}
		off, line := offset(src, d.Line(), d.Column())
		pos := diags.Position(src, off)
		if strings.HasPrefix(d.Message, "HTTP status class test") {
			pos = "class test" // spans a whole comparison, not a literal
		}
		res.ByKind[d.Kind()]++
		res.ByPosition[pos]++
		rel, err := filepath.Rel(dir, d.File())
		if err != nil {
			rel = d.File()
		}
		fmt.Fprintf(&b, "%s:%d:%d\t%s\t%s\t%s\n\t%s\n", rel, d.Line(), d.Column(), d.Kind(), pos, d.Message, strings.TrimSpace(line))
	}
	return b.Bytes(), nil
}

// offset returns the byte offset of a 1-based line and column in src,
// and the text of that line.
func offset(src []byte, line, col int) (int, string) {
	start := 0
	for i := 1; i < line; i++ {
		nl := bytes.IndexByte(src[start:], '\n')
		if nl < 0 {
			return -1, ""
		}
		start += nl + 1
	}
	end := bytes.IndexByte(src[start:], '\n')
	if end < 0 {
		end = len(src) - start
	}
	return start + col - 1, string(src[start : start+end])
}

// fixResult is the outcome of applying every fix to one module.
type fixResult struct {
	BuildBefore, BuildAfter string // "ok", or the first lines of go build's output
	VetBefore, VetAfter     string
	FixExit                 int
	FixOutput               string
	FilesChanged            int
	NewUnformatted          []string // files gofmt -l lists after the fixes but not before
	Remaining               int      // diagnostics of a second run
	FixableAfter            int      // of those, how many still offer a fix
	Verdict                 string   // "ok", or what failed
}

// checkFix applies barestatus -fix in dir, the writable copy of the
// module whose pristine source is src, and checks that the module still
// builds and vets where it did before, that gofmt has nothing new to say,
// and that a second run finds nothing left to fix.
func checkFix(bin, src, dir string) (*fixResult, error) {
	f := &fixResult{}
	var err error
	goCheck := func(args ...string) (string, error) {
		r, err := measure(dir, "go", args...)
		if err != nil {
			return "", err
		}
		if r.ExitCode != 0 {
			return "exit " + fmt.Sprint(r.ExitCode) + ": " + firstLines(r.Stderr, 15), nil
		}
		return "ok", nil
	}
	if f.BuildBefore, err = goCheck("build", "./..."); err != nil {
		return nil, err
	}
	if f.VetBefore, err = goCheck("vet", "./..."); err != nil {
		return nil, err
	}
	fmtBefore, err := gofmtList(dir)
	if err != nil {
		return nil, err
	}

	r, err := measure(dir, bin, "-fix", "./...")
	if err != nil {
		return nil, err
	}
	f.FixExit, f.FixOutput = r.ExitCode, firstLines(r.Stderr, 15)
	if f.FilesChanged, err = countChanged(src, dir); err != nil {
		return nil, err
	}

	if f.BuildAfter, err = goCheck("build", "./..."); err != nil {
		return nil, err
	}
	if f.VetAfter, err = goCheck("vet", "./..."); err != nil {
		return nil, err
	}
	fmtAfter, err := gofmtList(dir)
	if err != nil {
		return nil, err
	}
	for _, file := range fmtAfter {
		if !contains(fmtBefore, file) {
			f.NewUnformatted = append(f.NewUnformatted, file)
		}
	}
	after, _, _, err := loadDiagnostics(bin, dir)
	if err != nil {
		return nil, err
	}
	f.Remaining = len(after)
	for _, d := range after {
		if d.Fixes > 0 {
			f.FixableAfter++
		}
	}

	var failed []string
	if f.BuildBefore == "ok" && f.BuildAfter != "ok" {
		failed = append(failed, "build broke")
	}
	if f.VetBefore == "ok" && f.VetAfter != "ok" {
		failed = append(failed, "vet broke")
	}
	if len(f.NewUnformatted) > 0 {
		failed = append(failed, "gofmt")
	}
	if f.FixableAfter > 0 {
		failed = append(failed, "fixable after -fix")
	}
	if f.FixExit != 0 && f.BuildBefore == "ok" {
		failed = append(failed, "-fix exited "+fmt.Sprint(f.FixExit))
	}
	f.Verdict = "ok"
	if len(failed) > 0 {
		f.Verdict = strings.Join(failed, ", ")
	}
	return f, nil
}

// gofmtList returns the files gofmt -l lists in dir.
func gofmtList(dir string) ([]string, error) {
	r, err := measure(dir, "gofmt", "-l", ".")
	if err != nil {
		return nil, err
	}
	list := strings.Fields(string(r.Stdout))
	sort.Strings(list)
	return list, nil
}

func contains(list []string, s string) bool {
	i := sort.SearchStrings(list, s)
	return i < len(list) && list[i] == s
}

// countChanged returns how many .go files under dir differ from their
// pristine counterpart under src.
func countChanged(src, dir string) (int, error) {
	n := 0
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") {
			return err
		}
		rel, err := filepath.Rel(dir, path)
		if err != nil {
			return err
		}
		got, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		orig, err := os.ReadFile(filepath.Join(src, rel))
		if err != nil || !bytes.Equal(got, orig) {
			n++ // changed, or new
		}
		return nil
	})
	return n, err
}
