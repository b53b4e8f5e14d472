package main_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/barestatus/barestatus/internal/testmod"
)

// plainModule is the go.mod of a module that requires nothing: not the
// status module, which -style=nethttp promises not to need.
const plainModule = "module example.com/plain\n\ngo 1.26.0\n"

// nethttpSources are the files of that module: bare codes, a code
// net/http does not name, and class tests of every form, in files with
// no import, one import and a group.
var nethttpSources = map[string]string{
	"handlers.go": `package plain

import (
	"fmt"
	"net/http"
)

func handler(w http.ResponseWriter, r *http.Request) {
	resp, err := http.Get("http://example.com")
	if err != nil {
		http.Error(w, err.Error(), 502)
		return
	}
	switch {
	case resp.StatusCode >= 200 && resp.StatusCode < 300:
		w.WriteHeader(204)
	case resp.StatusCode < 400 || resp.StatusCode > 499:
		fmt.Fprintln(w, "not a client error")
	case !(resp.StatusCode >= 500 && resp.StatusCode <= 599):
		w.WriteHeader(306)
	case resp.StatusCode/100 == 1:
		w.WriteHeader(100)
	}
}
`,
	"shape.go": `package plain

type APIResponse struct {
	Status int
}

func ok(r APIResponse) bool { return r.Status > 199 && r.Status <= 299 }

var missing = APIResponse{Status: 404}
`,
	"single.go": `package plain

import "strings"

func redirect(r APIResponse, s string) bool {
	return strings.HasPrefix(s, "/") || r.Status >= 300 && r.Status < 400 || r.Status == 301
}
`,
}

// TestNetHTTPStyleNeedsNoStatusModule runs the built command with
// -style=nethttp -fix on a module that does not require the status
// module: the module must still build and vet, and a second run must
// report only what has no fix.
func TestNetHTTPStyleNeedsNoStatusModule(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the command")
	}
	bin := filepath.Join(t.TempDir(), "barestatus")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	m := testmod.New(t, "example.com/plain", nethttpSources)
	if err := os.WriteFile(filepath.Join(m.Dir, "go.mod"), []byte(plainModule), 0o666); err != nil {
		t.Fatal(err)
	}
	runIn := func(name string, args ...string) (string, error) {
		out, err := m.Command(name, args...).CombinedOutput()
		return string(out), err
	}
	if out, err := runIn(bin, "-style=nethttp", "-fix", "./..."); err != nil {
		// -fix exits non-zero when findings are left unfixed.
		t.Logf("barestatus -style=nethttp -fix: %v\n%s", err, out)
	}
	for _, cmd := range [][]string{{"go", "build", "./..."}, {"go", "vet", "./..."}} {
		if out, err := runIn(cmd[0], cmd[1:]...); err != nil {
			t.Errorf("%s after -fix: %v\n%s", strings.Join(cmd, " "), err, out)
		}
	}
	if gomod, err := os.ReadFile(filepath.Join(m.Dir, "go.mod")); err != nil || string(gomod) != plainModule {
		t.Errorf("go.mod after -fix: %q, %v; want it unchanged", gomod, err)
	}
	fixed := ""
	for name := range nethttpSources {
		src, err := os.ReadFile(filepath.Join(m.Dir, name))
		if err != nil {
			t.Fatal(err)
		}
		fixed += string(src)
	}
	for _, want := range []string{
		"resp.StatusCode >= http.StatusOK && resp.StatusCode < http.StatusMultipleChoices",
		"resp.StatusCode < http.StatusBadRequest || resp.StatusCode >= http.StatusInternalServerError",
		"!(resp.StatusCode >= http.StatusInternalServerError && resp.StatusCode < 600)",
		"r.Status >= http.StatusOK && r.Status < http.StatusMultipleChoices",
		"r.Status >= http.StatusMultipleChoices && r.Status < http.StatusBadRequest",
		"APIResponse{Status: http.StatusNotFound}",
		"http.Error(w, err.Error(), http.StatusBadGateway)",
		"w.WriteHeader(306)",
		"resp.StatusCode/100 == 1",
	} {
		if !strings.Contains(fixed, want) {
			t.Errorf("after -fix the sources lack %s:\n%s", want, fixed)
		}
	}
	if strings.Contains(fixed, testmod.StatusModule) {
		t.Errorf("a fix imports %s:\n%s", testmod.StatusModule, fixed)
	}

	// Running again reports only what had no fix: the class tests the
	// fixes wrote are not class tests any more.
	out, _ := runIn(bin, "-style=nethttp", "./...")
	var left []string
	for line := range strings.Lines(strings.TrimSpace(out)) {
		_, msg, _ := strings.Cut(line, ": ") // after file:line:col
		left = append(left, strings.TrimSpace(msg))
	}
	want := []string{
		"bare HTTP status code 306: no net/http constant (status.HTTP_306_RESERVED under -style=status)",
		"HTTP status class test spelled out: use resp.StatusCode >= http.StatusContinue && resp.StatusCode < http.StatusOK",
	}
	if strings.Join(left, "\n") != strings.Join(want, "\n") {
		t.Errorf("second run reports\n%s\nwant\n%s", out, strings.Join(want, "\n"))
	}
}
