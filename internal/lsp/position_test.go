package lsp

import (
	"path/filepath"
	"runtime"
	"testing"
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
