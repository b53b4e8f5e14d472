// Package precommit tests the hook that .pre-commit-hooks.yaml defines,
// with the pre-commit framework's try-repo on this checkout. The test
// needs the pre-commit command and runs only when BARESTATUS_PRECOMMIT=1.
package precommit

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/barestatus/barestatus/internal/testmod"
)

const gate = "BARESTATUS_PRECOMMIT"

// handler is a user's file with one bare code; fixed is the same file
// with the code spelled out.
const (
	handler = `package main

import "net/http"

func notFound(w http.ResponseWriter, r *http.Request) { w.WriteHeader(404) }

func main() { http.HandleFunc("/", notFound) }
`
	fixed = `package main

import "net/http"

func notFound(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusNotFound) }

func main() { http.HandleFunc("/", notFound) }
`
)

// TestHook runs the barestatus hook on a repository with a bare code,
// where it must fail and print the diagnostic, and again after the code
// is spelled out, where it must pass. pre-commit builds the hook with
// go install ./... in a clone of this checkout; the module cache is
// shared and the proxy is off, so the test runs offline.
func TestHook(t *testing.T) {
	if os.Getenv(gate) != "1" {
		t.Skipf("set %s=1 to run the pre-commit hook with the pre-commit framework", gate)
	}
	if _, err := exec.LookPath("pre-commit"); err != nil {
		t.Fatalf("%s=1 but pre-commit is not installed: %v", gate, err)
	}
	root := testmod.Root(t)
	cache, err := exec.Command("go", "env", "GOMODCACHE").Output()
	if err != nil {
		t.Fatal(err)
	}

	repo := t.TempDir()
	write := func(name, content string) {
		t.Helper()
		if err := os.WriteFile(filepath.Join(repo, name), []byte(content), 0o666); err != nil {
			t.Fatal(err)
		}
	}
	write("go.mod", "module example.com/app\n\ngo 1.21\n")
	write("main.go", handler)
	env := append(os.Environ(),
		"PRE_COMMIT_HOME="+filepath.Join(t.TempDir(), "pre-commit"),
		"GOMODCACHE="+strings.TrimSpace(string(cache)),
		"GOPROXY=off",
		"GOFLAGS=",
		"GIT_AUTHOR_NAME=test", "GIT_AUTHOR_EMAIL=test@example.com",
		"GIT_COMMITTER_NAME=test", "GIT_COMMITTER_EMAIL=test@example.com",
	)
	run := func(name string, args ...string) (string, int) {
		t.Helper()
		cmd := exec.Command(name, args...)
		cmd.Dir, cmd.Env = repo, env
		out, err := cmd.CombinedOutput()
		if exit, ok := err.(*exec.ExitError); ok {
			return string(out), exit.ExitCode()
		} else if err != nil {
			t.Fatalf("%s %v: %v\n%s", name, args, err, out)
		}
		return string(out), 0
	}
	for _, args := range [][]string{{"init", "-q"}, {"add", "."}, {"commit", "-q", "-m", "app"}} {
		if out, code := run("git", args...); code != 0 {
			t.Fatalf("git %v: exit %d\n%s", args, code, out)
		}
	}

	out, code := run("pre-commit", "try-repo", root, "barestatus", "--all-files")
	if code != 1 || !strings.Contains(out, "main.go:5:71: bare HTTP status code 404: use status.HTTP_404_NOT_FOUND") {
		t.Fatalf("hook on a bare code: exit %d, want 1 and the diagnostic; output:\n%s", code, out)
	}

	write("main.go", fixed)
	if out, code := run("pre-commit", "try-repo", root, "barestatus", "--all-files"); code != 0 || !strings.Contains(out, "Passed") {
		t.Fatalf("hook on spelled-out code: exit %d, want 0 and Passed; output:\n%s", code, out)
	}
}
