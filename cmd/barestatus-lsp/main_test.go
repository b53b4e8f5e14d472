package main

import (
	"debug/buildinfo"
	"flag"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/barestatus/barestatus/analyzer"
	"github.com/barestatus/barestatus/internal/lsp"
	"github.com/barestatus/barestatus/internal/version"
)

func TestParseFlags(t *testing.T) {
	a := analyzer.New()
	var stderr strings.Builder
	opts, err := parseFlags(a, []string{"-style=nethttp", "-generated", "-severity=hint", "-debounce=1s", "-maxwait=3s"}, &stderr)
	if err != nil {
		t.Fatalf("%v\n%s", err, stderr.String())
	}
	if opts.Severity != lsp.SeverityHint || opts.Debounce != time.Second || opts.MaxWait != 3*time.Second {
		t.Errorf("options %+v", opts)
	}
	for name, want := range map[string]string{"style": "nethttp", "generated": "true"} {
		if got := a.Flags.Lookup(name).Value.String(); got != want {
			t.Errorf("analyzer flag -%s = %q, want %q", name, got, want)
		}
	}
}

// TestEveryAnalyzerFlag checks that each flag of the analyzer, whatever
// flags it gains later, is accepted by the server and reaches the
// analyzer.
func TestEveryAnalyzerFlag(t *testing.T) {
	var names []string
	analyzer.New().Flags.VisitAll(func(f *flag.Flag) { names = append(names, f.Name) })
	if len(names) < 2 {
		t.Fatalf("analyzer has flags %v, want at least -style and -generated", names)
	}
	for _, name := range names {
		a := analyzer.New()
		value := a.Flags.Lookup(name).DefValue
		var stderr strings.Builder
		if _, err := parseFlags(a, []string{"-" + name + "=" + value}, &stderr); err != nil {
			t.Errorf("-%s=%s: %v\n%s", name, value, err, stderr.String())
		}
		var usage strings.Builder
		parseFlags(a, []string{"-help"}, &usage)
		if !strings.Contains(usage.String(), "-"+name) {
			t.Errorf("usage does not list -%s:\n%s", name, usage.String())
		}
	}
}

func TestBadFlags(t *testing.T) {
	for _, tc := range []struct{ args, want string }{
		{"-style=django", `unknown style "django"`},
		{"-severity=loud", `unknown severity "loud"`},
		{"-nosuchflag", "flag provided but not defined: -nosuchflag"},
		{"./...", `unexpected argument "./..."`},
	} {
		var stderr strings.Builder
		if _, err := parseFlags(analyzer.New(), strings.Fields(tc.args), &stderr); err == nil {
			t.Errorf("%s: accepted", tc.args)
		} else if !strings.Contains(stderr.String(), tc.want) {
			t.Errorf("%s: stderr %q lacks %q", tc.args, stderr.String(), tc.want)
		}
	}
}

// TestVersion builds the server and checks that -version prints the one
// line internal/version makes of the binary's build information.
func TestVersion(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the server")
	}
	bin := filepath.Join(t.TempDir(), "barestatus-lsp")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	info, err := buildinfo.ReadFile(bin)
	if err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(bin, "-version").CombinedOutput()
	if want := version.Format("barestatus-lsp", info) + "\n"; err != nil || string(out) != want {
		t.Errorf("barestatus-lsp -version: %v, output %q, want %q", err, out, want)
	}
}
