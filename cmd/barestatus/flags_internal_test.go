package main

import (
	"flag"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"testing"
)

// TestFlagSetMatchesDriver checks that the flags checkFlags knows are
// exactly those that the built command lists in its usage: x/tools'
// driver flags and the analyzer's. A driver flag added by an x/tools
// upgrade would otherwise be rejected before singlechecker sees it.
func TestFlagSetMatchesDriver(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the command")
	}
	bin := filepath.Join(t.TempDir(), "barestatus")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	usage, _ := exec.Command(bin, "-h").CombinedOutput()
	var listed []string
	for _, m := range regexp.MustCompile(`(?m)^  -(\S+)`).FindAllSubmatch(usage, -1) {
		listed = append(listed, string(m[1]))
	}
	var known []string
	newFlagSet().VisitAll(func(f *flag.Flag) { known = append(known, f.Name) })
	slices.Sort(listed)
	slices.Sort(known)
	if len(listed) < 20 || !slices.Equal(listed, known) {
		t.Errorf("barestatus -h lists the flags\n%v\nbut checkFlags knows\n%v", listed, known)
	}
}
