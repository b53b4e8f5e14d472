package analyzer_test

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// TestCgoImports checks where fixes add an import in files that import
// "C", against the goldens in testdata/cgo (name.go.<style>.golden).
// analysistest cannot show it: the go command hands the analyzer cgo's
// generated files, which it skips. Here each file is type-checked alone
// ("C" fails to import, as in an editor) and every fix is applied alone
// and all together: each result must be gofmt-clean, and all together
// must give the golden.
func TestCgoImports(t *testing.T) {
	imp, err := loadFuzzImporter()
	if err != nil {
		t.Fatal(err)
	}
	files, err := filepath.Glob(filepath.Join("testdata", "cgo", "*.go"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no cgo fixtures: %v", err)
	}
	for _, name := range files {
		src, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		tc, ok := fuzzCheck(imp, src)
		if !ok {
			t.Fatalf("%s does not parse", name)
		}
		tok := tc.fset.File(tc.file.FileStart)
		for _, style := range []string{"status", "nethttp"} {
			var all []fuzzEdit
			for _, d := range fuzzRun(t, tc, src, style) {
				for _, fix := range d.SuggestedFixes {
					var edits []fuzzEdit
					for _, e := range fix.TextEdits {
						edits = append(edits, fuzzEdit{tok.Offset(e.Pos), tok.Offset(e.End), string(e.NewText)})
					}
					alone, err := fuzzApply(src, edits, true)
					if err != nil {
						t.Fatalf("%s, -style=%s, %s: %v", name, style, fix.Message, err)
					}
					requireClean(t, name, "-style="+style+" "+fix.Message, alone)
					all = append(all, edits...)
				}
			}
			if len(all) == 0 {
				t.Errorf("%s, -style=%s: no fixes", name, style)
				continue
			}
			fixed, err := fuzzApply(src, all, true)
			if err != nil {
				t.Fatalf("%s, -style=%s, all fixes: %v", name, style, err)
			}
			requireClean(t, name, "-style="+style+" all fixes", fixed)
			golden := name + "." + style + ".golden"
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Errorf("%v; the fixes give:\n%s", err, fixed)
				continue
			}
			if !bytes.Equal(fixed, want) {
				t.Errorf("%s: all fixes give\n%s\nwant\n%s", golden, fixed, want)
			}
		}
	}
}
