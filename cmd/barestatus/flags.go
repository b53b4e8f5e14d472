package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"

	"github.com/barestatus/barestatus/analyzer"
)

// checkFlags parses args, the command line after the program name, the
// way singlechecker.Main is about to, and when a flag is unknown or its
// value is rejected, prints one line naming it and exits 2, so that the
// error is not buried under the usage text the flag package prints
// (singlechecker's: the whole analyzer doc and flag list).
//
// Under go vet and go fix (a vet.cfg argument), the tool runs once per
// package, dependencies included, and the go command shows the output of
// each run. The runs that only compute dependencies' facts end silently;
// of the runs for the packages being vetted, the first prints the line
// and exits 2, failing the go command, and the others end silently (see
// firstInRun), so that the line appears once.
//
// -h and -help are left to singlechecker, which prints the full usage.
// checkFlags returns the flag set it parsed, for main to read the mode.
func checkFlags(args []string) *flag.FlagSet {
	fs := newFlagSet()
	err := fs.Parse(args)
	if err == nil || errors.Is(err, flag.ErrHelp) {
		return fs
	}
	if cfg, ok := vetConfig(args); ok {
		// A run that ends silently with status 0 writes no facts and no
		// output, which the go command then neither caches nor shows.
		if cfg.VetxOnly || !firstInRun(args[len(args)-1]) {
			os.Exit(0)
		}
		fmt.Fprintf(os.Stderr, "barestatus: %v\n", err)
		os.Exit(2)
	}
	fmt.Fprintf(os.Stderr, "barestatus: %v\nRun 'barestatus -h' for the flags.\n", err)
	os.Exit(2)
	panic("unreachable")
}

// newFlagSet returns a flag set with the flags singlechecker.Main accepts:
// those of a throwaway analyzer.New(), whose values check themselves, and
// the driver's own, as x/tools v0.52.0 registers them (analysisflags.Parse
// and checker.RegisterFlags), with the same types, so that a value is
// taken from the next argument exactly when the real parse takes it.
// Parsing sets nothing that the run uses.
func newFlagSet() *flag.FlagSet {
	fs := flag.NewFlagSet("barestatus", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.Usage = func() {}
	analyzer.New().Flags.VisitAll(func(f *flag.Flag) { fs.Var(f.Value, f.Name, f.Usage) })
	for _, name := range []string{"flags", "json", "fix", "diff", "test", "source", "v", "all", "version"} {
		fs.Bool(name, false, "")
	}
	for _, name := range []string{"tags", "debug", "cpuprofile", "memprofile", "trace"} {
		fs.String(name, "", "")
	}
	fs.Int("c", -1, "")
	fs.Var(anyBool{}, "V", "") // -V=full; x/tools rejects other values itself, in one line
	return fs
}

// anyBool is a boolean flag that accepts any value.
type anyBool struct{}

func (anyBool) IsBoolFlag() bool   { return true }
func (anyBool) String() string     { return "" }
func (anyBool) Set(v string) error { return nil }

// vetConfig reports whether args are those of a go vet or go fix run on
// one package, whose last argument names the unitchecker config, and
// returns the part of the config that matters here.
func vetConfig(args []string) (cfg struct{ VetxOnly bool }, ok bool) {
	if len(args) == 0 || !strings.HasSuffix(args[len(args)-1], ".cfg") {
		return cfg, false
	}
	// An unreadable config is unitchecker's to report; here it only
	// means that the flag error is printed.
	if data, err := os.ReadFile(args[len(args)-1]); err == nil {
		json.Unmarshal(data, &cfg) // ignore error: as for an unreadable file
	}
	return cfg, true
}

// firstInRun reports whether this is the first run of the tool, in one go
// vet or go fix command, to claim the flag error, given its config file.
// The go command writes each package's config as vet.cfg in a directory
// b001, b002, … of its work directory, shared by the whole command and
// removed when it exits; the first run creates a marker file there. For a
// config file laid out otherwise, every run is the first.
func firstInRun(cfgFile string) bool {
	actionDir := filepath.Dir(cfgFile)
	if filepath.Base(cfgFile) != "vet.cfg" || !actionDirName.MatchString(filepath.Base(actionDir)) {
		return true
	}
	marker := filepath.Join(filepath.Dir(actionDir), "barestatus-flag-error")
	f, err := os.OpenFile(marker, os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o666)
	if err != nil {
		return !errors.Is(err, os.ErrExist) // a marker we cannot write: print
	}
	f.Close()
	return true
}

// actionDirName matches the name of the go command's per-action
// directories in its work directory.
var actionDirName = regexp.MustCompile(`^b[0-9]+$`)
