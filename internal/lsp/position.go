package lsp

import (
	"fmt"
	"net/url"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"unicode/utf8"
)

// A mapper converts byte offsets of one file's content into LSP
// positions, whose characters count UTF-16 code units.
type mapper struct {
	content    []byte
	lineStarts []int // byte offset of the start of each line
}

func newMapper(content []byte) *mapper {
	m := &mapper{content: content, lineStarts: []int{0}}
	for i, b := range content {
		if b == '\n' {
			m.lineStarts = append(m.lineStarts, i+1)
		}
	}
	return m
}

// position returns the LSP position of a byte offset. An offset inside a
// multi-byte character counts the units of the characters before it.
func (m *mapper) position(offset int) (Position, error) {
	if offset < 0 || offset > len(m.content) {
		return Position{}, fmt.Errorf("offset %d outside the file's %d bytes", offset, len(m.content))
	}
	// The line is the last one that starts at or before offset.
	line := sort.SearchInts(m.lineStarts, offset+1) - 1
	// A "\r\n" ending needs no special case: an offset can only reach
	// its '\r' by pointing at it, and then the '\r' is not counted.
	units := 0
	for pos := m.lineStarts[line]; pos < offset; {
		r, size := utf8.DecodeRune(m.content[pos:])
		if pos+size > offset {
			break // offset points inside this character
		}
		units += utf16Len(r)
		pos += size
	}
	return Position{Line: line, Character: units}, nil
}

// rangeOf returns the LSP range of the byte span [start, end).
func (m *mapper) rangeOf(start, end int) (Range, error) {
	s, err := m.position(start)
	if err != nil {
		return Range{}, err
	}
	e, err := m.position(end)
	if err != nil {
		return Range{}, err
	}
	return Range{Start: s, End: e}, nil
}

// utf16Len returns the number of UTF-16 code units that encode r: two
// for a character outside the Basic Multilingual Plane, else one (an
// invalid byte is shown as U+FFFD, one unit).
func utf16Len(r rune) int {
	if r >= 0x10000 {
		return 2
	}
	return 1
}

// uriToPath returns the file path of a file:// URI.
func uriToPath(uri string) (string, error) {
	u, err := url.Parse(uri)
	if err != nil {
		return "", err
	}
	if u.Scheme != "file" {
		return "", fmt.Errorf("not a file URI: %s", uri)
	}
	path := u.Path
	if runtime.GOOS == "windows" && len(path) >= 3 && path[0] == '/' && path[2] == ':' {
		path = path[1:] // file:///C:/x names C:/x
	}
	return filepath.FromSlash(path), nil
}

// pathToURI returns the file:// URI of an absolute file path.
func pathToURI(path string) string {
	path = filepath.ToSlash(path)
	if !strings.HasPrefix(path, "/") {
		path = "/" + path // C:/x becomes file:///C:/x
	}
	return (&url.URL{Scheme: "file", Path: path}).String()
}
