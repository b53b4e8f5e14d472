// Command noop runs the no-op analyzer through singlechecker, the driver
// that barestatus uses: the floor of the speed comparison.
package main

import (
	"golang.org/x/tools/go/analysis/singlechecker"

	"github.com/barestatus/barestatus/eval/internal/noop"
)

func main() { singlechecker.Main(noop.Analyzer) }
