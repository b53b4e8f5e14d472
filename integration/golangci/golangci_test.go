// The golangci-lint integration test builds golangci-lint v2 with the
// barestatus module plugin (./cmd/golangci-lint) and runs it on a
// fixture module. Building golangci-lint takes minutes on a cold build
// cache, so the tests run only with BARESTATUS_GOLANGCI=1:
//
//	cd integration/golangci && BARESTATUS_GOLANGCI=1 go test -count=1 ./...
package golangci_test

import (
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/barestatus/barestatus/internal/testmod"
)

// gate is the environment variable that enables the tests.
const gate = "BARESTATUS_GOLANGCI"

// linter is the path of the custom golangci-lint binary, built by
// TestMain when the tests are enabled.
var linter string

func TestMain(m *testing.M) {
	if os.Getenv(gate) == "1" {
		dir, err := os.MkdirTemp("", "barestatus-golangci")
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		linter = filepath.Join(dir, "golangci-lint")
		start := time.Now()
		out, err := exec.Command("go", "build", "-o", linter, "./cmd/golangci-lint").CombinedOutput()
		if err != nil {
			fmt.Fprintf(os.Stderr, "building golangci-lint with the plugin: %v\n%s", err, out)
			os.RemoveAll(dir)
			os.Exit(1)
		}
		fmt.Fprintf(os.Stderr, "built golangci-lint with the barestatus plugin in %.1fs\n", time.Since(start).Seconds())
		code := m.Run()
		os.RemoveAll(dir)
		os.Exit(code)
	}
	os.Exit(m.Run())
}

// needLinter skips the test unless the linter was built.
func needLinter(t *testing.T) {
	t.Helper()
	if linter == "" {
		t.Skipf("set %s=1 to build golangci-lint with the barestatus plugin and run it", gate)
	}
}

// newApp writes a copy of testdata/app as a module example.com/app that
// requires the checkout's modules (testmod.New), with config as its
// .golangci.yml, and returns it.
func newApp(t *testing.T, config string) *testmod.Module {
	t.Helper()
	files := sources(t, filepath.Join("testdata", "app"))
	files[".golangci.yml"] = config
	return testmod.New(t, "example.com/app", files)
}

// golangciConfig returns a .golangci.yml that enables barestatus, with
// the given settings (YAML lines, indented under settings:), adds extra
// (YAML lines) to the linters section, and shows every issue. It also
// enables nolintlint, which reports a //nolint:barestatus directive that
// silenced nothing: golangci-lint, not the analyzer, must apply it.
func golangciConfig(settings, extra string) string {
	var b strings.Builder
	b.WriteString(`version: "2"
linters:
  default: none
  enable:
    - barestatus
    - nolintlint
  settings:
    custom:
      barestatus:
        type: module
        description: reports bare HTTP status codes
`)
	if settings != "" {
		b.WriteString("        settings:\n")
		for line := range strings.Lines(settings) {
			b.WriteString("          " + line)
		}
	}
	for line := range strings.Lines(extra) {
		b.WriteString("  " + line)
	}
	b.WriteString(defaultIssues)
	return b.String()
}

// defaultIssues is the issues block golangciConfig ends with: every
// issue shown.
const defaultIssues = `issues:
  max-issues-per-linter: 0
  max-same-issues: 0
  uniq-by-line: false
`

// run runs a command in the module, offline, with a golangci-lint cache
// of the test's own, and returns its stdout, stderr and exit code.
func run(t *testing.T, m *testmod.Module, name string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	cmd := m.Command(name, args...)
	cmd.Env = append(cmd.Env, "GOLANGCI_LINT_CACHE="+filepath.Join(m.Dir, ".cache"))
	var out, errOut strings.Builder
	cmd.Stdout, cmd.Stderr = &out, &errOut
	err := cmd.Run()
	if exit, ok := err.(*exec.ExitError); ok {
		return out.String(), errOut.String(), exit.ExitCode()
	} else if err != nil {
		t.Fatalf("%s %v: %v", name, args, err)
	}
	return out.String(), errOut.String(), 0
}

// An issue is one issue of golangci-lint's JSON output.
type issue struct {
	FromLinter string
	Text       string
	Severity   string
	Pos        struct {
		Filename     string
		Line, Column int
	}
}

// String formats an issue as file:line:col: text.
func (i issue) String() string {
	return fmt.Sprintf("%s:%d:%d: %s", i.Pos.Filename, i.Pos.Line, i.Pos.Column, i.Text)
}

// lint runs golangci-lint run with JSON output in the module, and
// returns the issues, sorted, and the exit code.
func lint(t *testing.T, m *testmod.Module, args ...string) ([]string, int) {
	t.Helper()
	report, code := lintIssues(t, m, args...)
	var issues []string
	for _, i := range report {
		if i.FromLinter != "barestatus" {
			t.Errorf("issue from %s: %s", i.FromLinter, i)
		}
		issues = append(issues, i.String())
	}
	slices.Sort(issues)
	return issues, code
}

// lintIssues runs golangci-lint run with JSON output in the module, and
// returns its issues and the exit code.
func lintIssues(t *testing.T, m *testmod.Module, args ...string) ([]issue, int) {
	t.Helper()
	args = append([]string{"run", "--output.json.path=stdout", "--show-stats=false"}, args...)
	stdout, stderr, code := run(t, m, linter, append(args, "./...")...)
	var report struct{ Issues []issue }
	if err := json.Unmarshal([]byte(stdout), &report); err != nil {
		t.Fatalf("golangci-lint %v: exit code %d, output is not JSON: %v\nstdout:\n%s\nstderr:\n%s", args, code, err, stdout, stderr)
	}
	return report.Issues, code
}

// sources returns the content of every .go file under dir, by slash
// path relative to dir.
func sources(t *testing.T, dir string) map[string]string {
	t.Helper()
	files := make(map[string]string)
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || !d.Type().IsRegular() || !strings.HasSuffix(path, ".go") {
			return err
		}
		src, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(dir, path)
		files[filepath.ToSlash(rel)] = string(src)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatalf("no Go files in %s", dir)
	}
	return files
}

// TestDiagnostics checks the issues golangci-lint reports with the
// plugin's default settings: every bare code at its exact position,
// except on the //nolint:barestatus line, in the generated file and in
// the call of respond.With, which is no status position by default.
func TestDiagnostics(t *testing.T) {
	needLinter(t)
	m := newApp(t, golangciConfig("", ""))
	issues, code := lint(t, m)
	want := []string{
		"api.go:19:33: bare HTTP status code 302: use status.HTTP_302_FOUND",
		"api.go:21:17: bare HTTP status code 200: use status.HTTP_200_OK",
		"api.go:27:33: bare HTTP status code 404: use status.HTTP_404_NOT_FOUND",
		"api.go:33:24: bare HTTP status code 410: use status.HTTP_410_GONE",
		"api.go:36:24: bare HTTP status code 200: use status.HTTP_200_OK",
		"app_test.go:12:17: bare HTTP status code 200: use status.HTTP_200_OK",
		"reply.go:12:16: bare HTTP status code 202: use httpstatus.HTTP_202_ACCEPTED",
		"reply.go:9:17: bare HTTP status code 500: use httpstatus.HTTP_500_INTERNAL_SERVER_ERROR",
	}
	if !slices.Equal(issues, want) {
		t.Errorf("issues:\n%s\nwant:\n%s", strings.Join(issues, "\n"), strings.Join(want, "\n"))
	}
	if code != 1 {
		t.Errorf("exit code %d, want 1 (issues found)", code)
	}
}

// TestSettings checks that every setting reaches the analyzer: the
// messages name net/http constants, 200 is allowed, respond.With's
// argument, respond.Result's Code() and respond.Health's StatusCode are
// status positions (the three forms of sinks), and the generated file is checked (with golangci-lint's own
// exclusion of generated files turned off).
func TestSettings(t *testing.T) {
	needLinter(t)
	m := newApp(t, golangciConfig(`style: nethttp
allow: [200]
sinks: ["example.com/app/respond.With:1", "(example.com/app/respond.Result).Code()", "example.com/app/respond.Health.StatusCode"]
generated: true
`, `exclusions:
  generated: disable
`))
	issues, code := lint(t, m)
	want := []string{
		"api.go:19:33: bare HTTP status code 302: use http.StatusFound",
		"api.go:25:19: bare HTTP status code 429: use http.StatusTooManyRequests",
		"api.go:27:33: bare HTTP status code 404: use http.StatusNotFound",
		"api.go:33:24: bare HTTP status code 410: use http.StatusGone",
		"gen.go:8:57: bare HTTP status code 503: use http.StatusServiceUnavailable",
		"health.go:8:17: bare HTTP status code 404: use http.StatusNotFound",
		"health.go:9:49: bare HTTP status code 503: use http.StatusServiceUnavailable",
		"reply.go:12:16: bare HTTP status code 202: use http.StatusAccepted",
		"reply.go:9:17: bare HTTP status code 500: use http.StatusInternalServerError",
	}
	if !slices.Equal(issues, want) {
		t.Errorf("issues:\n%s\nwant:\n%s", strings.Join(issues, "\n"), strings.Join(want, "\n"))
	}
	if code != 1 {
		t.Errorf("exit code %d, want 1 (issues found)", code)
	}
}

// TestFix runs golangci-lint run --fix in both styles and checks that
// the fixes were applied, the module builds, vets, passes its tests and
// gofmt, and a second run finds nothing.
func TestFix(t *testing.T) {
	needLinter(t)
	for _, tc := range []struct {
		style string
		want  map[string][]string // file -> text it must hold after the fixes
	}{
		{"status", map[string][]string{
			"api.go": {
				`"github.com/barestatus/barestatus/status"`,
				`http.Redirect(w, r, "/items", status.HTTP_302_FOUND)`,
				"w.WriteHeader(410) //nolint:barestatus",
				"resp.StatusCode != status.HTTP_200_OK",
			},
			"reply.go":    {`httpstatus "github.com/barestatus/barestatus/status"`, "w.WriteHeader(httpstatus.HTTP_500_INTERNAL_SERVER_ERROR)"},
			"app_test.go": {"rec.Code != status.HTTP_200_OK"},
		}},
		{"nethttp", map[string][]string{
			"api.go":      {`http.Redirect(w, r, "/items", http.StatusFound)`, "w.WriteHeader(410) //nolint:barestatus", "resp.StatusCode != http.StatusOK"},
			"reply.go":    {"w.WriteHeader(http.StatusInternalServerError)", "w.WriteHeader(http.StatusAccepted)"},
			"app_test.go": {"rec.Code != http.StatusOK"},
		}},
	} {
		t.Run(tc.style, func(t *testing.T) {
			m := newApp(t, golangciConfig("style: "+tc.style+"\n", ""))
			before := sources(t, m.Dir)
			issues, code := lint(t, m, "--fix")
			if code != 0 || len(issues) != 0 {
				t.Errorf("--fix: exit code %d, issues left %q; want 0 and none", code, issues)
			}
			after := sources(t, m.Dir)
			for name, wants := range tc.want {
				for _, want := range wants {
					if !strings.Contains(after[name], want) {
						t.Errorf("%s after --fix lacks %q:\n%s", name, want, after[name])
					}
				}
			}
			if after["gen.go"] != before["gen.go"] {
				t.Errorf("--fix rewrote the generated file:\n%s", after["gen.go"])
			}
			if tc.style == "nethttp" && strings.Contains(after["api.go"]+after["reply.go"], "barestatus/status") {
				t.Error("-style=nethttp imported the status package, though net/http names every code")
			}
			for _, args := range [][]string{{"build", "./..."}, {"vet", "./..."}, {"test", "./..."}} {
				if out, errOut, code := run(t, m, "go", args...); code != 0 {
					t.Fatalf("go %s after --fix: exit code %d\n%s%s", args[0], code, out, errOut)
				}
			}
			if out, errOut, _ := run(t, m, "gofmt", "-l", "."); out != "" || errOut != "" {
				t.Errorf("gofmt -l after --fix: %s%s", out, errOut)
			}
			if issues, code := lint(t, m); code != 0 || len(issues) != 0 {
				t.Errorf("second run: exit code %d, issues %q; want 0 and none", code, issues)
			}
		})
	}
}

// TestBadSettings checks that golangci-lint stops with a message naming
// the faulty setting, and changes no file.
func TestBadSettings(t *testing.T) {
	needLinter(t)
	for _, tc := range []struct{ settings, want string }{
		{"colour: red\n", `barestatus: unknown setting "colour" (known settings: allow, generated, sinks, style)`},
		{"allow: \"200,404\"\n", `barestatus: setting "allow": want a list of integers, got "200,404"`},
		{"generated: [true]\n", `barestatus: setting "generated": want a boolean, got [true]`},
		{"style: bogus\n", `barestatus: setting "style": unknown style "bogus": want "status" or "nethttp"`},
		{"sinks: [\"respond.With\"]\n", `barestatus: setting "sinks": invalid -sinks entry "respond.With"`},
	} {
		m := newApp(t, golangciConfig(tc.settings, ""))
		before := sources(t, m.Dir)
		stdout, stderr, code := run(t, m, linter, "run", "--fix", "./...")
		if code != 3 {
			t.Errorf("settings %q: exit code %d, want 3 (failure)", tc.settings, code)
		}
		if !strings.Contains(stderr, tc.want) {
			t.Errorf("settings %q: stderr lacks %q\nstdout:\n%s\nstderr:\n%s", tc.settings, tc.want, stdout, stderr)
		}
		after := sources(t, m.Dir)
		for name := range before {
			if after[name] != before[name] {
				t.Errorf("settings %q: %s changed", tc.settings, name)
			}
		}
	}
}

// TestFixtureFormatted guards the fixture itself, which the tests copy:
// it must be gofmt-clean, or the gofmt check after --fix means nothing.
func TestFixtureFormatted(t *testing.T) {
	out, err := exec.Command("gofmt", "-l", filepath.Join("testdata", "app")).CombinedOutput()
	if err != nil || len(out) > 0 {
		t.Errorf("gofmt -l testdata/app: %v\n%s", err, out)
	}
}

// TestREADMEIssueLimits checks the README's issues block: with
// golangci-lint's default limits, a fourth issue with the same text and
// a second issue on a line are hidden; with the README's block, every
// issue is shown.
func TestREADMEIssueLimits(t *testing.T) {
	needLinter(t)
	block := readmeIssuesBlock(t)
	files := sources(t, filepath.Join("testdata", "app"))
	files["limits.go"] = `package app

import "net/http"

func conflicts(w http.ResponseWriter) {
	w.WriteHeader(409)
	w.WriteHeader(409)
	w.WriteHeader(409)
	w.WriteHeader(409)
	w.WriteHeader(201); w.WriteHeader(202)
}
`
	base := strings.TrimSuffix(golangciConfig("", ""), defaultIssues)
	if base == golangciConfig("", "") {
		t.Fatal("golangciConfig no longer ends with its issues block")
	}
	count := func(config string) (conflicts, onLine10 int) {
		t.Helper()
		files[".golangci.yml"] = config
		issues, _ := lint(t, testmod.New(t, "example.com/app", files))
		for _, i := range issues {
			if strings.HasPrefix(i, "limits.go:") && strings.Contains(i, " 409:") {
				conflicts++
			}
			if strings.HasPrefix(i, "limits.go:10:") {
				onLine10++
			}
		}
		return conflicts, onLine10
	}
	if c, l := count(base); c != 3 || l != 1 {
		t.Errorf("default limits: %d issues for 409 and %d on line 10, want 3 and 1 (golangci-lint's defaults changed?)", c, l)
	}
	if c, l := count(base + block); c != 4 || l != 2 {
		t.Errorf("README's issues block:\n%s\n%d issues for 409 and %d on line 10, want 4 and 2", block, c, l)
	}
}

// readmeIssuesBlock returns the issues block of the README's
// .golangci.yml recipe: the lines from "issues:" to the end of the code
// block, comments included.
func readmeIssuesBlock(t *testing.T) string {
	t.Helper()
	readme, err := os.ReadFile(filepath.Join(testmod.Root(t), "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	_, rest, ok := strings.Cut(string(readme), "\nissues:\n")
	block, _, closed := strings.Cut(rest, "```")
	if !ok || !closed {
		t.Fatal("README.md has no issues: block in a code block")
	}
	return "issues:\n" + block
}

// TestREADMESeverityRule checks the README's severity block: it lowers
// no-constant diagnostics in tests to info, and leaves the same
// diagnostic outside tests and the other diagnostics of tests alone.
func TestREADMESeverityRule(t *testing.T) {
	needLinter(t)
	readme, err := os.ReadFile(filepath.Join(testmod.Root(t), "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	_, rest, ok := strings.Cut(string(readme), "\nseverity:\n")
	block, _, closed := strings.Cut(rest, "```")
	if !ok || !closed {
		t.Fatal("README.md has no severity: block in a code block")
	}
	files := sources(t, filepath.Join("testdata", "app"))
	files["unregistered.go"] = "package app\n\nimport \"net/http\"\n\nfunc unregistered(w http.ResponseWriter) { w.WriteHeader(299) }\n"
	files["unregistered_test.go"] = "package app\n\nimport \"net/http/httptest\"\n\nfunc unregisteredInTest() { httptest.NewRecorder().WriteHeader(299) }\n"
	files[".golangci.yml"] = golangciConfig("", "") + "severity:\n" + block
	issues, _ := lintIssues(t, testmod.New(t, "example.com/app", files))
	got := make(map[string]string)
	for _, i := range issues {
		got[i.Pos.Filename+": "+i.Text] = i.Severity
	}
	for key, want := range map[string]string{
		"unregistered_test.go: bare HTTP status code 299: no named constant": "info",
		"unregistered.go: bare HTTP status code 299: no named constant":      "warning",
		"app_test.go: bare HTTP status code 200: use status.HTTP_200_OK":     "warning",
	} {
		if sev, ok := got[key]; !ok || sev != want {
			t.Errorf("%s: severity %q (reported: %v), want %q\nissues: %v", key, sev, ok, want, got)
		}
	}
}
