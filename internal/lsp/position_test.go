package lsp

import (
	"bytes"
	"fmt"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"
	"unicode/utf16"
	"unicode/utf8"
)

func TestPosition(t *testing.T) {
	const text = "package p\r\n// naïve 😀 x\n\nvar s = \"😀\"\n"
	m := newMapper([]byte(text))
	for _, tc := range []struct {
		offset int
		want   Position
	}{
		{0, Position{0, 0}},
		{9, Position{0, 9}},                  // the '\r' of a CRLF ending
		{11, Position{1, 0}},                 // after "\r\n"
		{11 + len("// naï"), Position{1, 6}}, // ï is 2 bytes, 1 unit
		{11 + len("// naïve 😀"), Position{1, 11}},
		{11 + len("// naïve 😀 x"), Position{1, 13}}, // 😀 is 4 bytes, 2 units
		{11 + len("// naïve ") + 2, Position{1, 9}}, // inside 😀: the units before it
		{len(text) - 1, Position{3, len(`var s = "😀"`) - 2}},
		{len(text), Position{4, 0}}, // end of file
	} {
		got, err := m.position(tc.offset)
		if err != nil {
			t.Errorf("position(%d): %v", tc.offset, err)
			continue
		}
		if got != tc.want {
			t.Errorf("position(%d) = %v, want %v", tc.offset, got, tc.want)
		}
	}
	for _, bad := range []int{-1, len(text) + 1} {
		if _, err := m.position(bad); err == nil {
			t.Errorf("position(%d) succeeded outside the file", bad)
		}
	}
}

// TestPositionMatchesUTF16 checks every character boundary of a mixed
// text against the standard library's UTF-16 encoder.
func TestPositionMatchesUTF16(t *testing.T) {
	lines := []string{"héllo, 世界", "𝔊𝔬 🐹 gopher", "", "\xff invalid byte", "tab\tend"}
	var text []byte
	for _, l := range lines {
		text = append(append(text, l...), '\n')
	}
	m := newMapper(text)
	start := 0
	checked := 0
	for line, l := range lines {
		for off := 0; off <= len(l); {
			want := Position{Line: line, Character: len(utf16.Encode([]rune(l[:off])))}
			got, err := m.position(start + off)
			if err != nil || got != want {
				t.Errorf("line %d byte %d: got %v, %v; want %v", line, off, got, err, want)
			}
			checked++
			if off == len(l) {
				break
			}
			_, size := utf8.DecodeRuneInString(l[off:])
			off += size
		}
		start += len(l) + 1
	}
	if checked < 40 {
		t.Fatalf("checked only %d boundaries", checked)
	}
}

func TestRangeOverlaps(t *testing.T) {
	lit := Range{Start: Position{4, 10}, End: Position{4, 13}}
	for _, tc := range []struct {
		q    Range
		want bool
	}{
		{Range{Position{4, 10}, Position{4, 10}}, true}, // cursor at the start
		{Range{Position{4, 13}, Position{4, 13}}, true}, // cursor just after
		{Range{Position{4, 11}, Position{4, 12}}, true},
		{Range{Position{0, 0}, Position{9, 0}}, true}, // whole file
		{Range{Position{4, 14}, Position{4, 14}}, false},
		{Range{Position{4, 0}, Position{4, 9}}, false},
		{Range{Position{3, 10}, Position{3, 20}}, false},
	} {
		if got := lit.overlaps(tc.q); got != tc.want {
			t.Errorf("%v overlaps %v = %v, want %v", lit, tc.q, got, tc.want)
		}
	}
}

func TestURIs(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("POSIX paths")
	}
	for path, uri := range map[string]string{
		"/tmp/a b/c.go":  "file:///tmp/a%20b/c.go",
		"/home/x/é/m.go": "file:///home/x/%C3%A9/m.go",
		"/src/p#1/x%.go": "file:///src/p%231/x%25.go",
	} {
		if got := pathToURI(path); got != uri {
			t.Errorf("pathToURI(%q) = %q, want %q", path, got, uri)
		}
		got, err := uriToPath(uri)
		if err != nil || got != filepath.FromSlash(path) {
			t.Errorf("uriToPath(%q) = %q, %v; want %q", uri, got, err, path)
		}
	}
	if _, err := uriToPath("untitled:Untitled-1"); err == nil {
		t.Error("uriToPath accepted a non-file URI")
	}
}

// longLine returns one line of n repetitions of unit, and the byte
// offset of each occurrence of lit in it.
func longLine(n int, unit, lit string) ([]byte, []int) {
	line := []byte(strings.Repeat(unit, n))
	var offsets []int
	for i := 0; i < len(line); {
		j := bytes.Index(line[i:], []byte(lit))
		if j < 0 {
			break
		}
		offsets = append(offsets, i+j)
		i += j + len(lit)
	}
	return line, offsets
}

// TestPositionLongLine converts both ends of each of 20,000 literals on
// one line, with characters of two and four bytes (one and two UTF-16
// units) between them, so that checkpoints fall beside and inside
// multi-byte characters. Counting from the start of the line for each
// offset took 31s here; a linear conversion takes milliseconds, so the
// bound leaves room for a loaded machine.
func TestPositionLongLine(t *testing.T) {
	const unit = `w.WriteHeader(404); /* é😀 */ `
	line, offsets := longLine(20000, unit, "404")
	if len(offsets) != 20000 {
		t.Fatalf("%d literals, want 20000", len(offsets))
	}
	text := append([]byte("package p\n"), line...)
	m := newMapper(text)
	start := time.Now()
	got := make([]Position, 0, 2*len(offsets))
	for _, off := range offsets {
		for _, o := range []int{off, off + 3} {
			p, err := m.position(len("package p\n") + o)
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, p)
		}
	}
	if d := time.Since(start); d > 2*time.Second {
		t.Errorf("converting %d offsets on one %d-byte line took %v", len(got), len(line), d)
	}
	// The expected characters, counted by the standard library's
	// UTF-16 encoder.
	unitsPer := len(utf16.Encode([]rune(unit)))
	lead := len(utf16.Encode([]rune(unit[:strings.Index(unit, "404")])))
	for i := range offsets {
		want := Position{Line: 1, Character: i*unitsPer + lead}
		if got[2*i] != want || got[2*i+1] != (Position{1, want.Character + 3}) {
			t.Fatalf("literal %d: got %v, %v; want %v and 3 units later", i, got[2*i], got[2*i+1], want)
		}
	}
	// Every character boundary, and every offset inside a character, of
	// a stretch that crosses several checkpoints.
	base := len("package p\n") + 100*len(unit)
	units := 100 * unitsPer
	for off := base; off < base+4*checkpointStride; {
		r, size := utf8.DecodeRune(text[off:])
		for inside := off; inside < off+size; inside++ {
			if p, err := m.position(inside); err != nil || p != (Position{1, units}) {
				t.Fatalf("byte %d: got %v, %v; want %v", inside, p, err, Position{1, units})
			}
		}
		units += len(utf16.Encode([]rune{r}))
		off += size
	}
}

// BenchmarkPositionLongLine converts both ends of every literal on a
// single line of 1 MB (and of 2 MB, to show the cost is linear).
func BenchmarkPositionLongLine(b *testing.B) {
	const unit = `w.WriteHeader(404); /* é😀 */ `
	for _, size := range []int{1 << 20, 2 << 20} {
		b.Run(fmt.Sprintf("%dMB", size>>20), func(b *testing.B) {
			line, offsets := longLine(size/len(unit), unit, "404")
			b.SetBytes(int64(len(line)))
			for b.Loop() {
				m := newMapper(line)
				for _, off := range offsets {
					if _, err := m.rangeOf(off, off+3); err != nil {
						b.Fatal(err)
					}
				}
			}
		})
	}
}
