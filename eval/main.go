// Command eval measures barestatus on a pinned corpus of real modules:
// its diagnostics by kind and position, the safety of its fixes, and its
// speed and memory against a no-op analyzer and two peers.
//
// Run it from the repository root with
//
//	go run -C eval . [-modules=mux,chi] [-speed=false] [-fix=false] [-runs=5]
//
// and, to hold barestatus against the no-op floor alone over many
// alternating pairs,
//
//	go run -C eval . -modules=fiber -speed-modules=fiber -fix=false -peers=false -runs=100
//
// It downloads each module into the module cache, copies it into a
// temporary directory, makes the copy require this checkout of barestatus
// and runs the tools there. It writes one file of diagnostics per module,
// report.md and results.json into -out, and prints the report.
package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"time"

	"github.com/barestatus/barestatus/eval/internal/corpus"
	"github.com/barestatus/barestatus/eval/internal/diags"
	"github.com/barestatus/barestatus/eval/internal/proc"
)

func main() {
	log.SetFlags(0)
	log.SetPrefix("eval: ")
	var o options
	flag.StringVar(&o.modules, "modules", "all", `modules to evaluate: comma-separated names, "small" or "all"`)
	flag.StringVar(&o.speedModules, "speed-modules", "small", `of those, the modules to time: names, "small" or "all"`)
	flag.BoolVar(&o.speed, "speed", true, "time barestatus against a no-op analyzer, usestdlibvars and staticcheck")
	flag.BoolVar(&o.peers, "peers", true, "with -speed, time usestdlibvars and staticcheck too; false times barestatus and the floor alone")
	flag.BoolVar(&o.fix, "fix", true, "check that -fix leaves each module building, vetting and gofmt-clean")
	flag.IntVar(&o.runs, "runs", 5, "timed runs per tool and module")
	flag.StringVar(&o.out, "out", "out", "directory for the report and the diagnostics of each module")
	flag.StringVar(&o.checkout, "checkout", "", "barestatus source tree to evaluate (default: the enclosing checkout)")
	flag.BoolVar(&o.keep, "keep", false, "keep the temporary directory with the corpus copies")
	flag.Usage = func() {
		fmt.Fprintf(flag.CommandLine.Output(), "usage: go run -C eval . [flags]\n\nflags:\n")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() > 0 {
		flag.Usage()
		os.Exit(2)
	}
	if err := run(o); err != nil {
		log.Fatal(err)
	}
}

// options are the command's flags.
type options struct {
	modules, speedModules string
	speed, peers          bool
	fix, keep             bool
	runs                  int
	out, checkout         string
}

func run(o options) error {
	mods, err := corpus.Select(corpus.Pinned, o.modules)
	if err != nil {
		return err
	}
	timed := make(map[string]bool)
	if o.speed {
		sel, err := corpus.Select(corpus.Pinned, o.speedModules)
		if err != nil {
			return fmt.Errorf("-speed-modules: %v", err)
		}
		for _, m := range sel {
			timed[m.Name] = true
		}
	}
	evalDir, err := findModule(evalPath)
	if err != nil {
		return err
	}
	if o.checkout == "" {
		if o.checkout, err = findModule(corpus.SelfPath); err != nil {
			return fmt.Errorf("%v; use -checkout", err)
		}
	}
	if o.checkout, err = filepath.Abs(o.checkout); err != nil {
		return err
	}
	if o.out, err = filepath.Abs(o.out); err != nil {
		return err
	}
	if err := os.MkdirAll(o.out, 0o755); err != nil {
		return err
	}
	tmp, err := os.MkdirTemp("", "barestatus-eval-")
	if err != nil {
		return err
	}
	if o.keep {
		log.Printf("keeping %s", tmp)
	} else {
		defer os.RemoveAll(tmp)
	}

	tools, err := buildTools(o.checkout, evalDir, filepath.Join(tmp, "bin"), len(timed) > 0 && o.peers)
	if err != nil {
		return err
	}
	rep := &report{Machine: describeMachine(), Checkout: o.checkout}
	for _, m := range mods {
		log.Printf("%s %s", m.Path, m.Version)
		res, err := evaluate(m, tools, o, timed[m.Name], tmp)
		if err != nil {
			return fmt.Errorf("%s: %v", m.Name, err)
		}
		rep.Modules = append(rep.Modules, res)
		if err := rep.write(o.out); err != nil { // after each module, so a long run leaves partial results
			return err
		}
	}
	fmt.Print(rep.markdown())
	log.Printf("wrote %s", filepath.Join(o.out, "report.md"))
	return nil
}

// evalPath is the module path of this program.
const evalPath = corpus.SelfPath + "/eval"

// findModule returns the innermost enclosing directory whose go.mod
// declares the module path.
func findModule(path string) (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		data, err := os.ReadFile(filepath.Join(dir, "go.mod"))
		if err == nil && bytes.HasPrefix(data, []byte("module "+path+"\n")) {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", fmt.Errorf("not inside module %s", path)
		}
		dir = parent
	}
}

// describeMachine returns the date, CPU count, CPU model and Go version.
func describeMachine() machine {
	m := machine{Date: time.Now().UTC().Format(time.RFC3339), NumCPU: runtime.NumCPU()}
	if out, err := exec.Command("go", "version").Output(); err == nil {
		m.GoVersion = strings.TrimSpace(string(out))
	}
	if f, err := os.Open("/proc/cpuinfo"); err == nil {
		defer f.Close()
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			if k, v, ok := strings.Cut(sc.Text(), ":"); ok && strings.TrimSpace(k) == "model name" {
				m.CPU = strings.TrimSpace(v)
				break
			}
		}
	}
	if data, err := os.ReadFile("/proc/meminfo"); err == nil {
		m.Memory, _, _ = strings.Cut(string(data), "\n")
		m.Memory = strings.Join(strings.Fields(m.Memory), " ")
	}
	return m
}

// measure runs a command in dir with the corpus environment.
func measure(dir string, name string, args ...string) (proc.Result, error) {
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	cmd.Env = corpus.Env()
	return proc.Run(cmd)
}

// loadDiagnostics runs barestatus -json on ./... in dir.
func loadDiagnostics(bin, dir string) ([]diags.Diagnostic, []string, proc.Result, error) {
	r, err := measure(dir, bin, "-json", "./...")
	if err != nil {
		return nil, nil, r, err
	}
	ds, errs, err := diags.Parse(r.Stdout, "barestatus")
	if err != nil {
		return nil, nil, r, fmt.Errorf("barestatus exit %d: %v\n%s", r.ExitCode, err, firstLines(r.Stderr, 20))
	}
	return ds, errs, r, nil
}

// firstLines returns at most n lines of b.
func firstLines(b []byte, n int) string {
	lines := strings.SplitAfterN(string(b), "\n", n+1)
	if len(lines) > n {
		lines = append(lines[:n], "...\n")
	}
	return strings.Join(lines, "")
}

// writeJSON writes v as indented JSON to path.
func writeJSON(path string, v any) error {
	data, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(path, append(data, '\n'), 0o644)
}
