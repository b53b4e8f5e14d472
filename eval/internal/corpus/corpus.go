// Package corpus is the pinned list of real modules that barestatus is
// evaluated on, and the steps that turn one into a writable module that
// requires barestatus, as a user's would be.
package corpus

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

// A Module is one pinned module of the corpus.
type Module struct {
	Name    string // short name used by -modules
	Path    string // module path
	Version string
	Big     bool // takes minutes and gigabytes to type-check with its tests
}

// Pinned lists the corpus, small modules first.
var Pinned = []Module{
	{Name: "mux", Path: "github.com/gorilla/mux", Version: "v1.8.1"},
	{Name: "handlers", Path: "github.com/gorilla/handlers", Version: "v1.5.2"},
	{Name: "render", Path: "github.com/go-chi/render", Version: "v1.0.3"},
	{Name: "chi", Path: "github.com/go-chi/chi/v5", Version: "v5.5.0"},
	{Name: "retryablehttp", Path: "github.com/hashicorp/go-retryablehttp", Version: "v0.7.8"},
	{Name: "gin", Path: "github.com/gin-gonic/gin", Version: "v1.12.0"},
	{Name: "echo", Path: "github.com/labstack/echo/v4", Version: "v4.16.0"},
	{Name: "fiber", Path: "github.com/gofiber/fiber/v2", Version: "v2.52.15"},
	{Name: "caddy", Path: "github.com/caddyserver/caddy/v2", Version: "v2.11.9", Big: true},
	{Name: "prometheus", Path: "github.com/prometheus/prometheus", Version: "v0.316.0", Big: true},
}

// Select returns the modules named in a comma-separated list, in the
// order of list. "all" selects every module, "small" every module that is
// not Big.
func Select(list []Module, names string) ([]Module, error) {
	switch names {
	case "all":
		return list, nil
	case "small":
		var small []Module
		for _, m := range list {
			if !m.Big {
				small = append(small, m)
			}
		}
		return small, nil
	}
	want := make(map[string]bool)
	for name := range strings.SplitSeq(names, ",") {
		if name = strings.TrimSpace(name); name != "" {
			want[name] = true
		}
	}
	var out []Module
	for _, m := range list {
		if want[m.Name] {
			out = append(out, m)
			delete(want, m.Name)
		}
	}
	if len(want) > 0 {
		var unknown []string
		for name := range want {
			unknown = append(unknown, name)
		}
		return nil, fmt.Errorf("unknown modules %v", unknown)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("no modules selected by %q", names)
	}
	return out, nil
}

// Download fetches m into the module cache with go mod download and
// returns its directory there.
func Download(m Module) (string, error) {
	cmd := exec.Command("go", "mod", "download", "-json", m.Path+"@"+m.Version)
	cmd.Dir = os.TempDir() // outside any module
	cmd.Env = append(os.Environ(), "GOFLAGS=", "GOWORK=off")
	out, err := cmd.Output()
	var info struct{ Dir, Error string }
	if jerr := json.Unmarshal(out, &info); jerr != nil {
		return "", fmt.Errorf("go mod download %s@%s: %v %s", m.Path, m.Version, err, out)
	}
	if info.Error != "" || info.Dir == "" {
		return "", fmt.Errorf("go mod download %s@%s: %s", m.Path, m.Version, info.Error)
	}
	return info.Dir, nil
}

// Copy copies the tree at src, typically read-only in the module cache,
// to dst, making every copied file and directory writable by its owner.
func Copy(src, dst string) error {
	return filepath.WalkDir(src, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(src, path)
		if err != nil {
			return err
		}
		target := filepath.Join(dst, rel)
		switch {
		case d.IsDir():
			return os.MkdirAll(target, 0o755)
		case d.Type().IsRegular():
			data, err := os.ReadFile(path)
			if err != nil {
				return err
			}
			info, err := d.Info()
			if err != nil {
				return err
			}
			return os.WriteFile(target, data, info.Mode().Perm()|0o600)
		}
		return nil // module zips hold no symlinks or other special files
	})
}

// SelfPath is the module path of barestatus.
const SelfPath = "github.com/barestatus/barestatus"

// StatusPath is the module (and package) path of the status package,
// which the fixes import.
const StatusPath = SelfPath + "/status"

// Require makes the module in dir require the status module, replaced by
// the checkout's status directory, as a user would with go get: fixes
// import the status package, which must then resolve. Like go get, it
// raises the module's go directive to the status module's when that is
// higher (it is go 1.21).
func Require(dir, checkout string) error {
	for _, args := range [][]string{
		{"mod", "edit", "-replace=" + StatusPath + "=" + filepath.Join(checkout, "status")},
		{"get", StatusPath + "@v0.0.0"},
	} {
		cmd := exec.Command("go", args...)
		cmd.Dir = dir
		cmd.Env = Env()
		if out, err := cmd.CombinedOutput(); err != nil {
			return fmt.Errorf("go %s in %s: %v\n%s", args[0], dir, err, out)
		}
	}
	return nil
}

// Env returns the environment for go commands and analyzers run in a
// corpus copy: module mode with go.mod and go.sum updated as needed (the
// added requirement pulls in barestatus's own dependencies), no
// workspace, and the installed toolchain only.
func Env() []string {
	return append(os.Environ(), "GOFLAGS=-mod=mod", "GOWORK=off", "GOTOOLCHAIN=local")
}

// Packages returns the import paths matched by patterns in dir, as go
// list prints them; with tests, test variants are listed too.
func Packages(dir string, tests bool, patterns ...string) ([]string, error) {
	args := []string{"list", "-e"}
	if tests {
		args = append(args, "-test")
	}
	cmd := exec.Command("go", append(args, patterns...)...)
	cmd.Dir = dir
	cmd.Env = Env()
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("go list in %s: %v\n%s", dir, err, stderr.Bytes())
	}
	return strings.Fields(string(out)), nil
}
