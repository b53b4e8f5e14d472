package testmod

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// mkfile writes content to the slash path name under dir.
func mkfile(t *testing.T, dir, name, content string) {
	t.Helper()
	file := filepath.Join(dir, filepath.FromSlash(name))
	if err := os.MkdirAll(filepath.Dir(file), 0o777); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(file, []byte(content), 0o666); err != nil {
		t.Fatal(err)
	}
}

// TestFindRoot checks that findRoot passes over the go.mod of another
// module, as integration/golangci's, to the checkout's.
func TestFindRoot(t *testing.T) {
	tree := t.TempDir()
	mkfile(t, tree, "go.mod", "module example.com/other\n")
	root := filepath.Join(tree, "checkout")
	mkfile(t, root, "go.mod", "// The analyzer.\nmodule "+AnalyzerModule+" // comment\n\ngo 1.26.0\n")
	mkfile(t, root, "integration/golangci/go.mod", "module "+AnalyzerModule+"/integration/golangci\n")
	mkfile(t, root, "integration/golangci/testdata/x.go", "package x\n")
	for _, dir := range []string{root, filepath.Join(root, "integration", "golangci", "testdata")} {
		if got, err := findRoot(dir); err != nil || got != root {
			t.Errorf("findRoot(%s) = %q, %v; want %q", dir, got, err, root)
		}
	}
	if got, err := findRoot(tree); err == nil {
		t.Errorf("findRoot(%s) = %q, want an error: no go.mod of %s", tree, got, AnalyzerModule)
	}
}

func TestModulePath(t *testing.T) {
	for gomod, want := range map[string]string{
		"module example.com/a\n":             "example.com/a",
		"// x\n\nmodule \"example.com/b\"\n": "example.com/b",
		"module\texample.com/c // comment\n": "example.com/c",
		"go 1.26.0\n":                        "",
		"// module example.com/d\n":          "",
		"modules example.com/e\n":            "",
		"module example.com/f":               "example.com/f",
	} {
		if got := modulePath([]byte(gomod)); got != want {
			t.Errorf("modulePath(%q) = %q, want %q", gomod, got, want)
		}
	}
}

// TestWriteRejects checks that write refuses a file outside the module
// and one that would replace the go.mod or go.sum it writes.
func TestWriteRejects(t *testing.T) {
	root := t.TempDir()
	mkfile(t, root, "go.sum", "")
	for _, name := range []string{"../x.go", "/tmp/x.go", "a/../../x.go", "go.mod", "./go.sum"} {
		err := write(t.TempDir(), root, "example.com/demo", map[string]string{name: "package x\n"})
		if err == nil || !strings.Contains(err.Error(), "testmod:") {
			t.Errorf("file %q: got error %v, want it refused", name, err)
		}
	}
	if err := write(t.TempDir(), t.TempDir(), "example.com/demo", nil); err == nil {
		t.Error("root without go.sum: no error")
	}
}
