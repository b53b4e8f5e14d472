package version_test

import (
	"runtime/debug"
	"strings"
	"testing"

	"github.com/barestatus/barestatus/internal/version"
)

func TestFormat(t *testing.T) {
	for _, tc := range []struct {
		name string
		info *debug.BuildInfo
		want string
	}{
		{
			name: "go install of a release: a version, no revision",
			info: &debug.BuildInfo{GoVersion: "go1.26.0", Main: debug.Module{Path: "github.com/barestatus/barestatus", Version: "v0.1.0"}},
			want: "barestatus v0.1.0 (go1.26.0)",
		},
		{
			name: "a build with VCS information: the revision and its time",
			info: &debug.BuildInfo{
				GoVersion: "go1.26.0",
				Main:      debug.Module{Path: "github.com/barestatus/barestatus", Version: "(devel)"},
				Settings: []debug.BuildSetting{
					{Key: "-buildmode", Value: "exe"},
					{Key: "vcs", Value: "git"},
					{Key: "vcs.revision", Value: "1c1bc0d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0"},
					{Key: "vcs.time", Value: "2026-12-03T07:45:11Z"},
					{Key: "vcs.modified", Value: "false"},
				},
			},
			want: "barestatus (devel) revision 1c1bc0d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0, 2026-12-03T07:45:11Z (go1.26.0)",
		},
		{
			name: "a checkout with uncommitted changes",
			info: &debug.BuildInfo{
				GoVersion: "go1.26.0",
				Main:      debug.Module{Version: "(devel)"},
				Settings: []debug.BuildSetting{
					{Key: "vcs.revision", Value: "1c1bc0d"},
					{Key: "vcs.modified", Value: "true"},
				},
			},
			want: "barestatus (devel) revision 1c1bc0d, modified (go1.26.0)",
		},
		{
			name: "a checkout built with -buildvcs=false",
			info: &debug.BuildInfo{GoVersion: "go1.26.0", Main: debug.Module{Version: "(devel)"}},
			want: "barestatus (devel) (go1.26.0)",
		},
		{
			name: "no main module version at all",
			info: &debug.BuildInfo{},
			want: "barestatus (devel)",
		},
		{
			name: "no build information",
			want: "barestatus version unknown: the binary has no build information",
		},
	} {
		if got := version.Format("barestatus", tc.info); got != tc.want {
			t.Errorf("%s:\ngot  %q\nwant %q", tc.name, got, tc.want)
		}
	}
}

// TestLine checks the line of the test binary itself, which has build
// information: one line, starting with the name and a version.
func TestLine(t *testing.T) {
	got := version.Line("barestatus")
	if strings.Contains(got, "\n") || !strings.HasPrefix(got, "barestatus ") || strings.Contains(got, "unknown") {
		t.Errorf("Line = %q, want one line with a version", got)
	}
}
