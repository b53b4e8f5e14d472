package main_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"github.com/barestatus/barestatus/internal/testmod"
)

// These tests build the command and run it, the way a user does, on a
// temporary module that requires this one through a replace directive.

// buildCommand builds barestatus into a temporary directory.
func buildCommand(t *testing.T) string {
	t.Helper()
	if testing.Short() {
		t.Skip("builds and runs the command")
	}
	bin := filepath.Join(t.TempDir(), "barestatus")
	out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput()
	if err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// newModule writes a module example.com/demo holding the petstore example
// and a file dense with bare codes, and returns its directory.
func newModule(t *testing.T) string {
	t.Helper()
	examples, err := filepath.Glob(filepath.Join(testmod.Root(t), "example", "petstore", "*.go"))
	if err != nil || len(examples) == 0 {
		t.Fatalf("no example files: %v", err)
	}
	files := map[string]string{"dense.go": denseSource()}
	for _, path := range examples {
		src, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		files[filepath.Base(path)] = strings.Replace(string(src), "package petstore", "package demo", 1)
	}
	return testmod.New(t, "example.com/demo", files).Dir
}

// denseSource returns a file with many bare codes per function, in every
// position kind, with a local variable named status in some functions.
func denseSource() string {
	var b strings.Builder
	b.WriteString("package demo\n\nimport (\n\t\"net/http\"\n\t\"net/http/httptest\"\n)\n")
	codes := []int{200, 201, 204, 301, 302, 400, 401, 403, 404, 409, 422, 429, 500, 502, 503, 306, 509}
	for i, code := range codes {
		fmt.Fprintf(&b, "\nfunc dense%d(w http.ResponseWriter, r *http.Request, resp *http.Response) {\n", i)
		if i%3 == 0 {
			b.WriteString("\tstatus := resp.Status\n\t_ = status\n")
		}
		fmt.Fprintf(&b, "\tw.WriteHeader(%d)\n", code)
		fmt.Fprintf(&b, "\thttp.Error(w, http.StatusText(%d), %#x)\n", code, code)
		fmt.Fprintf(&b, "\tif resp.StatusCode == %d || %d != resp.StatusCode {\n\t\treturn\n\t}\n", code, code)
		fmt.Fprintf(&b, "\tresp.StatusCode = int(%d)\n", code)
		fmt.Fprintf(&b, "\t_ = APIResponse{Status: %d, Message: \"m\"}\n", code)
		fmt.Fprintf(&b, "\t_ = httptest.ResponseRecorder{Code: %d}\n", code)
		b.WriteString("}\n")
	}
	return b.String()
}

// run runs a command in dir, a temporary module, and returns its combined
// output and exit code.
func run(t *testing.T, dir, name string, args ...string) (string, int) {
	t.Helper()
	return runEnv(t, dir, []string{"GOFLAGS=-mod=mod", "GOPROXY=off"}, name, args...)
}

// runEnv runs a command in dir with extra environment variables and
// returns its combined output and exit code.
func runEnv(t *testing.T, dir string, env []string, name string, args ...string) (string, int) {
	t.Helper()
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), env...)
	out, err := cmd.CombinedOutput()
	if exit, ok := err.(*exec.ExitError); ok {
		return string(out), exit.ExitCode()
	} else if err != nil {
		t.Fatalf("%s %v: %v", name, args, err)
	}
	return string(out), 0
}

func TestReportsAndExitsNonZero(t *testing.T) {
	bin := buildCommand(t)
	dir := newModule(t)
	out, code := run(t, dir, bin, "./...")
	if code != 3 {
		t.Errorf("exit code %d, want 3 (diagnostics found)\n%s", code, out)
	}
	for _, want := range []string{
		"petstore.go:45:39: bare HTTP status code 405: use status.HTTP_405_METHOD_NOT_ALLOWED",
		"petstore.go:63:39: bare HTTP status code 400: use status.HTTP_400_BAD_REQUEST",
		"client.go:22:12: bare HTTP status code 410: use status.HTTP_410_GONE",
		"petstore_test.go:14:17: bare HTTP status code 201: use status.HTTP_201_CREATED",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q\n%s", want, out)
		}
	}
}

// TestFixLeavesWorkingCode applies every fix in both styles and checks
// that the module still builds, vets and passes gofmt, and that a second
// run finds nothing left to fix.
func TestFixLeavesWorkingCode(t *testing.T) {
	bin := buildCommand(t)
	for _, style := range []string{"status", "nethttp"} {
		t.Run(style, func(t *testing.T) {
			dir := newModule(t)
			before := diagnostics(t, dir, bin, "-style="+style)
			if len(before) < 100 {
				t.Fatalf("%d diagnostics before -fix, want at least 100", len(before))
			}
			if out, code := run(t, dir, bin, "-style="+style, "-fix", "./..."); code != 0 {
				t.Fatalf("-fix: exit code %d\n%s", code, out)
			}
			for _, args := range [][]string{{"build", "./..."}, {"vet", "./..."}, {"test", "./..."}} {
				if out, code := run(t, dir, "go", args...); code != 0 {
					t.Fatalf("go %s after -fix: exit code %d\n%s", args[0], code, out)
				}
			}
			if out, _ := run(t, dir, "gofmt", "-l", "."); out != "" {
				t.Errorf("gofmt -l after -fix lists %s", out)
			}
			after := diagnostics(t, dir, bin, "-style="+style)
			for _, d := range after {
				if len(d.SuggestedFixes) > 0 {
					t.Errorf("after -fix, still fixable: %s: %s", d.Posn, d.Message)
				}
			}
			// Every code of the fixture has a constant in the status
			// package; net/http lacks 306 and 509, which -style=nethttp
			// reports without a fix, so they are all that is left.
			for _, d := range after {
				if style == "status" || !strings.Contains(d.Message, "no net/http constant") {
					t.Errorf("after -fix: %s: %s", d.Posn, d.Message)
				}
			}
			if style == "nethttp" && len(after) == 0 {
				t.Errorf("after -fix -style=nethttp: no diagnostics, want the codes net/http lacks (306, 509)")
			}
			dense, err := os.ReadFile(filepath.Join(dir, "dense.go"))
			if err != nil {
				t.Fatal(err)
			}
			if style == "status" && !bytes.Contains(dense, []byte("httpstatus.HTTP_306_RESERVED")) {
				t.Errorf("dense.go: want the import named httpstatus, as status is a local variable there:\n%s", dense)
			}
			if style == "nethttp" && !bytes.Contains(dense, []byte("http.StatusTeapot")) && !bytes.Contains(dense, []byte("http.StatusNotFound")) {
				t.Errorf("dense.go: want net/http constants:\n%s", dense)
			}
		})
	}
}

// A jsonDiagnostic is one diagnostic of barestatus -json.
type jsonDiagnostic struct {
	Posn           string `json:"posn"`
	Message        string `json:"message"`
	SuggestedFixes []struct {
		Message string `json:"message"`
	} `json:"suggested_fixes"`
}

// diagnostics runs barestatus -json and returns every diagnostic.
func diagnostics(t *testing.T, dir, bin string, flags ...string) []jsonDiagnostic {
	t.Helper()
	cmd := exec.Command(bin, append(append([]string{"-json"}, flags...), "./...")...)
	cmd.Dir = dir
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("barestatus -json: %v\n%s", err, out)
	}
	// package ID -> analyzer name -> diagnostics
	var tree map[string]map[string]json.RawMessage
	if err := json.Unmarshal(out, &tree); err != nil {
		t.Fatalf("parsing -json output: %v\n%s", err, out)
	}
	seen := make(map[string]bool) // a file in both p and p [p.test] is reported twice
	var all []jsonDiagnostic
	for _, analyzers := range tree {
		var diags []jsonDiagnostic
		if raw, ok := analyzers["barestatus"]; ok {
			if err := json.Unmarshal(raw, &diags); err != nil {
				continue // an error object rather than a list of diagnostics
			}
		}
		for _, d := range diags {
			if key := d.Posn + d.Message; !seen[key] {
				seen[key] = true
				all = append(all, d)
			}
		}
	}
	return all
}

// TestREADMEFirstCommand runs the README's first command, go run on the
// example package, and checks that it prints what the README shows.
func TestREADMEFirstCommand(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the command")
	}
	root := testmod.Root(t)
	readme, err := os.ReadFile(filepath.Join(root, "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	// The first fenced block after "The first command" is its output.
	_, rest, ok := strings.Cut(string(readme), "The first command")
	if !ok {
		t.Fatal(`README.md has no "The first command" paragraph`)
	}
	_, rest, _ = strings.Cut(rest, "```\n")
	want, _, ok := strings.Cut(rest, "```\n")
	if !ok || want == "" {
		t.Fatal("README.md shows no output for its first command")
	}

	// In the checkout, as a user runs it: the workspace (go.work) of the
	// analyzer's module and the status module.
	out, code := runEnv(t, root, []string{"GOPROXY=off"}, "go", "run", "./cmd/barestatus", "./example/...")
	if code != 1 {
		t.Errorf("exit code %d, want 1 (go run's for a command that exits 3)", code)
	}
	got := strings.ReplaceAll(out, root+string(filepath.Separator), "")
	if got != want {
		t.Errorf("README.md shows:\n%s\nbut the command prints:\n%s", want, got)
	}
}

// TestREADMEContents checks that the README's table of contents lists
// every section, in order, with the anchor GitHub gives its heading.
func TestREADMEContents(t *testing.T) {
	readme, err := os.ReadFile(filepath.Join(testmod.Root(t), "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	var want, got []string
	inFence, inContents := false, false
	for _, line := range strings.Split(string(readme), "\n") {
		if strings.HasPrefix(line, "```") {
			inFence = !inFence
			continue
		}
		if inFence {
			continue
		}
		if heading, ok := strings.CutPrefix(line, "## "); ok {
			inContents = heading == "Contents"
			if !inContents {
				want = append(want, fmt.Sprintf("- [%s](#%s)", heading, githubAnchor(heading)))
			}
			continue
		}
		if inContents && strings.HasPrefix(line, "- ") {
			got = append(got, line)
		}
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("README.md's contents:\n%s\nwant, from its headings:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// githubAnchor returns the fragment GitHub links a heading to: lower
// case, spaces as hyphens, punctuation other than '-' and '_' dropped.
func githubAnchor(heading string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(heading) {
		switch {
		case r == ' ':
			b.WriteByte('-')
		case r == '-' || r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(r)
		}
	}
	return b.String()
}
