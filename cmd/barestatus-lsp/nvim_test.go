package main_test

import (
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/barestatus/barestatus/internal/testmod"
)

// TestNeovim runs the server under a real client: headless Neovim, with
// its built-in LSP client, opens a file with bare codes, shows the
// diagnostics, sees a code typed into the unsaved buffer, and applies
// every quick fix, after which the buffer must build.
//
// It needs nvim on PATH (Debian's neovim package); without it the test
// skips, unless BARESTATUS_REQUIRE_NVIM=1, as in CI, makes that a
// failure.
func TestNeovim(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the server and runs Neovim")
	}
	nvim, err := exec.LookPath("nvim")
	if err != nil {
		if os.Getenv("BARESTATUS_REQUIRE_NVIM") == "1" {
			t.Fatal("nvim is not on PATH and BARESTATUS_REQUIRE_NVIM=1: install Debian's neovim package")
		}
		t.Skip("nvim is not on PATH: apt-get install neovim to run the editor end-to-end test")
	}

	tmp := t.TempDir()
	bin := filepath.Join(tmp, "barestatus-lsp")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	dir, env := newModule(t)
	path := filepath.Join(dir, "main.go")
	script, err := filepath.Abs(filepath.Join("testdata", "session.lua"))
	if err != nil {
		t.Fatal(err)
	}
	resultFile := filepath.Join(tmp, "result.json")

	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, nvim, "--headless", "--clean", "-c", "luafile "+script)
	cmd.Dir = dir
	cmd.Env = append(env,
		"BARESTATUS_LSP="+bin, "BARESTATUS_FILE="+path, "BARESTATUS_OUT="+resultFile,
		// Keep Neovim's state, such as its LSP log, out of the home directory.
		"XDG_CONFIG_HOME="+filepath.Join(tmp, "config"), "XDG_DATA_HOME="+filepath.Join(tmp, "data"),
		"XDG_STATE_HOME="+filepath.Join(tmp, "state"), "XDG_CACHE_HOME="+filepath.Join(tmp, "cache"))
	start := time.Now()
	out, runErr := cmd.CombinedOutput()
	t.Logf("nvim ran for %v", time.Since(start).Round(time.Millisecond))

	raw, err := os.ReadFile(resultFile)
	if err != nil {
		t.Fatalf("nvim wrote no result (%v): %v\n%s", runErr, err, out)
	}
	var res struct {
		Error       string
		Nvim        string
		Diagnostics []struct {
			Lnum     int
			Col      int
			EndCol   int `json:"end_col"`
			Severity int
			Message  string
		}
		UnsavedSeen bool `json:"unsaved_seen"`
		Applied     []string
		Remaining   []string
		Lines       []string
		Modified    bool
		ExitCode    *int `json:"exit_code"`
	}
	if err := json.Unmarshal(raw, &res); err != nil {
		t.Fatalf("result %s: %v", raw, err)
	}
	if res.Error != "" || runErr != nil {
		// Neovim's LSP log holds the server's standard error.
		lspLog, _ := os.ReadFile(filepath.Join(tmp, "state", "nvim", "lsp.log"))
		t.Fatalf("nvim session failed: %s (%v)\n%s\nNeovim's LSP log:\n%s", res.Error, runErr, out, lspLog)
	}
	t.Logf("Neovim %s; applied %q", res.Nvim, res.Applied)

	// The diagnostics sit on the literals. Neovim converts the server's
	// UTF-16 columns to byte columns, so these hold only if the server
	// counted the multi-byte characters before 405 right.
	lines := strings.Split(mainSource, "\n")
	type diag struct {
		line, col, end int
		message        string
	}
	var got []diag
	for _, d := range res.Diagnostics {
		if d.Severity != 1 {
			t.Errorf("severity %d, want 1 (error, from -severity=error)", d.Severity)
		}
		got = append(got, diag{d.Lnum, d.Col, d.EndCol, d.Message})
	}
	col := func(line int, lit string) int { return strings.Index(lines[line], lit) }
	want := []diag{
		{9, col(9, "405"), col(9, "405") + 3, "bare HTTP status code 405: use status.HTTP_405_METHOD_NOT_ALLOWED"},
		{13, col(13, "201"), col(13, "201") + 3, "bare HTTP status code 201: use status.HTTP_201_CREATED"},
	}
	if !slices.Equal(got, want) {
		t.Errorf("diagnostics in Neovim:\n got %+v\nwant %+v", got, want)
	}
	if !res.UnsavedSeen {
		t.Error("no diagnostic for the line typed into the unsaved buffer")
	}
	wantApplied := []string{
		"Replace 405 with status.HTTP_405_METHOD_NOT_ALLOWED",
		"Replace 201 with status.HTTP_201_CREATED",
		"Replace 418 with status.HTTP_418_IM_A_TEAPOT",
	}
	if !slices.Equal(res.Applied, wantApplied) || len(res.Remaining) != 0 {
		t.Errorf("applied %q, left %q; want %q applied and nothing left", res.Applied, res.Remaining, wantApplied)
	}
	if res.ExitCode == nil || *res.ExitCode != 0 {
		t.Errorf("server exit code %v, want 0 after shutdown and exit", res.ExitCode)
	}

	fixed := strings.Join(res.Lines, "\n") + "\n"
	for _, s := range []string{
		`http.Error(w, "naïve 😀 method", status.HTTP_405_METHOD_NOT_ALLOWED)`,
		"w.WriteHeader(status.HTTP_201_CREATED)",
		"w.WriteHeader(status.HTTP_418_IM_A_TEAPOT)",
		`"github.com/barestatus/barestatus/status"`,
	} {
		if !strings.Contains(fixed, s) {
			t.Errorf("the buffer lacks %s:\n%s", s, fixed)
		}
	}
	// Neovim never saved, and the server never writes: the file on disk
	// is as it was.
	if disk, err := os.ReadFile(path); err != nil || string(disk) != mainSource {
		t.Errorf("main.go changed on disk (%v):\n%s", err, disk)
	}
	if !res.Modified {
		t.Error("the buffer is not marked modified: the edits did not go through the buffer")
	}

	// The edited buffer is working code.
	if err := os.WriteFile(path, []byte(fixed), 0o666); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{{"go", "build", "./..."}, {"go", "vet", "./..."}, {"gofmt", "-l", "."}} {
		c := exec.Command(args[0], args[1:]...)
		c.Dir, c.Env = dir, env
		if out, err := c.CombinedOutput(); err != nil || len(out) > 0 {
			t.Errorf("%s on the fixed buffer: %v\n%s\n%s", strings.Join(args, " "), err, out, fixed)
		}
	}
}

// mainSource has two bare codes; the one on line 10 comes after
// characters of two and four UTF-8 bytes (one and two UTF-16 units).
const mainSource = `package demo

import (
	"fmt"
	"net/http"
)

func handler(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet {
		http.Error(w, "naïve 😀 method", 405)
		return
	}
	fmt.Fprintln(w, "ok")
	w.WriteHeader(201)
}
`

// newModule writes a module that requires this one through replace
// directives and holds mainSource, and returns its directory and the
// environment the go command needs for it.
func newModule(t *testing.T) (string, []string) {
	t.Helper()
	m := testmod.New(t, "example.com/demo", map[string]string{"main.go": mainSource})
	return m.Dir, m.Env
}
