package main_test

import (
	"bytes"
	"debug/buildinfo"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/barestatus/barestatus/internal/testmod"
	"github.com/barestatus/barestatus/internal/version"
)

// TestVersion checks that -version prints the one line internal/version
// makes of the binary's build information, and that -V=full still speaks
// go vet's protocol.
func TestVersion(t *testing.T) {
	bin := buildCommand(t)
	info, err := buildinfo.ReadFile(bin)
	if err != nil {
		t.Fatal(err)
	}
	out, code := runEnv(t, t.TempDir(), nil, bin, "-version")
	if want := version.Format("barestatus", info) + "\n"; code != 0 || out != want {
		t.Errorf("barestatus -version: exit code %d, output %q, want 0 and %q", code, out, want)
	}
	if strings.TrimSpace(out) == "barestatus" {
		t.Errorf("barestatus -version: %q, want more than the name", out)
	}
	out, code = runEnv(t, t.TempDir(), nil, bin, "-V=full")
	if want := " version devel comments-go-here buildID="; code != 0 || !strings.Contains(out, want) {
		t.Errorf("barestatus -V=full: exit code %d, output %q, want 0 and %q", code, out, want)
	}
}

// TestVersionRevision builds the command in a git repository holding a
// copy of the checkout, with VCS stamping on, and checks that -version
// names the commit.
func TestVersionRevision(t *testing.T) {
	if testing.Short() {
		t.Skip("copies the checkout and builds the command")
	}
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("no git on PATH")
	}
	root := testmod.Root(t)
	repo := t.TempDir()
	git := func(dir string, args ...string) string {
		t.Helper()
		cmd := exec.Command("git", args...)
		cmd.Dir = dir
		cmd.Env = append(os.Environ(), "GIT_AUTHOR_NAME=t", "GIT_AUTHOR_EMAIL=t@example.com", "GIT_COMMITTER_NAME=t", "GIT_COMMITTER_EMAIL=t@example.com")
		out, err := cmd.Output()
		if err != nil {
			t.Fatalf("git %s: %v", strings.Join(args, " "), err)
		}
		return string(out)
	}
	// The checkout's files as they are now, committed or not.
	for name := range strings.SplitSeq(git(root, "ls-files", "-z", "--cached", "--others", "--exclude-standard"), "\x00") {
		src, err := os.ReadFile(filepath.Join(root, name))
		if name == "" || os.IsNotExist(err) {
			continue // the end of the list, or a file deleted but not yet staged
		} else if err != nil {
			t.Fatal(err)
		}
		dst := filepath.Join(repo, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(dst), 0o777); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(dst, src, 0o666); err != nil {
			t.Fatal(err)
		}
	}
	git(repo, "init", "-q")
	git(repo, "add", "-A")
	git(repo, "commit", "-q", "-m", "copy")
	rev := strings.TrimSpace(git(repo, "rev-parse", "HEAD"))

	bin := filepath.Join(t.TempDir(), "barestatus")
	build := exec.Command("go", "build", "-buildvcs=true", "-o", bin, "./cmd/barestatus")
	build.Dir = repo
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	out, err := exec.Command(bin, "-version").Output()
	if err != nil {
		t.Fatalf("barestatus -version: %v", err)
	}
	// The go command stamps a pseudo-version made of the commit's time
	// and revision (there is no tag), and the revision itself.
	if want := "barestatus v0.0.0-"; !bytes.HasPrefix(out, []byte(want)) || !bytes.Contains(out, []byte(" revision "+rev+", ")) || bytes.Contains(out, []byte("modified")) {
		t.Errorf("barestatus -version: %q, want a pseudo-version, revision %s and no modified", out, rev)
	}
}
