package main_test

import (
	"archive/zip"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"strings"
	"testing"

	"github.com/barestatus/barestatus/internal/testmod"
)

// TestRelease plays the release the README describes: it serves this
// checkout from a module proxy on disk as github.com/barestatus/barestatus
// v0.1.0 and github.com/barestatus/barestatus/status v0.1.0 (what the
// tags v0.1.0 and status/v0.1.0 give), then does what a user does:
// go install …/cmd/barestatus@v0.1.0, barestatus -version, -fix in a
// module without the status module, the go get it asks for, -fix again.
func TestRelease(t *testing.T) {
	if testing.Short() {
		t.Skip("installs the command from a module proxy on disk")
	}
	root := testmod.Root(t)
	proxy := t.TempDir()
	serve(t, proxy, testmod.AnalyzerModule, root)
	serve(t, proxy, testmod.StatusModule, filepath.Join(root, "status"))

	// Other modules come from the module cache's own download
	// directory, itself a proxy; the module cache is a new one, so that
	// these v0.1.0s never reach the real one.
	out, err := exec.Command("go", "env", "GOMODCACHE").Output()
	if err != nil {
		t.Fatal(err)
	}
	cache := filepath.Join(strings.TrimSpace(string(out)), "cache", "download")
	gobin := t.TempDir()
	env := []string{
		"GOPROXY=" + fileURL(proxy) + "," + fileURL(cache),
		"GOMODCACHE=" + t.TempDir(),
		"GOFLAGS=-modcacherw -trimpath", // -modcacherw: so that the test can remove it
		"GOSUMDB=off",
		"GOWORK=off",
		"GOBIN=" + gobin,
	}
	out1, code := runEnv(t, t.TempDir(), env, "go", "install", testmod.AnalyzerModule+"/cmd/barestatus@v0.1.0")
	if code != 0 {
		t.Fatalf("go install: exit code %d\n%s", code, out1)
	}
	bin := filepath.Join(gobin, "barestatus")

	if out, code := runEnv(t, t.TempDir(), env, bin, "-version"); code != 0 || !strings.HasPrefix(out, "barestatus v0.1.0 (go") || strings.Contains(out, "revision") {
		t.Errorf("barestatus -version: exit code %d, output %q, want the version v0.1.0 and no revision", code, out)
	}

	dir := newBareModule(t)
	want := "barestatus: example.com/bare does not require github.com/barestatus/barestatus/status, " +
		"which the fixes import: run 'go get github.com/barestatus/barestatus/status@v0.1.0' first, or fix with -style=nethttp; no file was changed\n"
	if out, code := runEnv(t, dir, env, bin, "-fix", "./..."); code != 1 || out != want {
		t.Errorf("barestatus -fix: exit code %d, output\n%s\nwant 1 and\n%s", code, out, want)
	}
	for _, args := range [][]string{
		{"go", "get", testmod.StatusModule + "@v0.1.0"},
		{bin, "-fix", "./..."},
		{"go", "mod", "tidy"},
		{"go", "build", "./..."},
		{"go", "vet", "./..."},
	} {
		if out, code := runEnv(t, dir, env, args[0], args[1:]...); code != 0 {
			t.Fatalf("%s: exit code %d\n%s", strings.Join(args, " "), code, out)
		}
	}
	src, err := os.ReadFile(filepath.Join(dir, "a.go"))
	if err != nil || !strings.Contains(string(src), "status.HTTP_404_NOT_FOUND") {
		t.Errorf("a.go after -fix: %v\n%s", err, src)
	}
}

// fileURL returns the file URL of a directory.
func fileURL(dir string) string {
	return "file://" + filepath.ToSlash(dir)
}

// serve writes into the proxy directory the module modPath at v0.1.0,
// made of the files of dir, as a module proxy serves it: the version
// list, the .info, the .mod and the zip. Like the go command, it leaves
// out directories holding another module and version control metadata.
func serve(t *testing.T, proxy, modPath, dir string) {
	t.Helper()
	const version = "v0.1.0"
	at := filepath.Join(proxy, filepath.FromSlash(modPath), "@v")
	if err := os.MkdirAll(at, 0o777); err != nil {
		t.Fatal(err)
	}
	gomod, err := os.ReadFile(filepath.Join(dir, "go.mod"))
	if err != nil {
		t.Fatal(err)
	}
	for name, content := range map[string]string{
		"list":            version + "\n",
		version + ".info": fmt.Sprintf(`{"Version":%q,"Time":"2026-12-03T00:00:00Z"}`, version),
		version + ".mod":  string(gomod),
	} {
		if err := os.WriteFile(filepath.Join(at, name), []byte(content), 0o666); err != nil {
			t.Fatal(err)
		}
	}
	f, err := os.Create(filepath.Join(at, version+".zip"))
	if err != nil {
		t.Fatal(err)
	}
	zw := zip.NewWriter(f)
	err = filepath.WalkDir(dir, func(file string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(dir, file)
		if err != nil {
			return err
		}
		if d.IsDir() {
			if _, err := os.Stat(filepath.Join(file, "go.mod")); (rel != "." && err == nil) || d.Name() == ".git" {
				return filepath.SkipDir // another module, or git's
			}
			return nil
		}
		if !d.Type().IsRegular() || d.Name() == ".git" {
			return nil // a worktree's .git file, or a link
		}
		content, err := os.ReadFile(file)
		if err != nil {
			return err
		}
		w, err := zw.Create(path.Join(modPath+"@"+version, filepath.ToSlash(rel)))
		if err != nil {
			return err
		}
		_, err = w.Write(content)
		return err
	})
	if err == nil {
		err = zw.Close()
	}
	if err == nil {
		err = f.Close()
	}
	if err != nil {
		t.Fatal(err)
	}
}
