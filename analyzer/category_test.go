package analyzer_test

import (
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/barestatus/barestatus/analyzer"
)

// TestCategories checks that every diagnostic has the category of its
// kind, which -json output, golangci-lint and the language server pass
// on, and that the positions fixture shows each category.
func TestCategories(t *testing.T) {
	kinds := []struct{ prefix, category string }{
		{"bare HTTP status code ", "bare"}, // refined below by the message's end
		{"invalid HTTP status code ", "invalid"},
		{"HTTP status class test spelled out: ", "class-test"},
		{"malformed //lint:", "directive"},
	}
	seen := make(map[string]int)
	for _, r := range analysistest.Run(t, testdata, analyzer.New(), "positions") {
		for _, d := range r.Diagnostics {
			want := ""
			for _, k := range kinds {
				if strings.HasPrefix(d.Message, k.prefix) {
					want = k.category
				}
			}
			if strings.HasSuffix(d.Message, ": no named constant") {
				want = "no-constant"
			}
			if d.Category != want {
				t.Errorf("%v: %q has category %q, want %q", r.Pass.Fset.Position(d.Pos), d.Message, d.Category, want)
			}
			if !d.End.IsValid() || d.End <= d.Pos {
				t.Errorf("%v: %q has no end", r.Pass.Fset.Position(d.Pos), d.Message)
			}
			seen[d.Category]++
		}
	}
	for _, category := range []string{"bare", "no-constant", "invalid", "class-test", "directive"} {
		if seen[category] == 0 {
			t.Errorf("no diagnostic of category %q in the positions fixture", category)
		}
	}
}
