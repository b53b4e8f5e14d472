package main_test

import (
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// These tests run the command the way go vet and go fix run a vet tool:
// once per package, through the unitchecker protocol, with the go command
// printing the diagnostics and writing the fixes.

// sources returns the content of every .go file under dir, by path
// relative to dir.
func sources(t *testing.T, dir string) map[string]string {
	t.Helper()
	files := make(map[string]string)
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") {
			return err
		}
		src, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(dir, path)
		files[rel] = string(src)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}

// changed returns the sorted names of the files whose content differs
// between two results of sources.
func changed(before, after map[string]string) []string {
	var names []string
	for name, src := range after {
		if before[name] != src {
			names = append(names, name)
		}
	}
	slices.Sort(names)
	return names
}

// allFiles returns the sorted names of a result of sources.
func allFiles(files map[string]string) []string {
	return slices.Sorted(maps.Keys(files))
}

// checkWorks runs go build, go vet and go test on dir and gofmt -l on its
// files, failing the test on any error.
func checkWorks(t *testing.T, dir string) {
	t.Helper()
	for _, args := range [][]string{{"build", "./..."}, {"vet", "./..."}, {"test", "./..."}} {
		if out, code := run(t, dir, "go", args...); code != 0 {
			t.Fatalf("go %s: exit code %d\n%s", args[0], code, out)
		}
	}
	if out, _ := run(t, dir, "gofmt", "-l", "."); out != "" {
		t.Errorf("gofmt -l lists %s", out)
	}
}

// TestGoVet checks that go vet -vettool prints the diagnostics as
// file:line:col lines, exits non-zero and leaves the files alone.
func TestGoVet(t *testing.T) {
	bin := buildCommand(t)
	dir := newModule(t)
	before := sources(t, dir)
	out, code := run(t, dir, "go", "vet", "-vettool="+bin, "./...")
	if code != 1 {
		t.Errorf("go vet: exit code %d, want 1\n%s", code, out)
	}
	for _, want := range []string{
		"petstore.go:45:39: bare HTTP status code 405: use status.HTTP_405_METHOD_NOT_ALLOWED",
		"client.go:22:12: bare HTTP status code 410: use status.HTTP_410_GONE",
		"petstore_test.go:14:17: bare HTTP status code 201: use status.HTTP_201_CREATED",
		"dense.go:11:16: bare HTTP status code 200: use httpstatus.HTTP_200_OK",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("go vet output lacks %q\n%s", want, out)
		}
	}
	// Each file is analyzed once (in the test variant of the package),
	// so no diagnostic is printed twice.
	seen := make(map[string]bool)
	for line := range strings.Lines(out) {
		if strings.Contains(line, "bare HTTP status code") && seen[line] {
			t.Errorf("go vet printed twice: %s", line)
		}
		seen[line] = true
	}
	if names := changed(before, sources(t, dir)); len(names) > 0 {
		t.Errorf("go vet without -fix changed %v", names)
	}

	// The analyzer's flags pass through go vet.
	out, code = run(t, dir, "go", "vet", "-vettool="+bin, "-style=nethttp", "./...")
	if want := "petstore.go:45:39: bare HTTP status code 405: use http.StatusMethodNotAllowed"; code != 1 || !strings.Contains(out, want) {
		t.Errorf("go vet -style=nethttp: exit code %d, want 1 and %q\n%s", code, want, out)
	}
	// And so does their validation: one line for the whole run, though
	// it vets three packages, none for their dependencies, and no usage
	// text; the rest is the go command's "# package" header.
	for _, name := range []string{"one", "two"} {
		src := "package " + name + "\n\nimport \"net/http\"\n\nfunc H(w http.ResponseWriter) { w.WriteHeader(404) }\n"
		if err := os.MkdirAll(filepath.Join(dir, name), 0o777); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name, name+".go"), []byte(src), 0o666); err != nil {
			t.Fatal(err)
		}
	}
	for _, args := range [][]string{
		{"vet", "-vettool=" + bin, "-style=bogus", "./..."},
		{"fix", "-fixtool=" + bin, "-style=bogus", "./..."},
	} {
		out, code = run(t, dir, "go", args...)
		var lines []string
		for line := range strings.Lines(out) {
			if !strings.HasPrefix(line, "# ") {
				lines = append(lines, line)
			}
		}
		want := `barestatus: invalid value "bogus" for flag -style: unknown style "bogus": want "status" or "nethttp"` + "\n"
		if code == 0 || len(lines) != 1 || lines[0] != want {
			t.Errorf("go %s: exit code %d, want non-zero and the one line %q, got\n%s", strings.Join(args, " "), code, want, out)
		}
	}
}

// TestGoFix applies the fixes with go vet -fix and with go fix, in both
// styles, and checks that every file with a bare code is rewritten, the
// module still builds, vets, passes its tests and gofmt, and that go vet
// then finds nothing.
func TestGoFix(t *testing.T) {
	bin := buildCommand(t)
	for _, tc := range []struct {
		name string
		args []string
	}{
		{"vet-fix", []string{"vet", "-vettool=" + bin, "-fix"}},
		{"fix", []string{"fix", "-fixtool=" + bin}},
		{"fix-nethttp", []string{"fix", "-fixtool=" + bin, "-style=nethttp"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := newModule(t)
			before := sources(t, dir)
			if out, code := run(t, dir, "go", append(tc.args, "./...")...); code != 0 {
				t.Fatalf("go %s: exit code %d\n%s", strings.Join(tc.args, " "), code, out)
			}
			after := sources(t, dir)
			if got, want := changed(before, after), allFiles(before); !slices.Equal(got, want) {
				t.Errorf("changed files %v, want all of %v", got, want)
			}
			checkWorks(t, dir)
			if tc.name == "fix-nethttp" {
				// net/http lacks 306 and 509: they stay, reported without a fix.
				out, code := run(t, dir, "go", "vet", "-vettool="+bin, "-style=nethttp", "./...")
				for line := range strings.Lines(out) {
					if !strings.HasPrefix(line, "#") && !strings.Contains(line, "no net/http constant") {
						t.Errorf("go vet -style=nethttp after the fixes: %s", line)
					}
				}
				if code == 0 {
					t.Errorf("go vet -style=nethttp after the fixes: exit code 0, want the codes net/http lacks reported")
				}
			} else if out, code := run(t, dir, "go", "vet", "-vettool="+bin, "./..."); code != 0 {
				t.Errorf("go vet after the fixes: exit code %d, want 0\n%s", code, out)
			}

			dense := after["dense.go"]
			if tc.name == "fix-nethttp" {
				// The flag reached the fixer: net/http's constants, and
				// never the status package, even for codes net/http lacks.
				for _, want := range []string{"http.StatusNotFound", "http.StatusUnprocessableEntity", "w.WriteHeader(306)"} {
					if !strings.Contains(dense, want) {
						t.Errorf("dense.go lacks %s:\n%s", want, dense)
					}
				}
				for name, src := range after {
					if strings.Contains(src, "barestatus/status") {
						t.Errorf("%s imports the status package under -style=nethttp:\n%s", name, src)
					}
				}
			} else {
				for _, want := range []string{"httpstatus.HTTP_404_NOT_FOUND", `httpstatus "github.com/barestatus/barestatus/status"`} {
					if !strings.Contains(dense, want) {
						t.Errorf("dense.go lacks %s:\n%s", want, dense)
					}
				}
				if strings.Contains(dense, "http.StatusNotFound") {
					t.Errorf("dense.go uses net/http constants without -style=nethttp:\n%s", dense)
				}
			}
		})
	}
}

// TestGoFixDiff checks that -diff prints the fixes as a unified diff,
// exits non-zero and writes nothing.
func TestGoFixDiff(t *testing.T) {
	bin := buildCommand(t)
	dir := newModule(t)
	before := sources(t, dir)
	for _, args := range [][]string{
		{"fix", "-fixtool=" + bin, "-diff", "./..."},
		{"vet", "-vettool=" + bin, "-fix", "-diff", "./..."},
	} {
		out, code := run(t, dir, "go", args...)
		if code != 1 {
			t.Errorf("go %s: exit code %d, want 1\n%s", strings.Join(args, " "), code, out)
		}
		for _, want := range []string{
			"--- " + filepath.Join(dir, "petstore.go") + " (old)\n",
			"+++ " + filepath.Join(dir, "petstore.go") + " (new)\n",
			"-\t\thttp.Error(w, \"method not allowed\", 405)\n",
			"+\t\thttp.Error(w, \"method not allowed\", status.HTTP_405_METHOD_NOT_ALLOWED)\n",
			"+\t\"github.com/barestatus/barestatus/status\"\n",
		} {
			if !strings.Contains(out, want) {
				t.Errorf("go %s: output lacks %q\n%s", strings.Join(args, " "), want, out)
			}
		}
		if names := changed(before, sources(t, dir)); len(names) > 0 {
			t.Errorf("go %s changed %v", strings.Join(args, " "), names)
		}
	}
}

// TestGoFixSkipsOtherModules checks the go command's rule that fixes are
// applied only to packages of the main module: a dependency with bare
// codes is reported by go vet but left alone by go fix, even when named.
func TestGoFixSkipsOtherModules(t *testing.T) {
	bin := buildCommand(t)
	dir := newModule(t)
	dep := filepath.Join(dir, "dep")
	if err := os.Mkdir(dep, 0o777); err != nil {
		t.Fatal(err)
	}
	for name, content := range map[string]string{
		"dep/go.mod": "module example.com/dep\n\ngo 1.26.0\n",
		"dep/dep.go": "package dep\n\nimport \"net/http\"\n\n// Gone replies 410.\nfunc Gone(w http.ResponseWriter) { w.WriteHeader(410) }\n",
		"use.go":     "package demo\n\nimport \"example.com/dep\"\n\nvar _ = dep.Gone\n",
	} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o666); err != nil {
			t.Fatal(err)
		}
	}
	gomod := filepath.Join(dir, "go.mod")
	mod, err := os.ReadFile(gomod)
	if err != nil {
		t.Fatal(err)
	}
	mod = append(mod, "\nrequire example.com/dep v0.0.0\n\nreplace example.com/dep => ./dep\n"...)
	if err := os.WriteFile(gomod, mod, 0o666); err != nil {
		t.Fatal(err)
	}
	before := sources(t, dir)

	out, code := run(t, dir, "go", "vet", "-vettool="+bin, "example.com/dep")
	if want := "dep.go:6:50: bare HTTP status code 410"; code != 1 || !strings.Contains(out, want) {
		t.Errorf("go vet example.com/dep: exit code %d, want 1 and %q\n%s", code, want, out)
	}
	if out, code := run(t, dir, "go", "fix", "-fixtool="+bin, "./...", "example.com/dep"); code != 0 {
		t.Fatalf("go fix: exit code %d\n%s", code, out)
	}
	after := sources(t, dir)
	if after["dep/dep.go"] != before["dep/dep.go"] {
		t.Errorf("go fix rewrote a package of another module:\n%s", after["dep/dep.go"])
	}
	if after["petstore.go"] == before["petstore.go"] {
		t.Error("go fix left the main module's petstore.go alone")
	}
	checkWorks(t, dir)
}
