package analyzer_test

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/parser"
	"go/printer"
	"go/token"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// A stubbedPackage is a stub under testdata/src of one package of a
// pinned module: the analyzer's rows for it were written against that
// version.
type stubbedPackage struct {
	pkg     string // import path, the stub's directory under testdata/src
	module  string
	version string
}

// stubbedPackages lists the stubs checked by TestStubsMatchModules.
var stubbedPackages = []stubbedPackage{
	{"github.com/danielgtaylor/huma/v2", "github.com/danielgtaylor/huma/v2", "v2.37.2"},
	{"github.com/go-resty/resty/v2", "github.com/go-resty/resty/v2", "v2.17.2"},
	{"google.golang.org/api/googleapi", "google.golang.org/api", "v0.316.0"},
	{"github.com/go-openapi/runtime", "github.com/go-openapi/runtime", "v0.33.4"},
	{"github.com/onsi/gomega", "github.com/onsi/gomega", "v1.44.0"},
	{"github.com/onsi/gomega/types", "github.com/onsi/gomega", "v1.44.0"},
	{"github.com/onsi/gomega/internal", "github.com/onsi/gomega", "v1.44.0"},
	{"gotest.tools/v3/assert", "gotest.tools/v3", "v3.5.2"},
	{"gotest.tools/v3/assert/cmp", "gotest.tools/v3", "v3.5.2"},
	{"github.com/gin-gonic/gin", "github.com/gin-gonic/gin", "v1.12.0"},
	{"github.com/gin-gonic/gin/render", "github.com/gin-gonic/gin", "v1.12.0"},
	{"github.com/labstack/echo/v4", "github.com/labstack/echo/v4", "v4.16.0"},
	{"github.com/gofiber/fiber/v2", "github.com/gofiber/fiber/v2", "v2.52.15"},
	{"github.com/gofiber/fiber/v2/utils", "github.com/gofiber/fiber/v2", "v2.52.15"},
	{"github.com/valyala/fasthttp", "github.com/valyala/fasthttp", "v1.51.0"},
	{"github.com/go-chi/render", "github.com/go-chi/render", "v1.0.3"},
	{"github.com/stretchr/testify/assert", "github.com/stretchr/testify", "v1.12.1"},
	{"github.com/stretchr/testify/require", "github.com/stretchr/testify", "v1.12.1"},
	{"github.com/stretchr/testify/suite", "github.com/stretchr/testify", "v1.12.1"},
}

// TestStubsMatchModules checks each stub of stubbedPackages against the
// real package at the pinned version, when the module cache has it
// (`go mod download module@version` puts it there): every declaration of
// the stub must exist in the real package with the same type, every
// field of a stub struct and every method of a stub interface with the
// same type, parameter names aside. A stub may leave declarations out.
func TestStubsMatchModules(t *testing.T) {
	out, err := exec.Command("go", "env", "GOMODCACHE").Output()
	if err != nil {
		t.Skipf("go env GOMODCACHE: %v", err)
	}
	cache := strings.TrimSpace(string(out))
	for _, s := range stubbedPackages {
		t.Run(s.pkg, func(t *testing.T) {
			sub := strings.TrimPrefix(strings.TrimPrefix(s.pkg, s.module), "/")
			realDir := filepath.Join(cache, escapeModulePath(s.module)+"@"+s.version, filepath.FromSlash(sub))
			if _, err := os.Stat(realDir); err != nil {
				t.Skipf("%s@%s is not in the module cache: go mod download %[1]s@%[2]s", s.module, s.version)
			}
			stub, err := declarations(filepath.Join(testdata, "src", filepath.FromSlash(s.pkg)))
			if err != nil {
				t.Fatal(err)
			}
			real, err := declarations(realDir)
			if err != nil {
				t.Fatal(err)
			}
			if len(stub) == 0 {
				t.Fatal("the stub declares nothing")
			}
			for name, want := range stub {
				got, ok := real[name]
				if !ok {
					t.Errorf("%s: not declared by %s@%s", name, s.module, s.version)
				} else if got != want {
					t.Errorf("%s: the stub has %s, %s@%s has %s", name, want, s.module, s.version, got)
				}
			}
		})
	}
}

// escapeModulePath escapes a module path as the module cache spells it:
// each upper-case letter as '!' and its lower case.
func escapeModulePath(path string) string {
	var b strings.Builder
	for _, r := range path {
		if 'A' <= r && r <= 'Z' {
			b.WriteByte('!')
			r += 'a' - 'A'
		}
		b.WriteRune(r)
	}
	return b.String()
}

// declarations returns the exported package-level declarations of the
// non-test Go files of dir, by name, each with its type: a function or
// method "Recv.Name", a type, a type's struct field "Type.Field" or
// interface method "Type.Method", and a variable whose value is a func
// literal (huma's NewError).
func declarations(dir string) (map[string]string, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.go"))
	if err != nil {
		return nil, err
	}
	decls := make(map[string]string)
	fset := token.NewFileSet()
	for _, path := range files {
		if strings.HasSuffix(path, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, path, nil, parser.SkipObjectResolution)
		if err != nil {
			return nil, err
		}
		for _, decl := range f.Decls {
			switch decl := decl.(type) {
			case *ast.FuncDecl:
				name := decl.Name.Name
				if decl.Recv != nil && len(decl.Recv.List) == 1 {
					name = recvTypeName(decl.Recv.List[0].Type) + "." + name
				}
				decls[name] = typeString(fset, decl.Type)
			case *ast.GenDecl:
				for _, spec := range decl.Specs {
					addSpec(fset, decls, spec)
				}
			}
		}
	}
	for name := range decls {
		if !ast.IsExported(name[strings.LastIndex(name, ".")+1:]) {
			delete(decls, name)
		}
	}
	return decls, nil
}

// addSpec adds the declarations of a type or variable spec.
func addSpec(fset *token.FileSet, decls map[string]string, spec ast.Spec) {
	switch spec := spec.(type) {
	case *ast.TypeSpec:
		name := spec.Name.Name
		switch typ := spec.Type.(type) {
		case *ast.StructType:
			decls[name] = "struct"
			for _, field := range typ.Fields.List {
				for _, id := range field.Names {
					decls[name+"."+id.Name] = typeString(fset, field.Type)
				}
			}
		case *ast.InterfaceType:
			if len(typ.Methods.List) == 0 {
				decls[name] = "any"
				break
			}
			decls[name] = "interface"
			for _, m := range typ.Methods.List {
				for _, id := range m.Names {
					decls[name+"."+id.Name] = typeString(fset, m.Type)
				}
			}
		default:
			prefix := ""
			if spec.Assign.IsValid() {
				prefix = "= "
			}
			decls[name] = prefix + typeString(fset, spec.Type)
		}
	case *ast.ValueSpec:
		for i, id := range spec.Names {
			if i < len(spec.Values) {
				if lit, ok := spec.Values[i].(*ast.FuncLit); ok {
					decls[id.Name] = typeString(fset, lit.Type)
				}
			}
		}
	}
}

// recvTypeName returns the name of a receiver's type: T of *T or T[P].
func recvTypeName(e ast.Expr) string {
	switch e := e.(type) {
	case *ast.StarExpr:
		return recvTypeName(e.X)
	case *ast.IndexExpr:
		return recvTypeName(e.X)
	case *ast.IndexListExpr:
		return recvTypeName(e.X)
	case *ast.Ident:
		return e.Name
	}
	return ""
}

// typeString prints a type expression, with the names of a func type's
// parameters and results left out and interface{} spelled any.
func typeString(fset *token.FileSet, e ast.Expr) string {
	if ft, ok := e.(*ast.FuncType); ok {
		return "func" + typeParams(fset, ft.TypeParams) + "(" + fieldTypes(fset, ft.Params) + ")" + results(fset, ft.Results)
	}
	var buf bytes.Buffer
	if err := printer.Fprint(&buf, fset, e); err != nil {
		return fmt.Sprintf("<%v>", err)
	}
	return strings.ReplaceAll(buf.String(), "interface{}", "any")
}

func typeParams(fset *token.FileSet, list *ast.FieldList) string {
	if list == nil {
		return ""
	}
	return "[" + fieldTypes(fset, list) + "]"
}

func results(fset *token.FileSet, list *ast.FieldList) string {
	if list == nil || len(list.List) == 0 {
		return ""
	}
	return " (" + fieldTypes(fset, list) + ")"
}

// fieldTypes lists the types of a field list, one per name.
func fieldTypes(fset *token.FileSet, list *ast.FieldList) string {
	var types []string
	for _, field := range list.List {
		n := max(len(field.Names), 1)
		for range n {
			types = append(types, typeString(fset, field.Type))
		}
	}
	return strings.Join(types, ", ")
}
