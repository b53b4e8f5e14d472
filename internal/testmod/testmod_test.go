package testmod_test

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/barestatus/barestatus/internal/testmod"
)

// TestRoot checks that Root finds the checkout from this package's
// directory, two levels below it.
func TestRoot(t *testing.T) {
	want, err := filepath.Abs(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	if got := testmod.Root(t); got != want {
		t.Errorf("Root = %q, want %q", got, want)
	}
}

// program uses both modules of the checkout.
const program = `package main

import (
	"fmt"

	"example.com/demo/sub"
	"github.com/barestatus/barestatus/analyzer"
	"github.com/barestatus/barestatus/status"
)

func main() { fmt.Println(analyzer.Analyzer.Name, status.HTTP_404_NOT_FOUND, sub.Name) }
`

// TestNew writes a module, checks its files and environment, and runs
// a program in it that imports both modules of the checkout, offline.
func TestNew(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a program with the go command")
	}
	root := testmod.Root(t)
	m := testmod.New(t, "example.com/demo", map[string]string{
		"main.go":    program,
		"sub/sub.go": "package sub\n\n// Name is read by main.\nconst Name = \"sub\"\n",
	})
	sum, err := os.ReadFile(filepath.Join(root, "go.sum"))
	if err != nil {
		t.Fatal(err)
	}
	for name, want := range map[string]string{
		"go.mod":     testmod.GoMod("example.com/demo", root),
		"go.sum":     string(sum),
		"main.go":    program,
		"sub/sub.go": "package sub\n\n// Name is read by main.\nconst Name = \"sub\"\n",
	} {
		if got, err := os.ReadFile(filepath.Join(m.Dir, filepath.FromSlash(name))); err != nil || string(got) != want {
			t.Errorf("%s: %v\n%s\nwant:\n%s", name, err, got, want)
		}
	}
	if n := len(m.Env); n < 2 || !slices.Equal(m.Env[n-2:], []string{"GOFLAGS=-mod=mod", "GOPROXY=off"}) {
		t.Errorf("Env ends %q, want GOFLAGS=-mod=mod GOPROXY=off", m.Env[max(0, n-2):])
	}
	if cap(m.Env) != len(m.Env) {
		t.Errorf("Env has capacity %d beyond its %d entries: two appends to it would share memory", cap(m.Env), len(m.Env))
	}

	out, err := m.Command("go", "list", "-m", "-f", "{{.Path}} {{.Replace.Dir}}", testmod.AnalyzerModule, testmod.StatusModule).CombinedOutput()
	if err != nil {
		t.Fatalf("go list -m: %v\n%s", err, out)
	}
	want := testmod.AnalyzerModule + " " + root + "\n" + testmod.StatusModule + " " + filepath.Join(root, "status") + "\n"
	if string(out) != want {
		t.Errorf("go list -m:\n%s\nwant:\n%s", out, want)
	}
	out, err = m.Command("go", "run", ".").CombinedOutput()
	if err != nil || strings.TrimSpace(string(out)) != "barestatus 404 sub" {
		t.Errorf("go run: %v\n%s\nwant barestatus 404 sub", err, out)
	}
}

// TestGoMod checks the go.mod text: both requirements, each replaced by
// its directory in the checkout.
func TestGoMod(t *testing.T) {
	got := testmod.GoMod("example.com/app", "/src/barestatus")
	want := `module example.com/app

go 1.26.0

require (
	github.com/barestatus/barestatus v0.0.0
	github.com/barestatus/barestatus/status v0.0.0
)

replace github.com/barestatus/barestatus => /src/barestatus

replace github.com/barestatus/barestatus/status => /src/barestatus/status
`
	if got != want {
		t.Errorf("GoMod:\n%s\nwant:\n%s", got, want)
	}
}
