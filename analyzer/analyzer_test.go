package analyzer_test

import (
	"os"
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/barestatus/barestatus/analyzer"
)

// testdata is the absolute path of the repository's fixture tree, in
// GOPATH layout.
var testdata = func() string {
	dir, err := filepath.Abs(filepath.Join("..", "testdata"))
	if err != nil {
		panic(err)
	}
	if _, err := os.Stat(filepath.Join(dir, "src")); err != nil {
		panic(err)
	}
	return dir
}()

func TestPositions(t *testing.T) {
	analysistest.Run(t, testdata, analyzer.New(), "positions")
}
