package plugin_test

import (
	"fmt"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/golangci/plugin-module-register/register"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/barestatus/barestatus/analyzer"
	"github.com/barestatus/barestatus/plugin"
)

// build makes the plugin the way golangci-lint does, through the
// registry, and returns its one analyzer.
func build(t *testing.T, conf any) *analysis.Analyzer {
	t.Helper()
	newPlugin, err := register.GetPlugin(plugin.Name)
	if err != nil {
		t.Fatal(err)
	}
	p, err := newPlugin(conf)
	if err != nil {
		t.Fatalf("settings %v: %v", conf, err)
	}
	if mode := p.GetLoadMode(); mode != register.LoadModeTypesInfo {
		t.Errorf("load mode %q, want %q", mode, register.LoadModeTypesInfo)
	}
	analyzers, err := p.BuildAnalyzers()
	if err != nil {
		t.Fatal(err)
	}
	if len(analyzers) != 1 || analyzers[0].Name != "barestatus" {
		t.Fatalf("got analyzers %v, want the one barestatus analyzer", analyzers)
	}
	return analyzers[0]
}

// flag returns the value of one of the analyzer's flags, with the
// entries of a comma-separated list sorted.
func flag(t *testing.T, a *analysis.Analyzer, name string) string {
	t.Helper()
	f := a.Flags.Lookup(name)
	if f == nil {
		t.Fatalf("the analyzer has no -%s flag", name)
	}
	entries := strings.Split(f.Value.String(), ",")
	slices.Sort(entries)
	return strings.Join(entries, ",")
}

func TestNoSettings(t *testing.T) {
	for _, conf := range []any{nil, map[string]any{}} {
		a := build(t, conf)
		for name, want := range map[string]string{"style": "status", "generated": "false", "sinks": "", "allow": "", "nolint": "false"} {
			if got := flag(t, a, name); got != want {
				t.Errorf("settings %v: -%s=%q, want the default %q", conf, name, got, want)
			}
		}
	}
}

// TestSettings checks that each setting, as golangci-lint passes it
// (decoded YAML), sets the flag of the same name.
func TestSettings(t *testing.T) {
	a := build(t, map[string]any{
		"style":     "nethttp",
		"sinks":     []any{"example.com/api.Reply:1", "(*example.com/api.Ctx).JSON:0", "(example.com/api.Result).StatusCode()", "example.com/api.Health.StatusCode"},
		"allow":     []any{404, 200},
		"generated": true,
	})
	for name, want := range map[string]string{
		"style":     "nethttp",
		"sinks":     "(*example.com/api.Ctx).JSON:0,(example.com/api.Result).StatusCode(),example.com/api.Health.StatusCode,example.com/api.Reply:1",
		"allow":     "200,404",
		"generated": "true",
	} {
		if got := flag(t, a, name); got != want {
			t.Errorf("-%s=%q, want %q", name, got, want)
		}
	}
}

// TestFreshAnalyzer checks that each plugin configures an analyzer of
// its own, leaving the shared analyzer.Analyzer alone.
func TestFreshAnalyzer(t *testing.T) {
	a := build(t, map[string]any{"style": "nethttp"})
	b := build(t, map[string]any{"generated": true})
	if a == b || a == analyzer.Analyzer || b == analyzer.Analyzer {
		t.Fatal("plugins share an analyzer")
	}
	if got := flag(t, b, "style"); got != "status" {
		t.Errorf("second plugin: -style=%q, want status", got)
	}
	if got := flag(t, analyzer.Analyzer, "style"); got != "status" {
		t.Errorf("analyzer.Analyzer: -style=%q, want status", got)
	}
}

// TestBadSettings checks that every mistake is an error that names the
// setting and says what was wrong.
func TestBadSettings(t *testing.T) {
	for _, tc := range []struct {
		conf any
		want []string
	}{
		{map[string]any{"colour": "red"}, []string{`barestatus: unknown setting "colour" (known settings: allow, generated, sinks, style)`}},
		{map[string]any{"Style": "nethttp"}, []string{`unknown setting "Style"`}},
		{map[string]any{"style": 3}, []string{`setting "style": want a string, got 3`}},
		{map[string]any{"style": "bogus"}, []string{`setting "style": unknown style "bogus": want "status" or "nethttp"`}},
		{map[string]any{"allow": "200,404"}, []string{`setting "allow": want a list of integers, got "200,404"`}},
		{map[string]any{"allow": []any{200, "404"}}, []string{`setting "allow": want a list of integers, got [200,"404"]`}},
		{map[string]any{"allow": []any{200.5}}, []string{`setting "allow": want a list of integers, got [200.5]`}},
		{map[string]any{"allow": []any{99}}, []string{`setting "allow": invalid -allow entry "99"`}},
		{map[string]any{"sinks": "example.com/api.Reply:1"}, []string{`setting "sinks": want a list of strings, got "example.com/api.Reply:1"`}},
		{map[string]any{"sinks": []any{"Reply"}}, []string{`setting "sinks": invalid -sinks entry "Reply"`}},
		{map[string]any{"sinks": []any{"a.F:0,b.G:1"}}, []string{`setting "sinks": sink "a.F:0,b.G:1" contains a comma`}},
		{map[string]any{"generated": "yes"}, []string{`setting "generated": want a boolean, got "yes"`}},
		{"style=nethttp", []string{`settings: want a mapping of setting names to values, got "style=nethttp"`}},
		{[]any{"style"}, []string{`settings: want a mapping`}},
		{map[string]any{"style": make(chan int)}, []string{`settings: json: unsupported type: chan int`}},
		// Unknown keys and values of the wrong type, in one key order.
		{map[string]any{"zone": 1, "style": 1, "Allow": []any{200}, "allow": "x"}, []string{
			`unknown setting "Allow"`,
			`setting "allow": want a list of integers, got "x"`,
			`setting "style": want a string, got 1`,
			`unknown setting "zone"`,
		}},
		// All mistakes at once, in key order.
		{map[string]any{"style": 1, "generated": "no", "extra": true}, []string{
			`unknown setting "extra"`,
			`setting "generated": want a boolean, got "no"`,
			`setting "style": want a string, got 1`,
		}},
	} {
		p, err := plugin.New(tc.conf)
		if err == nil {
			t.Errorf("settings %v: no error, got plugin %v", tc.conf, p)
			continue
		}
		msg := err.Error()
		last := -1
		for _, want := range tc.want {
			i := strings.Index(msg, want)
			if i < 0 {
				t.Errorf("settings %v: error %q lacks %q", tc.conf, msg, want)
			} else if i < last {
				t.Errorf("settings %v: error %q lists %q out of order", tc.conf, msg, want)
			}
			last = i
		}
	}
}

// TestSettingsFields checks that the keys of Settings' JSON tags are
// the keys the plugin accepts and the names of analyzer flags.
func TestSettingsFields(t *testing.T) {
	typ := reflect.TypeFor[plugin.Settings]()
	for i := range typ.NumField() {
		key := typ.Field(i).Tag.Get("json")
		conf := map[string]any{key: nil}
		if _, err := plugin.New(conf); err != nil && strings.Contains(err.Error(), "unknown setting") {
			t.Errorf("field %s: key %q is not accepted: %v", typ.Field(i).Name, key, err)
		}
		if analyzer.New().Flags.Lookup(key) == nil {
			t.Errorf("field %s: the analyzer has no -%s flag", typ.Field(i).Name, key)
		}
	}
}

// TestConfiguredAnalysis runs the configured analyzer: the settings
// change what is reported and how it is fixed.
func TestConfiguredAnalysis(t *testing.T) {
	testdata, err := filepath.Abs("testdata")
	if err != nil {
		t.Fatal(err)
	}
	a := build(t, map[string]any{
		"style": "nethttp",
		"allow": []any{404},
		"sinks": []any{"configured.reply:1"},
	})
	analysistest.RunWithSuggestedFixes(t, testdata, a, "configured")

	// gen is all generated code: without the setting generated, its one
	// expected diagnostic is missing.
	analysistest.Run(t, testdata, build(t, map[string]any{"style": "nethttp", "generated": true}), "gen")
	var rec errorRecorder
	analysistest.Run(&rec, testdata, build(t, map[string]any{"style": "nethttp"}), "gen")
	if len(rec.errors) != 1 || !strings.Contains(rec.errors[0], "no diagnostic was reported") {
		t.Errorf("without generated: got errors %q, want one missing diagnostic", rec.errors)
	}
}

// errorRecorder is an analysistest.Testing that records errors.
type errorRecorder struct{ errors []string }

func (r *errorRecorder) Errorf(format string, args ...any) {
	r.errors = append(r.errors, strings.TrimSpace(fmt.Sprintf(format, args...)))
}
