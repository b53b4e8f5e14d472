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
//
// Counting the units from the start of the line for every offset would
// make a file with one long line cost the square of its length: a line
// of 20,000 bare codes has 40,000 offsets to convert. So newMapper
// records a checkpoint every checkpointStride bytes of each line, and
// position walks only from the nearest checkpoint before its offset:
// building costs one pass over the content, each conversion at most
// checkpointStride bytes.
type mapper struct {
	content     []byte
	lineStarts  []int        // byte offset of the start of each line
	checkpoints []checkpoint // in increasing offset, none at a line start
}

// A checkpoint is a character boundary inside a line and the UTF-16
// units between the start of its line and it.
type checkpoint struct {
	offset, units int
}

// checkpointStride is the distance in bytes between checkpoints, which
// bounds the walk of one conversion. A line shorter than this has none.
const checkpointStride = 256

func newMapper(content []byte) *mapper {
	m := &mapper{content: content, lineStarts: []int{0}}
	units, next := 0, checkpointStride // units since the line start; next checkpoint
	for pos := 0; pos < len(content); {
		b := content[pos]
		if b == '\n' {
			pos++
			m.lineStarts = append(m.lineStarts, pos)
			units, next = 0, pos+checkpointStride
			continue
		}
		if pos >= next {
			m.checkpoints = append(m.checkpoints, checkpoint{pos, units})
			next = pos + checkpointStride
		}
		if b < utf8.RuneSelf {
			units++
			pos++
			continue
		}
		r, size := utf8.DecodeRune(content[pos:])
		units += utf16Len(r)
		pos += size
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
	pos, units := m.lineStarts[line], 0
	// Start from the last checkpoint at or before offset, if it is on
	// this line: every checkpoint is after its line's start.
	if i := sort.Search(len(m.checkpoints), func(i int) bool { return m.checkpoints[i].offset > offset }) - 1; i >= 0 {
		if cp := m.checkpoints[i]; cp.offset > pos {
			pos, units = cp.offset, cp.units
		}
	}
	// A "\r\n" ending needs no special case: an offset can only reach
	// its '\r' by pointing at it, and then the '\r' is not counted.
	for pos < offset {
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
