package fiximport

import (
	"bytes"
	"go/ast"
	"go/constant"
	"go/format"
	"go/parser"
	"go/token"
	"go/types"
	"path"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
)

var (
	statusPkg = Package{Path: "example.com/status", Name: "status", Alternatives: []string{"httpstatus"}}
	httpPkg   = Package{Path: "net/http", Name: "http"}
)

// TestPlan checks, for a reference at each HERE of a file, the file after
// the reference is written and the import edits are applied: the
// reference through an existing import under its name, or a new import
// placed as goimports would, under a name free at every reference.
func TestPlan(t *testing.T) {
	for _, tc := range []struct {
		name     string
		pkg      Package
		src      string
		want     string // "" if no reference can be written
		wantEdit bool   // whether the file gains an import
	}{
		{
			name: "no import",
			pkg:  statusPkg,
			src:  "package p\n\nfunc f() { _ = HERE }\n",
			want: "package p\n\nimport \"example.com/status\"\n\nfunc f() { _ = status.X }\n",
		},
		{
			name: "lone std import gets a group, other run after it",
			pkg:  statusPkg,
			src:  "package p\n\nimport \"fmt\"\n\nvar _ = fmt.X\n\nfunc f() { _ = HERE }\n",
			want: "package p\n\nimport (\n\t\"fmt\"\n\n\t\"example.com/status\"\n)\n\nvar _ = fmt.X\n\nfunc f() { _ = status.X }\n",
		},
		{
			name: "lone other import gets a group, std run before it",
			pkg:  httpPkg,
			src:  "package p\n\nimport \"github.com/gin-gonic/gin\" // the router\n\nvar _ = gin.X\n\nfunc f() { _ = HERE }\n",
			want: "package p\n\nimport (\n\t\"net/http\"\n\n\t\"github.com/gin-gonic/gin\" // the router\n)\n\nvar _ = gin.X\n\nfunc f() { _ = http.X }\n",
		},
		{
			name: "lone std import, std added in order",
			pkg:  httpPkg,
			src:  "package p\n\nimport \"fmt\"\n\nvar _ = fmt.X\n\nfunc f() { _ = HERE }\n",
			want: "package p\n\nimport (\n\t\"fmt\"\n\t\"net/http\"\n)\n\nvar _ = fmt.X\n\nfunc f() { _ = http.X }\n",
		},
		{
			name: "std group gets a run of others at the bottom",
			pkg:  statusPkg,
			src:  "package p\n\nimport (\n\t\"fmt\"\n\t\"os\"\n)\n\nvar _, _ = fmt.X, os.X\n\nfunc f() { _ = HERE }\n",
			want: "package p\n\nimport (\n\t\"fmt\"\n\t\"os\"\n\n\t\"example.com/status\"\n)\n\nvar _, _ = fmt.X, os.X\n\nfunc f() { _ = status.X }\n",
		},
		{
			name: "std and other runs: std at its sorted place",
			pkg:  httpPkg,
			src:  "package p\n\nimport (\n\t\"fmt\"\n\t\"os\"\n\n\t\"example.com/z\"\n)\n\nvar _, _, _ = fmt.X, os.X, z.X\n\nfunc f() { _ = HERE }\n",
			want: "package p\n\nimport (\n\t\"fmt\"\n\t\"net/http\"\n\t\"os\"\n\n\t\"example.com/z\"\n)\n\nvar _, _, _ = fmt.X, os.X, z.X\n\nfunc f() { _ = http.X }\n",
		},
		{
			name: "import C stays alone",
			pkg:  statusPkg,
			src:  "package p\n\n// int f(void);\nimport \"C\"\n\nfunc f() { _ = HERE }\n",
			want: "package p\n\n// int f(void);\nimport \"C\"\nimport \"example.com/status\"\n\nfunc f() { _ = status.X }\n",
		},
		{
			name: "existing import reused under its name",
			pkg:  statusPkg,
			src:  "package p\n\nimport st \"example.com/status\"\n\nvar _ = st.X\n\nfunc f() { _ = HERE }\n",
			want: "package p\n\nimport st \"example.com/status\"\n\nvar _ = st.X\n\nfunc f() { _ = st.X }\n",
		},
		{
			name: "dot import",
			pkg:  statusPkg,
			src:  "package p\n\nimport . \"example.com/status\"\n\nvar _ = X\n\nfunc f() { _ = HERE }\n",
			want: "package p\n\nimport . \"example.com/status\"\n\nvar _ = X\n\nfunc f() { _ = X }\n",
		},
		{
			name: "own name shadowed: an alternative",
			pkg:  statusPkg,
			src:  "package p\n\nfunc f(status int) { _ = HERE }\n",
			want: "package p\n\nimport httpstatus \"example.com/status\"\n\nfunc f(status int) { _ = httpstatus.X }\n",
		},
		{
			name: "free at every reference",
			pkg:  statusPkg,
			src:  "package p\n\nfunc f(status int) { _ = HERE }\n\nfunc g(httpstatus int) { _ = HERE }\n",
			want: "package p\n\nimport status1 \"example.com/status\"\n\nfunc f(status int) { _ = status1.X }\n\nfunc g(httpstatus int) { _ = status1.X }\n",
		},
		{
			name: "existing import shadowed: no reference, no second import",
			pkg:  statusPkg,
			src:  "package p\n\nimport \"example.com/status\"\n\nvar _ = status.X\n\nfunc f(status int) { _ = HERE }\n",
		},
		{
			name: "a declaration on the package clause's line: nowhere to import",
			pkg:  statusPkg,
			src:  "package p; func f() { _ = HERE }\n",
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			fset, info, pkg, file := check(t, "example.com/p", tc.src)
			refs := refsAt(tc.src, file, pkg, tc.pkg)
			Plan(fset, info, pkg, file, refs)
			if tc.want == "" {
				for _, r := range refs {
					if r.OK {
						t.Errorf("reference at %v: OK with prefix %q, want none", fset.Position(r.Pos), r.Prefix)
					}
				}
				return
			}
			got := apply(t, fset, tc.src, refs)
			if got != tc.want {
				t.Errorf("got:\n%s\nwant:\n%s", got, tc.want)
			}
			if formatted, err := format.Source([]byte(got)); err != nil || !bytes.Equal(formatted, []byte(got)) {
				t.Errorf("result is not gofmt-clean (%v):\n%s", err, got)
			}
		})
	}
}

// TestPlanOwnPackage checks that a package never imports itself, and the
// standard library never imports a module.
func TestPlanOwnPackage(t *testing.T) {
	src := "package status\n\nfunc f() { _ = HERE }\n"
	fset, info, pkg, file := check(t, statusPkg.Path, src)
	refs := refsAt(src, file, pkg, statusPkg)
	Plan(fset, info, pkg, file, refs)
	if refs[0].OK {
		t.Errorf("a reference to its own package: OK with prefix %q", refs[0].Prefix)
	}
}

// TestAddImport checks the single-reference form against Plan's answer.
func TestAddImport(t *testing.T) {
	src := "package p\n\nimport \"fmt\"\n\nvar _ = fmt.X\n\nfunc f(http int) { _ = HERE }\n"
	fset, info, pkg, file := check(t, "example.com/p", src)
	pos := file.FileStart + token.Pos(strings.Index(src, "HERE"))
	prefix, edits, ok := AddImport(fset, info, pkg, file, "http", "net/http", "StatusOK", pos)
	if !ok || prefix != "http1." || len(edits) == 0 {
		t.Errorf("AddImport = %q, %v, %v; want \"http1.\" with edits", prefix, edits, ok)
	}
}

// check parses and type-checks src as package path, with every import
// a package of its path's last element holding one constant, X.
func check(t *testing.T, pkgPath, src string) (*token.FileSet, *types.Info, *types.Package, *ast.File) {
	t.Helper()
	fset := token.NewFileSet()
	file, err := parser.ParseFile(fset, "p.go", src, parser.ParseComments)
	if err != nil {
		t.Fatal(err)
	}
	info := &types.Info{
		Defs:   map[*ast.Ident]types.Object{},
		Uses:   map[*ast.Ident]types.Object{},
		Scopes: map[ast.Node]*types.Scope{},
	}
	conf := types.Config{
		Importer: fakeImporter{},
		Error:    func(error) {}, // HERE is undefined; "C" has no X
	}
	pkg, _ := conf.Check(pkgPath, fset, []*ast.File{file}, info)
	return fset, info, pkg, file
}

type fakeImporter struct{}

func (fakeImporter) Import(p string) (*types.Package, error) {
	pkg := types.NewPackage(p, path.Base(p))
	pkg.Scope().Insert(types.NewConst(token.NoPos, pkg, "X", types.Typ[types.UntypedInt], constant.MakeInt64(200)))
	pkg.MarkComplete()
	return pkg, nil
}

// refsAt returns a reference to pkg's X at each HERE in src.
func refsAt(src string, file *ast.File, p *types.Package, pkg Package) []*Ref {
	var refs []*Ref
	for off := 0; ; {
		i := strings.Index(src[off:], "HERE")
		if i < 0 {
			return refs
		}
		pos := file.FileStart + token.Pos(off+i)
		refs = append(refs, &Ref{Pkg: pkg, Member: "X", Pos: pos, Scope: p.Scope().Innermost(pos)})
		off += i + len("HERE")
	}
}

// apply writes each reference over its HERE and applies the import edits,
// which every reference carries alike, once.
func apply(t *testing.T, fset *token.FileSet, src string, refs []*Ref) string {
	t.Helper()
	tok := fset.File(refs[0].Pos)
	var edits []analysis.TextEdit
	for _, r := range refs {
		if !r.OK {
			t.Fatalf("reference at %v: no fix", fset.Position(r.Pos))
		}
		edits = append(edits, analysis.TextEdit{Pos: r.Pos, End: r.Pos + token.Pos(len("HERE")), NewText: []byte(r.Text())})
	}
	edits = append(edits, refs[0].Edits...)
	slices.SortStableFunc(edits, func(a, b analysis.TextEdit) int { return int(a.Pos - b.Pos) })
	var out strings.Builder
	last := 0
	for _, e := range edits {
		start, end := tok.Offset(e.Pos), tok.Offset(e.End)
		out.WriteString(src[last:start])
		out.Write(e.NewText)
		last = end
	}
	out.WriteString(src[last:])
	return out.String()
}
