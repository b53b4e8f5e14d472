package analyzer

import (
	"go/ast"
	"go/parser"
	"go/token"
	"testing"

	"golang.org/x/tools/go/analysis"
)

// TestImportEditsNeedALine checks the cases that gofmt'd fixtures cannot
// show: a declaration on the line where a new import declaration would go
// leaves no place for it, so the fix is withheld rather than putting an
// import after another declaration.
func TestImportEditsNeedALine(t *testing.T) {
	add := newImport{path: StatusPath, name: "status", defaultName: "status"}
	for _, src := range []string{
		"package p; var x = 1\n",
		"package p\n\nimport \"fmt\"; var _ = fmt.Sprint\n",
	} {
		tok, file := parse(t, src)
		if edits := importEdits(tok, file, add); edits != nil {
			t.Errorf("%q: got edits %v, want none", src, edits)
		}
	}
	// A declaration on the next line leaves room.
	tok, file := parse(t, "package p\nvar x = 1\n")
	if edits := importEdits(tok, file, add); edits == nil {
		t.Errorf("no edits for a declaration on its own line")
	}
}

func parse(t *testing.T, src string) (*token.File, *ast.File) {
	t.Helper()
	fset := token.NewFileSet()
	file, err := parser.ParseFile(fset, "p.go", src, parser.SkipObjectResolution)
	if err != nil {
		t.Fatal(err)
	}
	return fset.File(file.Pos()), file
}

// TestJoinsWithoutSource checks the syntactic answer used when the driver
// cannot read the file: only a replaced expression that starts with a
// parenthesis or an operator may follow a word unspaced.
func TestJoinsWithoutSource(t *testing.T) {
	for src, want := range map[string]bool{
		"404":                       false,
		"int(404)":                  false,
		"resp.StatusCode >= 200":    false,
		"(404)":                     true,
		"+404":                      true,
		"!(x.S/100 == 2)":           true,
		"(x.S) >= 200 && x.S < 300": true,
	} {
		e, err := parser.ParseExpr(src)
		if err != nil {
			t.Fatal(err)
		}
		if got := joins(&fileContent{pass: &analysis.Pass{}}, e, "status.HTTP_404_NOT_FOUND"); got != want {
			t.Errorf("joins(%s) = %v, want %v", src, got, want)
		}
	}
}
