// Command golangci-lint is golangci-lint v2 with the barestatus module
// plugin built in: the binary that golangci-lint custom makes from a
// .custom-gcl.yml naming github.com/barestatus/barestatus/plugin, built
// offline from the module proxy instead of a clone of golangci-lint.
//
// golangci-lint custom clones cmd/golangci-lint and writes a plugins.go
// that imports each plugin for its side effect of registering itself;
// the blank import below is that file.
package main

import (
	"fmt"
	"os"
	"runtime/debug"
	"strings"

	"github.com/golangci/golangci-lint/v2/pkg/commands"
	"github.com/golangci/golangci-lint/v2/pkg/exitcodes"

	_ "github.com/barestatus/barestatus/plugin" // registers the barestatus plugin
)

// golangciPath is the module whose commands this binary runs.
const golangciPath = "github.com/golangci/golangci-lint/v2"

func main() {
	if err := commands.Execute(buildInfo()); err != nil {
		fmt.Fprintf(os.Stderr, "The command is terminated due to an error: %v\n", err)
		os.Exit(exitcodes.Failure)
	}
}

// buildInfo describes this binary for golangci-lint version: the
// version of the golangci-lint module it was built from, marked custom.
func buildInfo() commands.BuildInfo {
	info := commands.BuildInfo{Version: "unknown", Commit: "?", Date: "(unknown)", GoVersion: "unknown"}
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return info // built without module support
	}
	info.GoVersion = bi.GoVersion
	for _, dep := range bi.Deps {
		if dep.Path == golangciPath {
			info.Version = strings.TrimPrefix(dep.Version, "v") + "-custom-barestatus"
		}
	}
	return info
}
