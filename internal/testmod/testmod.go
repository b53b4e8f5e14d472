// Package testmod writes temporary Go modules that require this
// checkout's two modules, the analyzer's and the status package's, by
// replace directives, for tests that run the go command, a built binary
// or the language server on a module laid out as a user's would be.
//
// A test makes one with New and runs commands in it with Module.Command,
// or passes Module.Dir and Module.Env to whatever runs the go command:
//
//	m := testmod.New(t, "example.com/demo", map[string]string{"main.go": src})
//	out, err := m.Command("go", "vet", "./...").CombinedOutput()
package testmod

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// The module paths of this checkout that a temporary module requires.
const (
	// AnalyzerModule is the module at the root of the checkout.
	AnalyzerModule = "github.com/barestatus/barestatus"
	// StatusModule is the module in the checkout's status directory.
	StatusModule = AnalyzerModule + "/status"
)

// goVersion is the go line of every temporary module.
const goVersion = "1.26.0"

// A Module is a temporary module written by New.
type Module struct {
	// Dir is the module's root directory, removed when the test ends.
	Dir string
	// Env is the environment for go commands in the module: the test's
	// own with GOFLAGS=-mod=mod, so that the go command completes the
	// requirements go.mod leaves out, and GOPROXY=off, so that it does
	// so from the module cache and the checksums in go.sum alone. It has
	// no spare capacity, so that appending to it makes a new slice.
	Env []string
}

// New writes a module with the given module path into a new temporary
// directory and returns it. Its go.mod requires AnalyzerModule and
// StatusModule, replaced by the checkout that holds the test's working
// directory; its go.sum is the checkout's. files holds the other files,
// by slash-separated path relative to the module root (parent
// directories are created); they may not be go.mod or go.sum.
func New(t testing.TB, path string, files map[string]string) *Module {
	t.Helper()
	root := Root(t)
	dir := t.TempDir()
	if err := write(dir, root, path, files); err != nil {
		t.Fatal(err)
	}
	env := append(os.Environ(), "GOFLAGS=-mod=mod", "GOPROXY=off")
	return &Module{Dir: dir, Env: slices.Clip(env)}
}

// Command returns a command that runs name with args in the module's
// directory and environment.
func (m *Module) Command(name string, args ...string) *exec.Cmd {
	cmd := exec.Command(name, args...)
	cmd.Dir = m.Dir
	cmd.Env = m.Env
	return cmd
}

// Root returns the root directory of the checkout that holds the test's
// working directory: the nearest enclosing directory whose go.mod
// declares AnalyzerModule. It skips the go.mod of a nested module, such
// as integration/golangci's.
func Root(t testing.TB) string {
	t.Helper()
	wd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	root, err := findRoot(wd)
	if err != nil {
		t.Fatal(err)
	}
	return root
}

// findRoot returns the nearest directory at or above dir whose go.mod
// declares AnalyzerModule.
func findRoot(dir string) (string, error) {
	for d := dir; ; {
		data, err := os.ReadFile(filepath.Join(d, "go.mod"))
		if err == nil && modulePath(data) == AnalyzerModule {
			return d, nil
		}
		if err != nil && !errors.Is(err, os.ErrNotExist) {
			return "", err
		}
		parent := filepath.Dir(d)
		if parent == d {
			return "", fmt.Errorf("no go.mod of module %s at or above %s", AnalyzerModule, dir)
		}
		d = parent
	}
}

// modulePath returns the path of the module directive of a go.mod file,
// or "" if it has none.
func modulePath(gomod []byte) string {
	for line := range strings.Lines(string(gomod)) {
		fields := strings.Fields(line)
		if len(fields) >= 2 && fields[0] == "module" {
			return strings.Trim(fields[1], `"`+"`")
		}
	}
	return ""
}

// GoMod returns the go.mod of a module with the given path that
// requires AnalyzerModule and StatusModule, replaced by the checkout at
// root.
func GoMod(path, root string) string {
	return fmt.Sprintf(`module %s

go %s

require (
	%s v0.0.0
	%s v0.0.0
)

replace %[3]s => %[5]s

replace %[4]s => %[6]s
`, path, goVersion, AnalyzerModule, StatusModule, root, filepath.Join(root, "status"))
}

// write writes the module's go.mod, go.sum and files into dir.
func write(dir, root, modPath string, files map[string]string) error {
	sum, err := os.ReadFile(filepath.Join(root, "go.sum"))
	if err != nil {
		return err
	}
	all := map[string][]byte{"go.mod": []byte(GoMod(modPath, root)), "go.sum": sum}
	for name, content := range files {
		name = path.Clean(name)
		if !filepath.IsLocal(filepath.FromSlash(name)) {
			return fmt.Errorf("testmod: file %q is not a path inside the module", name)
		}
		if _, ok := all[name]; ok {
			return fmt.Errorf("testmod: file %q is written by New", name)
		}
		all[name] = []byte(content)
	}
	for name, content := range all {
		file := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(file), 0o777); err != nil {
			return err
		}
		if err := os.WriteFile(file, content, 0o666); err != nil {
			return err
		}
	}
	return nil
}
