package main_test

import (
	"strings"
	"testing"
)

// TestBadFlagValue checks that a flag the command rejects is a one-line
// error naming the flag, the value and what is accepted, with a one-line
// hint to -h, and exit status 2, rather than the usage text.
func TestBadFlagValue(t *testing.T) {
	bin := buildCommand(t)
	dir := newModule(t)
	for _, tc := range []struct{ args, want string }{
		{"-style=bogus", `barestatus: invalid value "bogus" for flag -style: unknown style "bogus": want "status" or "nethttp"`},
		{"-style bogus", `barestatus: invalid value "bogus" for flag -style: unknown style "bogus": want "status" or "nethttp"`},
		{"-sinks=foo", `barestatus: invalid value "foo" for flag -sinks: invalid -sinks entry "foo": want pkg/path.Func:N, (*pkg/path.Type).Method:N, (pkg/path.Type).Method(), pkg/path.Func() or pkg/path.Type.Field`},
		{"-allow=abc", `barestatus: invalid value "abc" for flag -allow: invalid -allow entry "abc": want a status code from 100 to 999`},
		{"-allow=99999", `barestatus: invalid value "99999" for flag -allow: invalid -allow entry "99999": want a status code from 100 to 999`},
		{"-allow=-5", `barestatus: invalid value "-5" for flag -allow: invalid -allow entry "-5": want a status code from 100 to 999`},
		{"-generated=maybe", `barestatus: invalid boolean value "maybe" for -generated: parse error`},
		{"-fix -c=x", `barestatus: invalid value "x" for flag -c: parse error`},
		{"-nosuchflag", `barestatus: flag provided but not defined: -nosuchflag`},
	} {
		out, code := run(t, dir, bin, append(strings.Fields(tc.args), "./...")...)
		if want := tc.want + "\nRun 'barestatus -h' for the flags.\n"; code != 2 || out != want {
			t.Errorf("barestatus %s ./...: exit code %d, output\n%s\nwant exit code 2 and\n%s", tc.args, code, out, want)
		}
	}
}

// TestGoodFlagsPass checks that the pre-check lets every flag through
// that singlechecker accepts, with a value of the right type, including
// a value in the next argument.
func TestGoodFlagsPass(t *testing.T) {
	bin := buildCommand(t)
	dir := newModule(t)
	args := []string{
		"-style", "nethttp", "-allow=200", "-sinks=example.com/demo.Reply:1", "-generated", "-nolint=false",
		"-test=false", "-json", "-c", "1", "-debug=", "-tags", "x", "-source", "-v=false", "-all", "-version=false",
		"./...",
	}
	out, code := run(t, dir, bin, args...)
	if code != 0 || !strings.Contains(out, `"message": "bare HTTP status code 405: use http.StatusMethodNotAllowed"`) {
		t.Errorf("barestatus %s: exit code %d, want 0 and JSON diagnostics\n%s", strings.Join(args, " "), code, out)
	}
}

// TestHelp checks that -h still prints the full usage.
func TestHelp(t *testing.T) {
	bin := buildCommand(t)
	for _, arg := range []string{"-h", "-help"} {
		out, code := run(t, t.TempDir(), bin, arg)
		if code != 0 || !strings.Contains(out, "Usage: barestatus [-flag] [package]") || !strings.Contains(out, "-style value") || !strings.Contains(out, "-version") {
			t.Errorf("barestatus %s: exit code %d, want 0 and the usage with every flag\n%s", arg, code, out)
		}
	}
}
