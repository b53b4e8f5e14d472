package fiximport

import (
	"go/ast"
	"go/parser"
	"go/token"
	"testing"
)

// TestImportEditsNeedALine checks the cases that gofmt'd fixtures cannot
// show: a declaration on the line where a new import declaration would go
// leaves no place for it, so the fix is withheld rather than putting an
// import after another declaration.
func TestImportEditsNeedALine(t *testing.T) {
	add := newImport{path: "example.com/status", name: "status", defaultName: "status"}
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
