package status_test

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"net/http"
	"path/filepath"
	"strings"
	"testing"

	"github.com/barestatus/barestatus/status"
)

func TestClassHelpers(t *testing.T) {
	helpers := []struct {
		name   string
		is     func(int) bool
		lo, hi int // inclusive range
	}{
		{"IsInformational", status.IsInformational, 100, 199},
		{"IsSuccess", status.IsSuccess, 200, 299},
		{"IsRedirect", status.IsRedirect, 300, 399},
		{"IsClientError", status.IsClientError, 400, 499},
		{"IsServerError", status.IsServerError, 500, 599},
	}
	for _, h := range helpers {
		for _, c := range []struct {
			code int
			want bool
		}{
			{h.lo - 1, false},
			{h.lo, true},
			{h.lo + 1, true},
			{h.hi - 1, true},
			{h.hi, true},
			{h.hi + 1, false},
			{0, false},
			{-h.lo, false},
		} {
			if got := h.is(c.code); got != c.want {
				t.Errorf("%s(%d) = %v, want %v", h.name, c.code, got, c.want)
			}
		}
	}
}

func TestText(t *testing.T) {
	for code, want := range map[int]string{
		status.HTTP_200_OK:                       "OK",
		status.HTTP_404_NOT_FOUND:                "Not Found",
		status.HTTP_418_IM_A_TEAPOT:              "I'm a teapot",
		status.HTTP_306_RESERVED:                 "Reserved",
		status.HTTP_509_BANDWIDTH_LIMIT_EXCEEDED: "Bandwidth Limit Exceeded",
		104:                                      "",
		299:                                      "",
		0:                                        "",
		-404:                                     "",
	} {
		if got := status.Text(code); got != want {
			t.Errorf("Text(%d) = %q, want %q", code, got, want)
		}
	}
}

// TestNetHTTPParity checks that every status constant of net/http has a
// constant here with the same value, and that Text agrees with
// http.StatusText on all of them.
func TestNetHTTPParity(t *testing.T) {
	pkg, err := importer.Default().Import("net/http")
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, name := range pkg.Scope().Names() {
		c, ok := pkg.Scope().Lookup(name).(*types.Const)
		if !ok || !strings.HasPrefix(name, "Status") {
			continue
		}
		n++
		code, _ := constant.Int64Val(c.Val())
		want := http.StatusText(int(code))
		if got := status.Text(int(code)); got != want {
			t.Errorf("http.%s = %d: Text = %q, http.StatusText = %q", name, code, got, want)
		}
	}
	if n < 60 {
		t.Fatalf("found %d status constants in net/http, want at least 60", n)
	}
}

// TestConstantForEveryNetHTTPCode checks that every status constant of
// net/http has a constant in this package with the same value, reading
// both packages' declarations.
func TestConstantForEveryNetHTTPCode(t *testing.T) {
	nethttp, err := importer.Default().Import("net/http")
	if err != nil {
		t.Fatal(err)
	}
	ours := typeCheckThisPackage(t)
	values := make(map[int64][]string) // value -> names of our constants
	for _, name := range ours.Scope().Names() {
		if c, ok := ours.Scope().Lookup(name).(*types.Const); ok && c.Exported() {
			v, _ := constant.Int64Val(c.Val())
			values[v] = append(values[v], name)
		}
	}
	if len(values) != 64 {
		t.Errorf("%d distinct constant values, want DRF's 64", len(values))
	}
	for _, name := range nethttp.Scope().Names() {
		c, ok := nethttp.Scope().Lookup(name).(*types.Const)
		if !ok || !strings.HasPrefix(name, "Status") {
			continue
		}
		v, _ := constant.Int64Val(c.Val())
		if len(values[v]) == 0 {
			t.Errorf("http.%s = %d has no constant here", name, v)
		}
		for _, ours := range values[v] {
			if !strings.HasPrefix(ours, fmt.Sprintf("HTTP_%d_", v)) {
				t.Errorf("%s = %d: name does not start with HTTP_%d_", ours, v, v)
			}
		}
	}
}

// typeCheckThisPackage type-checks the non-test files of this directory.
func typeCheckThisPackage(t *testing.T) *types.Package {
	t.Helper()
	fset := token.NewFileSet()
	paths, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	var files []*ast.File
	for _, path := range paths {
		if strings.HasSuffix(path, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, path, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, f)
	}
	pkg, err := (&types.Config{}).Check("status", fset, files, nil)
	if err != nil {
		t.Fatal(err)
	}
	return pkg
}

// TestAliases checks the RFC 9110 names against their DRF twins.
func TestAliases(t *testing.T) {
	for _, c := range []struct{ alias, drf int }{
		{status.HTTP_413_CONTENT_TOO_LARGE, status.HTTP_413_REQUEST_ENTITY_TOO_LARGE},
		{status.HTTP_414_URI_TOO_LONG, status.HTTP_414_REQUEST_URI_TOO_LONG},
		{status.HTTP_416_RANGE_NOT_SATISFIABLE, status.HTTP_416_REQUESTED_RANGE_NOT_SATISFIABLE},
		{status.HTTP_422_UNPROCESSABLE_CONTENT, status.HTTP_422_UNPROCESSABLE_ENTITY},
	} {
		if c.alias != c.drf {
			t.Errorf("alias %d != %d", c.alias, c.drf)
		}
	}
}

// TestUntyped checks that the constants fit integer types other than int.
func TestUntyped(t *testing.T) {
	var small uint16 = status.HTTP_511_NETWORK_AUTHENTICATION_REQUIRED
	var wide int64 = status.HTTP_100_CONTINUE
	if small != 511 || wide != 100 {
		t.Errorf("got %d, %d", small, wide)
	}
}
