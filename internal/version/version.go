// Package version formats the version line of the barestatus commands
// (barestatus -version, barestatus-lsp -version) from the build
// information the Go toolchain embeds in every binary.
//
// What is known depends on how the binary was built:
//
//   - go install github.com/barestatus/barestatus/cmd/barestatus@v0.1.0
//     records the module version, v0.1.0, but no VCS revision: the module
//     comes from a zip, not a repository.
//   - go build or go install in a git clone records a version derived
//     from the commit (the tag, if the commit is tagged, or a
//     pseudo-version such as v0.0.0-20261203074740-2645529792bc, with
//     "+dirty" for uncommitted changes) and the revision, its time and
//     whether the work tree had uncommitted changes.
//   - a build with no VCS information (-buildvcs=false, a source tree
//     that is not a clone, a git worktree, whose .git is a file the go
//     command does not follow) records the version "(devel)" only.
//
// Line prints whatever of these is known, and says so when nothing is.
package version

import (
	"runtime/debug"
	"strings"
)

// Line returns the one-line version of the command name, read from the
// running binary's build information.
func Line(name string) string {
	info, _ := debug.ReadBuildInfo()
	return Format(name, info)
}

// Format returns the one-line version of the command name built as info
// describes: the name, the main module's version, the VCS revision with
// its commit time and a "modified" mark when known, and the Go version,
// for example
//
//	barestatus v0.1.0 (go1.26.0)
//	barestatus v0.0.0-20261203074740-2645529792bc+dirty revision 2645529792bc953cceba70449717e440692d4fb6, 2026-12-03T07:47:40Z, modified (go1.26.0)
//	barestatus (devel) (go1.26.0)
//
// info may be nil, for a binary built without module support; the line is
// never just the name.
func Format(name string, info *debug.BuildInfo) string {
	if info == nil {
		return name + " version unknown: the binary has no build information"
	}
	version := info.Main.Version
	if version == "" {
		version = "(devel)" // as the go command writes it for a checkout build
	}
	var b strings.Builder
	b.WriteString(name + " " + version)
	settings := make(map[string]string)
	for _, s := range info.Settings {
		settings[s.Key] = s.Value
	}
	if rev := settings["vcs.revision"]; rev != "" {
		b.WriteString(" revision " + rev)
		if t := settings["vcs.time"]; t != "" {
			b.WriteString(", " + t)
		}
		if settings["vcs.modified"] == "true" {
			b.WriteString(", modified")
		}
	}
	if info.GoVersion != "" {
		b.WriteString(" (" + info.GoVersion + ")")
	}
	return b.String()
}
