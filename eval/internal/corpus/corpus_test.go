package corpus_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/barestatus/barestatus/eval/internal/corpus"
)

func names(ms []corpus.Module) string {
	var s []string
	for _, m := range ms {
		s = append(s, m.Name)
	}
	return strings.Join(s, ",")
}

func TestSelect(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"chi,mux", "mux,chi"}, // the list's order
		{" gin ", "gin"},
		{"small", "mux,handlers,render,chi,retryablehttp,gin,echo,fiber"},
	} {
		got, err := corpus.Select(corpus.Pinned, tc.in)
		if err != nil || names(got) != tc.want {
			t.Errorf("Select(%q) = %s, %v; want %s", tc.in, names(got), err, tc.want)
		}
	}
	if all, _ := corpus.Select(corpus.Pinned, "all"); len(all) != 10 {
		t.Errorf("all: %d modules, want the 10 pinned", len(all))
	}
	for _, bad := range []string{"mux,nosuch", "", ","} {
		if got, err := corpus.Select(corpus.Pinned, bad); err == nil {
			t.Errorf("Select(%q) = %s, want an error", bad, names(got))
		}
	}
}

func TestPinnedIsWellFormed(t *testing.T) {
	seen := make(map[string]bool)
	for _, m := range corpus.Pinned {
		if seen[m.Name] || !strings.HasPrefix(m.Version, "v") || !strings.Contains(m.Path, "/") {
			t.Errorf("bad or duplicate entry %+v", m)
		}
		seen[m.Name] = true
	}
}

// TestCopyAndRequire copies a read-only module, makes it require the
// status module, and checks that the copy is writable, resolves the
// replacement and keeps its go directive: the status module asks for no
// newer Go than 1.21 (the analyzer's module needs 1.26, which once raised
// go-retryablehttp's go line and with it go vet's checks).
func TestCopyAndRequire(t *testing.T) {
	if testing.Short() {
		t.Skip("runs go get and go build")
	}
	src := t.TempDir()
	files := map[string]string{
		"go.mod":      "module example.com/m\n\ngo 1.21\n",
		"m.go":        "package m\n",
		"sub/sub.go":  "package sub\n",
		"sub/data.md": "data\n",
	}
	for name, content := range files {
		path := filepath.Join(src, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(content), 0o444); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.Chmod(filepath.Join(src, "sub"), 0o555); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.Chmod(filepath.Join(src, "sub"), 0o755) })

	dst := filepath.Join(t.TempDir(), "copy")
	if err := corpus.Copy(src, dst); err != nil {
		t.Fatal(err)
	}
	for name, content := range files {
		got, err := os.ReadFile(filepath.Join(dst, name))
		if err != nil || string(got) != content {
			t.Errorf("%s: %q, %v", name, got, err)
		}
	}
	if err := os.WriteFile(filepath.Join(dst, "sub", "new.go"), []byte("package sub\n"), 0o644); err != nil {
		t.Errorf("copy is not writable: %v", err)
	}

	checkout, err := filepath.Abs(filepath.Join("..", "..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	if err := corpus.Require(dst, checkout); err != nil {
		t.Fatal(err)
	}
	mod, _ := os.ReadFile(filepath.Join(dst, "go.mod"))
	for _, want := range []string{"\ngo 1.21\n", corpus.StatusPath + " v0.0.0", "replace " + corpus.StatusPath + " => " + filepath.Join(checkout, "status")} {
		if !strings.Contains(string(mod), want) {
			t.Errorf("go.mod lacks %q:\n%s", want, mod)
		}
	}
	if strings.Contains(string(mod), "golang.org/x/tools") {
		t.Errorf("requiring the status module pulled in the analyzer's dependencies:\n%s", mod)
	}
	// The module can now import the status package, as a fix would make it.
	if err := os.WriteFile(filepath.Join(dst, "fixed.go"), []byte("package m\n\nimport \"github.com/barestatus/barestatus/status\"\n\nvar _ = status.HTTP_404_NOT_FOUND\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command("go", "build", "./...")
	cmd.Dir = dst
	cmd.Env = append(corpus.Env(), "GOPROXY=off")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Errorf("go build in the copy: %v\n%s", err, out)
	}
	pkgs, err := corpus.Packages(dst, false, "./...")
	if err != nil || !slices.Equal(pkgs, []string{"example.com/m", "example.com/m/sub"}) {
		t.Errorf("Packages: %q, %v", pkgs, err)
	}
}
