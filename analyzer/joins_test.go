package analyzer

import (
	"go/parser"
	"testing"

	"golang.org/x/tools/go/analysis"
)

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
