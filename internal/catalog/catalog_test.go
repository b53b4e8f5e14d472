package catalog_test

import (
	"go/constant"
	"go/importer"
	"go/types"
	"strings"
	"testing"

	"github.com/barestatus/barestatus/internal/catalog"
)

func TestLookup(t *testing.T) {
	c, ok := catalog.Lookup(404)
	if !ok || c.Name != "HTTP_404_NOT_FOUND" || c.NetHTTP != "StatusNotFound" {
		t.Errorf("Lookup(404) = %+v, %v", c, ok)
	}
	c, ok = catalog.Lookup(306)
	if !ok || c.Name != "HTTP_306_RESERVED" || c.NetHTTP != "" {
		t.Errorf("Lookup(306) = %+v, %v", c, ok)
	}
	for _, v := range []int{0, 99, 104, 299, 600, -404} {
		if c, ok := catalog.Lookup(v); ok {
			t.Errorf("Lookup(%d) = %+v, want none", v, c)
		}
	}
	if n := len(catalog.All()); n != 64 {
		t.Errorf("All() has %d codes, want DRF's 64", n)
	}
}

// TestNetHTTPNames checks the table's net/http names against net/http
// itself: every Status constant is in the table under its own name and
// value, and the table names no constant that net/http lacks.
func TestNetHTTPNames(t *testing.T) {
	pkg, err := importer.Default().Import("net/http")
	if err != nil {
		t.Fatal(err)
	}
	named := make(map[string]bool)
	for _, name := range pkg.Scope().Names() {
		c, ok := pkg.Scope().Lookup(name).(*types.Const)
		if !ok || !strings.HasPrefix(name, "Status") {
			continue
		}
		v, _ := constant.Int64Val(c.Val())
		got, ok := catalog.Lookup(int(v))
		if !ok || got.NetHTTP != name {
			t.Errorf("http.%s = %d: table has %+v", name, v, got)
		}
		named[name] = true
	}
	for _, c := range catalog.All() {
		if c.NetHTTP != "" && !named[c.NetHTTP] {
			t.Errorf("table names http.%s for %d, which net/http lacks", c.NetHTTP, c.Value)
		}
	}
}
