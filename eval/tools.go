package main

import (
	"fmt"
	"log"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"time"

	"github.com/barestatus/barestatus/eval/internal/corpus"
	"github.com/barestatus/barestatus/eval/internal/proc"
	"github.com/barestatus/barestatus/eval/internal/speed"
)

// Peers are the tools barestatus is timed against, pinned.
const (
	usestdlibvarsModule = "github.com/sashamelentyev/usestdlibvars@v1.29.0"
	staticcheckModule   = "honnef.co/go/tools/cmd/staticcheck@v0.8.2"
)

// tools are the binaries that eval runs.
type tools struct {
	dir           string
	barestatus    string // built from the checkout
	noop          string // the no-op analyzer, built from eval/cmd/noop
	usestdlibvars string // installed from the module proxy; "" unless timing
	staticcheck   string // ditto
}

// buildTools builds barestatus from checkout and the no-op analyzer from
// evalDir into dir and, when peers is set, installs the peers there with
// go install.
func buildTools(checkout, evalDir, dir string, peers bool) (tools, error) {
	t := tools{
		dir:        dir,
		barestatus: filepath.Join(dir, "barestatus"),
		noop:       filepath.Join(dir, "noop"),
	}
	build := func(srcDir, out, pkg string) error {
		cmd := exec.Command("go", "build", "-o", out, pkg)
		cmd.Dir = srcDir
		cmd.Env = append(os.Environ(), "GOWORK=off")
		if out, err := cmd.CombinedOutput(); err != nil {
			return fmt.Errorf("go build %s: %v\n%s", pkg, err, out)
		}
		return nil
	}
	if err := build(checkout, t.barestatus, "./cmd/barestatus"); err != nil {
		return t, err
	}
	if err := build(evalDir, t.noop, "./cmd/noop"); err != nil {
		return t, err
	}
	if !peers {
		return t, nil
	}
	for _, mod := range []string{usestdlibvarsModule, staticcheckModule} {
		log.Printf("go install %s", mod)
		cmd := exec.Command("go", "install", mod)
		cmd.Dir = os.TempDir() // outside any module
		cmd.Env = append(os.Environ(), "GOBIN="+dir, "GOFLAGS=", "GOWORK=off")
		if out, err := cmd.CombinedOutput(); err != nil {
			return t, fmt.Errorf("go install %s: %v\n%s", mod, err, out)
		}
	}
	t.usestdlibvars = filepath.Join(dir, "usestdlibvars")
	t.staticcheck = filepath.Join(dir, "staticcheck")
	return t, nil
}

// speedResult is the timing of one module.
type speedResult struct {
	Samples []speed.Sample
	// AnalyzerTime is barestatus's own time, summed from the driver's
	// -debug=tp timings, in a separate sequential run taking RunWall.
	AnalyzerTime time.Duration
	RunWall      time.Duration
}

// timeTools times barestatus, the no-op floor and, if peers is set, the
// two peers on ./... in dir, all including tests. staticcheck runs twice
// per round: with an empty cache, since the analysis drivers keep no
// results of their own, and with the cache its earlier runs filled, as it
// is normally used.
func timeTools(t tools, dir string, runs int, peers bool) (*speedResult, error) {
	cmd := func(env []string, name string, args ...string) func() *exec.Cmd {
		return func() *exec.Cmd {
			c := exec.Command(name, args...)
			c.Dir = dir
			c.Env = append(corpus.Env(), env...)
			return c
		}
	}
	n := 0
	cold := func() *exec.Cmd {
		n++
		cache := filepath.Join(t.dir, fmt.Sprintf("staticcheck-cache-%d", n))
		return cmd([]string{"STATICCHECK_CACHE=" + cache}, t.staticcheck, "-checks", "ST1013", "./...")()
	}
	warmCache := filepath.Join(t.dir, "staticcheck-cache-warm")
	list := []speed.Tool{
		{Name: "barestatus", Cmd: cmd(nil, t.barestatus, "./...")},
		{Name: "noop (floor)", Cmd: cmd(nil, t.noop, "./...")},
		{Name: "usestdlibvars", Cmd: cmd(nil, t.usestdlibvars, "./...")},
		{Name: "staticcheck ST1013, cold cache", Cmd: cold},
		{Name: "staticcheck ST1013, warm cache", Cmd: cmd([]string{"STATICCHECK_CACHE=" + warmCache}, t.staticcheck, "-checks", "ST1013", "./...")},
	}
	if !peers {
		list = list[:2]
	}
	samples, err := speed.Measure(list, runs, proc.Run)
	if err != nil {
		return nil, err
	}
	defer func() {
		for i := 1; i <= n; i++ {
			os.RemoveAll(filepath.Join(t.dir, fmt.Sprintf("staticcheck-cache-%d", i)))
		}
		os.RemoveAll(warmCache)
	}()
	r, err := proc.Run(cmd(nil, t.barestatus, "-debug=tp", "./...")())
	if err != nil {
		return nil, err
	}
	return &speedResult{Samples: samples, AnalyzerTime: sumTimings(string(r.Stderr)), RunWall: r.Wall}, nil
}

// timingLine matches a line of the checker's -debug=t output:
// "1.234ms\tbarestatus@example.com/m", or "5ms\tall others".
var timingLine = regexp.MustCompile(`^([0-9.]+[µnmh]?s|[0-9hms.]+)\t`)

// sumTimings adds up the durations of the checker's -debug=t lines, which
// list the slowest actions and then "all others": their sum is the time
// of all actions, that is, of the analyzer's passes.
func sumTimings(stderr string) time.Duration {
	var total time.Duration
	for line := range strings.Lines(stderr) {
		m := timingLine.FindStringSubmatch(line)
		if m == nil {
			continue
		}
		if d, err := time.ParseDuration(m[1]); err == nil {
			total += d
		}
	}
	return total
}
