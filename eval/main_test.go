package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/barestatus/barestatus/eval/internal/speed"
)

func TestSumTimings(t *testing.T) {
	stderr := "Warning: times are mostly GC/scheduler noise; use -debug=tp to disable parallelism\n" +
		"1.5ms\tbarestatus@example.com/m\n" +
		"250µs\tbarestatus@example.com/m [example.com/m.test]\n" +
		"2s\tbarestatus@example.com/big\n" +
		"1.25ms\tall others\n" +
		"example.com/m/x.go:1:1: bare HTTP status code 404: use status.HTTP_404_NOT_FOUND\n"
	want := 2*time.Second + 3*time.Millisecond
	if got := sumTimings(stderr); got != want {
		t.Errorf("sumTimings = %v, want %v", got, want)
	}
	if got := sumTimings("no timings\n"); got != 0 {
		t.Errorf("sumTimings without timings = %v", got)
	}
}

func TestOffset(t *testing.T) {
	src := []byte("package p\n\nfunc f() { w.WriteHeader(404) }\n")
	off, line := offset(src, 3, 26)
	if line != "func f() { w.WriteHeader(404) }" || !strings.HasPrefix(string(src[off:]), "404)") {
		t.Errorf("offset(3, 26) = %d (%q), line %q", off, src[off:], line)
	}
	if off, _ := offset(src, 9, 1); off != -1 {
		t.Errorf("offset past the last line = %d, want -1", off)
	}
}

func TestCountChanged(t *testing.T) {
	src, dst := t.TempDir(), t.TempDir()
	write := func(dir, name, content string) {
		if err := os.MkdirAll(filepath.Join(dir, filepath.Dir(name)), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write(src, "a.go", "package a\n")
	write(dst, "a.go", "package a\n")
	write(src, "sub/b.go", "package b\n")
	write(dst, "sub/b.go", "package b // fixed\n")
	write(dst, "sub/new.go", "package b\n")
	write(dst, "notes.txt", "not Go\n")
	if n, err := countChanged(src, dst); err != nil || n != 2 {
		t.Errorf("countChanged = %d, %v; want 2 (one edited, one new)", n, err)
	}
}

func TestFindModule(t *testing.T) {
	dir, err := findModule(evalPath)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(dir, "cmd", "noop", "main.go")); err != nil {
		t.Errorf("findModule(%s) = %s, which lacks cmd/noop: %v", evalPath, dir, err)
	}
	if _, err := findModule("example.com/nowhere"); err == nil {
		t.Error("findModule of a module not enclosing this directory: want an error")
	}
}

// TestSpeedRow checks that the speed table gives both the ratio of the
// medians and the median of the round-by-round ratios to the floor.
func TestSpeedRow(t *testing.T) {
	mr := &moduleResult{ByKind: map[string]int{}, ByPosition: map[string]int{}}
	mr.Name = "m"
	mr.Speed = &speedResult{Samples: []speed.Sample{
		{Tool: "barestatus", Runs: 3, Wall: 250 * time.Millisecond, MaxRSS: 1 << 20,
			Walls: []time.Duration{110 * time.Millisecond, 250 * time.Millisecond, 330 * time.Millisecond}},
		{Tool: "noop (floor)", Runs: 3, Wall: 200 * time.Millisecond, MaxRSS: 1 << 20,
			Walls: []time.Duration{100 * time.Millisecond, 200 * time.Millisecond, 300 * time.Millisecond}},
	}}
	md := (&report{Modules: []*moduleResult{mr}}).markdown()
	want := "| m | barestatus | 3 | 0.25s | 1.250 | 1.100 (1.10–1.25) | 1 MiB | 1.000 |"
	if !strings.Contains(md, want) {
		t.Errorf("speed table lacks %q:\n%s", want, md)
	}
}
