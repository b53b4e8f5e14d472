package main_test

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/barestatus/barestatus/internal/testmod"
)

// missingLine is what the command prints when a fix would import the
// status package into example.com/bare, which does not require it.
const missingLine = "barestatus: example.com/bare does not require github.com/barestatus/barestatus/status, " +
	"which the fixes import: run 'go get github.com/barestatus/barestatus/status@latest' first, or fix with -style=nethttp"

// newBareModule writes a module example.com/bare that requires nothing,
// with a file holding a bare 404, and returns its directory.
func newBareModule(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	for name, content := range map[string]string{
		"go.mod": "module example.com/bare\n\ngo 1.26.0\n",
		"a.go":   "package bare\n\nimport \"net/http\"\n\nfunc h(w http.ResponseWriter) { w.WriteHeader(404) }\n",
	} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o666); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// TestMissingStatusModule checks that -fix in the default style stops
// with one line, before changing a file, when the module does not
// require the status module; that -fix -diff shows the diff and warns;
// that -style=nethttp needs no module; and that the order the README
// gives (require, -fix, go mod tidy) leaves a module that builds.
func TestMissingStatusModule(t *testing.T) {
	bin := buildCommand(t)

	t.Run("fix", func(t *testing.T) {
		dir := newBareModule(t)
		before := sources(t, dir)
		out, code := run(t, dir, bin, "-fix", "./...")
		if want := missingLine + "; no file was changed\n"; code != 1 || out != want {
			t.Errorf("barestatus -fix: exit code %d, output\n%s\nwant 1 and\n%s", code, out, want)
		}
		if names := changed(before, sources(t, dir)); len(names) > 0 {
			t.Errorf("barestatus -fix changed %v", names)
		}
	})

	t.Run("diff", func(t *testing.T) {
		dir := newBareModule(t)
		before := sources(t, dir)
		cmd := exec.Command(bin, "-fix", "-diff", "./...")
		cmd.Dir = dir
		var stdout, stderr bytes.Buffer
		cmd.Stdout, cmd.Stderr = &stdout, &stderr
		if err := cmd.Run(); err != nil {
			t.Errorf("barestatus -fix -diff: %v, want exit status 0", err)
		}
		if want := "barestatus: warning: " + strings.TrimPrefix(missingLine, "barestatus: ") + "\n"; stderr.String() != want {
			t.Errorf("barestatus -fix -diff: stderr\n%s\nwant\n%s", &stderr, want)
		}
		if want := "+\t\"github.com/barestatus/barestatus/status\"\n"; !strings.Contains(stdout.String(), want) {
			t.Errorf("barestatus -fix -diff: stdout lacks %q\n%s", want, &stdout)
		}
		if names := changed(before, sources(t, dir)); len(names) > 0 {
			t.Errorf("barestatus -fix -diff changed %v", names)
		}
	})

	t.Run("go fix", func(t *testing.T) {
		dir := newBareModule(t)
		before := sources(t, dir)
		out, code := run(t, dir, "go", "fix", "-fixtool="+bin, "./...")
		if want := "# example.com/bare\n" + missingLine + "; no file was changed\n"; code != 1 || out != want {
			t.Errorf("go fix: exit code %d, output\n%s\nwant 1 and\n%s", code, out, want)
		}
		if names := changed(before, sources(t, dir)); len(names) > 0 {
			t.Errorf("go fix changed %v", names)
		}
	})

	t.Run("nethttp", func(t *testing.T) {
		dir := newBareModule(t)
		if out, code := run(t, dir, bin, "-fix", "-style=nethttp", "./..."); code != 0 || out != "" {
			t.Errorf("barestatus -fix -style=nethttp: exit code %d, want 0 and no output\n%s", code, out)
		}
		checkWorks(t, dir)
	})

	t.Run("require, fix, tidy", func(t *testing.T) {
		// The README's recipe for trying a checkout: require the status
		// module and replace it by the checkout's directory.
		dir := newBareModule(t)
		status := filepath.Join(testmod.Root(t), "status")
		require := []string{"mod", "edit", "-require=github.com/barestatus/barestatus/status@v0.0.0", "-replace=github.com/barestatus/barestatus/status=" + status}
		if out, code := run(t, dir, "go", require...); code != 0 {
			t.Fatalf("go mod edit: exit code %d\n%s", code, out)
		}
		// Tidy before the fix drops the requirement nothing imports yet.
		if out, code := run(t, dir, "go", "mod", "tidy"); code != 0 {
			t.Fatalf("go mod tidy: exit code %d\n%s", code, out)
		}
		if out, code := run(t, dir, bin, "-fix", "./..."); code != 1 || !strings.Contains(out, "does not require") {
			t.Errorf("barestatus -fix after go mod tidy: exit code %d, want 1 and the missing module\n%s", code, out)
		}
		if out, code := run(t, dir, "go", require...); code != 0 {
			t.Fatalf("go mod edit: exit code %d\n%s", code, out)
		}
		if out, code := run(t, dir, bin, "-fix", "./..."); code != 0 || out != "" {
			t.Errorf("barestatus -fix with the requirement: exit code %d, want 0 and no output\n%s", code, out)
		}
		if out, code := run(t, dir, "go", "mod", "tidy"); code != 0 {
			t.Fatalf("go mod tidy after -fix: exit code %d\n%s", code, out)
		}
		gomod, err := os.ReadFile(filepath.Join(dir, "go.mod"))
		if err != nil || !bytes.Contains(gomod, []byte("require github.com/barestatus/barestatus/status v0.0.0")) {
			t.Errorf("go.mod after -fix and tidy lacks the requirement: %v\n%s", err, gomod)
		}
		checkWorks(t, dir)
	})
}
