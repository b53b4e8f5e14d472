package analyzer_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/barestatus/barestatus/analyzer"
)

// TestFrameworks runs the analyzer on one fixture package per framework,
// each importing a stub with the framework's real import path and
// signatures.
func TestFrameworks(t *testing.T) {
	for _, pkg := range []string{
		"frameworks/gin",
		"frameworks/echo4",
		"frameworks/echo5",
		"frameworks/fiber2",
		"frameworks/fiber3",
		"frameworks/chirender",
		"frameworks/fasthttp",
		"frameworks/testify",
	} {
		t.Run(pkg, func(t *testing.T) {
			analysistest.Run(t, testdata, analyzer.New(), pkg)
		})
	}
}
