package analyzer_test

import (
	"bytes"
	"fmt"
	"go/format"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/barestatus/barestatus/analyzer"
)

func TestFixesStatusStyle(t *testing.T) {
	results := analysistest.RunWithSuggestedFixes(t, testdata, analyzer.New(), "fix")
	checkRawFixes(t, results)

	// A fix's message names the literal as written and its replacement.
	want := map[string]bool{
		"Replace 0xC9 with status.HTTP_201_CREATED":         false,
		"Replace int(418) with status.HTTP_418_IM_A_TEAPOT": false,
		"Replace (404) with status.HTTP_404_NOT_FOUND":      false,
		"Replace 409 with HTTP_409_CONFLICT":                false, // dot import
		"Replace 404 with st.HTTP_404_NOT_FOUND":            false, // renamed import
	}
	for _, r := range results {
		for _, d := range r.Diagnostics {
			for _, fix := range d.SuggestedFixes {
				if _, ok := want[fix.Message]; ok {
					want[fix.Message] = true
				}
			}
		}
	}
	for msg, seen := range want {
		if !seen {
			t.Errorf("no fix with message %q", msg)
		}
	}
}

func TestFixesNetHTTPStyle(t *testing.T) {
	a := analyzer.New()
	if err := a.Flags.Set("style", "nethttp"); err != nil {
		t.Fatal(err)
	}
	results := analysistest.RunWithSuggestedFixes(t, testdata, a, "fixnethttp")
	checkRawFixes(t, results)
}

func TestUnknownStyle(t *testing.T) {
	err := analyzer.New().Flags.Set("style", "django")
	if err == nil || err.Error() != `unknown style "django": want "status" or "nethttp"` {
		t.Errorf("Set(style, django) = %v, want an error naming the style and the choices", err)
	}
}

// checkRawFixes checks what analysistest does not: the fixes' edits as an
// editor applies them, with no gofmt pass afterwards, whether each fix is
// applied alone or all together in either order. The result must parse
// and be gofmt-clean but for the padding that aligns trailing comments
// and values in a column (replacing 404 with a longer name widens a cell,
// and realigning the neighbours would make fixes in one block conflict;
// every fixing driver runs gofmt anyway). All fixes applied in order must
// give the golden file, padding aside.
func checkRawFixes(t *testing.T, results []*analysistest.Result) {
	t.Helper()
	checked := 0
	defer func() {
		if checked == 0 {
			t.Error("no fixes to check")
		}
	}()
	for _, r := range results {
		fixesByFile := make(map[string][][]analysis.TextEdit)
		for _, d := range r.Diagnostics {
			if len(d.SuggestedFixes) > 1 {
				t.Errorf("%v: %d fixes, want at most one", r.Pass.Fset.Position(d.Pos), len(d.SuggestedFixes))
			}
			for _, fix := range d.SuggestedFixes {
				name := r.Pass.Fset.File(d.Pos).Name()
				fixesByFile[name] = append(fixesByFile[name], fix.TextEdits)
			}
		}
		for name, fixes := range fixesByFile {
			checked += len(fixes)
			src, err := os.ReadFile(name)
			if err != nil {
				t.Fatal(err)
			}
			offset := func(e analysis.TextEdit) (int, int) {
				f := r.Pass.Fset.File(e.Pos)
				return f.Offset(e.Pos), f.Offset(e.End)
			}
			for i, fix := range fixes {
				requireClean(t, name, fmt.Sprintf("fix %d alone", i), apply(t, src, [][]analysis.TextEdit{fix}, offset))
			}
			all := apply(t, src, fixes, offset)
			requireClean(t, name, "all fixes", all)
			requireClean(t, name, "all fixes in reverse", apply(t, src, reversed(fixes), offset))
			golden, err := os.ReadFile(name + ".golden")
			if err == nil && unpadded(all) != unpadded(golden) {
				t.Errorf("%s: raw edits differ from the golden file:\n%s", name, all)
			}
		}
	}
}

// apply applies the edits of several fixes to src the way the analysis
// drivers merge them: identical edits coalesce, and insertions at the
// same offset go in the order of their fixes.
func apply(t *testing.T, src []byte, fixes [][]analysis.TextEdit, offset func(analysis.TextEdit) (int, int)) []byte {
	t.Helper()
	type edit struct {
		start, end int
		text       string
	}
	var edits []edit
	for _, fix := range fixes {
		for _, e := range fix {
			start, end := offset(e)
			ed := edit{start, end, string(e.NewText)}
			if !slices.Contains(edits, ed) {
				edits = append(edits, ed)
			}
		}
	}
	slices.SortStableFunc(edits, func(a, b edit) int { return a.start - b.start })
	var out bytes.Buffer
	last := 0
	for _, e := range edits {
		if e.start < last {
			t.Fatalf("overlapping edits at offset %d", e.start)
		}
		out.Write(src[last:e.start])
		out.WriteString(e.text)
		last = e.end
	}
	out.Write(src[last:])
	return out.Bytes()
}

// requireClean fails the test unless src parses and is gofmt-clean.
func requireClean(t *testing.T, name, what string, src []byte) {
	t.Helper()
	formatted, err := format.Source(src)
	if err != nil {
		t.Errorf("%s, %s: does not parse: %v\n%s", name, what, err, src)
		return
	}
	if unpadded(formatted) != unpadded(src) {
		t.Errorf("%s, %s: not gofmt-clean:\n%s", name, what, src)
	}
}

// unpadded returns src with each run of spaces and tabs after a line's
// indentation collapsed to one space: what gofmt's column alignment changes.
func unpadded(src []byte) string {
	var b strings.Builder
	for line := range strings.Lines(string(src)) {
		body := strings.TrimLeft(line, "\t")
		b.WriteString(line[:len(line)-len(body)])
		b.WriteString(strings.Join(strings.Fields(body), " "))
		b.WriteString("\n")
	}
	return b.String()
}

func reversed[T any](s []T) []T {
	s = slices.Clone(s)
	slices.Reverse(s)
	return s
}

// statusName matches the names of the status package's constants and helpers.
var statusName = regexp.MustCompile(`HTTP_[0-9]|\bIs(Informational|Success|Redirect|ClientError|ServerError)\(`)

// TestNetHTTPStyleNeverImportsStatus checks, over every fixture, that no
// fix under -style=nethttp mentions the status module: a module that
// does not require it must build after -fix. Class tests and codes
// net/http does not name are still reported.
func TestNetHTTPStyleNeverImportsStatus(t *testing.T) {
	pkgs, err := fixtures(testdata, "frameworks")
	if err != nil {
		t.Fatal(err)
	}
	pkgs = append(pkgs, "fix", "fixnethttp", "positions", "sinks")
	a := configured(t, map[string]string{"style": "nethttp"})
	var rec errorRecorder // the fixtures' // want comments are for either style
	fixes, classTests, unnamed := 0, 0, 0
	for _, r := range analysistest.Run(&rec, testdata, a, pkgs...) {
		for _, d := range r.Diagnostics {
			switch {
			case d.Category == "class-test":
				classTests++
			case strings.Contains(d.Message, "no net/http constant"):
				unnamed++
			}
			for _, fix := range d.SuggestedFixes {
				fixes++
				for _, e := range fix.TextEdits {
					if text := string(e.NewText); strings.Contains(text, analyzer.StatusPath) || statusName.MatchString(text) {
						t.Errorf("%v: -style=nethttp fix %q writes %q", r.Pass.Fset.Position(d.Pos), fix.Message, e.NewText)
					}
				}
			}
		}
	}
	if fixes == 0 || classTests == 0 || unnamed == 0 {
		t.Errorf("%d fixes, %d class tests, %d codes without a net/http constant: want some of each", fixes, classTests, unnamed)
	}
}
