package analyzer_test

import (
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/barestatus/barestatus/analyzer"
)

// configured returns an analyzer with the given flags set.
func configured(t *testing.T, flags map[string]string) *analysis.Analyzer {
	t.Helper()
	a := analyzer.New()
	for name, value := range flags {
		if err := a.Flags.Set(name, value); err != nil {
			t.Fatalf("-%s=%s: %v", name, value, err)
		}
	}
	return a
}

func TestSinksAndAllow(t *testing.T) {
	a := configured(t, map[string]string{
		"sinks": "example.com/webkit.Reply:1, (*example.com/webkit.Ctx).Status:0",
		"allow": "200",
	})
	// Entries add up over repeated flags; (T) and (*T) name the same method.
	if err := a.Flags.Set("sinks", "example.com/webkit.Either:1"); err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, testdata, a, "sinks")
}

// TestSinkResultsAndFields checks the result and field forms of -sinks:
// the getter's calls and the field are status expressions wherever they
// appear.
func TestSinkResultsAndFields(t *testing.T) {
	a := configured(t, map[string]string{
		"sinks": "(example.com/requests.Result).StatusCode(), example.com/requests.Last(), example.com/api.HealthStatus.StatusCode",
	})
	analysistest.Run(t, testdata, a, "sinkforms")
}

// TestSinkResultOrFieldMisfit checks that a result entry naming a
// function with parameters or a non-integer result, and a field entry
// naming a missing or non-integer field, fail the run with an error
// naming the entry when the function or type is seen.
func TestSinkResultOrFieldMisfit(t *testing.T) {
	for entry, want := range map[string]string{
		"(example.com/requests.Result).Code()":  `-sinks entry "(example.com/requests.Result).Code()": (example.com/requests.Result).Code takes 1 parameters, want none`,
		"(*example.com/requests.Result).Text()": `-sinks entry "(*example.com/requests.Result).Text()": (example.com/requests.Result).Text does not return one integer`,
		"example.com/api.HealthStatus.Name":     `-sinks entry "example.com/api.HealthStatus.Name": field Name of example.com/api.HealthStatus is not an integer`,
		"example.com/api.HealthStatus.Missing":  `-sinks entry "example.com/api.HealthStatus.Missing": example.com/api.HealthStatus has no field Missing`,
	} {
		a := configured(t, map[string]string{"sinks": entry})
		var rec errorRecorder
		analysistest.Run(&rec, testdata, a, "sinkforms/misfit")
		found := false
		for _, e := range rec.errors {
			found = found || strings.Contains(e, want)
		}
		if !found {
			t.Errorf("-sinks=%s: errors %q, want one containing %q", entry, rec.errors, want)
		}
	}
}

func TestAllowSilencesEveryPosition(t *testing.T) {
	// positions/wrappers.go with 400 and 404 allowed: the diagnostics
	// expecting them become unmatched expectations, and nothing else.
	a := configured(t, map[string]string{"allow": "400,404"})
	var rec errorRecorder
	analysistest.Run(&rec, testdata, a, "positions")
	for _, e := range rec.errors {
		if strings.Contains(e, "unexpected diagnostic") {
			t.Errorf("with -allow: %s", e)
		}
	}
	if len(rec.errors) == 0 {
		t.Error("-allow=400,404 silenced nothing")
	}
}

func TestBadFlags(t *testing.T) {
	for _, tc := range []struct{ flag, value, want string }{
		{"sinks", "example.com/web.Reply", `invalid -sinks entry "example.com/web.Reply": want pkg/path.Func:N, (*pkg/path.Type).Method:N, (pkg/path.Type).Method(), pkg/path.Func() or pkg/path.Type.Field`},
		{"sinks", "(example.com/requests.Result).StatusCode", `invalid -sinks entry "(example.com/requests.Result).StatusCode"`},
		{"sinks", "(example.com/requests.Result.StatusCode()", `invalid -sinks entry "(example.com/requests.Result.StatusCode()"`},
		{"sinks", "example.com/requests.()", `invalid -sinks entry "example.com/requests.()"`},
		{"sinks", "example.com/api.HealthStatus.", `invalid -sinks entry "example.com/api.HealthStatus."`},
		{"sinks", "example.com/api.Health Status.Code", `invalid -sinks entry "example.com/api.Health Status.Code"`},
		{"sinks", "HealthStatus.StatusCode", `invalid -sinks entry "HealthStatus.StatusCode"`},
		{"sinks", "example.com/web.Reply:x", `invalid -sinks entry "example.com/web.Reply:x"`},
		{"sinks", "example.com/web.Reply:-1", `invalid -sinks entry "example.com/web.Reply:-1"`},
		{"sinks", "Reply:1", `invalid -sinks entry "Reply:1"`},
		{"sinks", "example.com/web:1", `invalid -sinks entry "example.com/web:1"`},
		{"sinks", "(*example.com/web.Ctx.Status:0", `invalid -sinks entry "(*example.com/web.Ctx.Status:0"`},
		{"sinks", "(*example.com/web.Ctx).:0", `invalid -sinks entry "(*example.com/web.Ctx).:0"`},
		{"sinks", "ok.com/a.F:1,bad", `invalid -sinks entry "bad"`},
		{"allow", "200,abc", `invalid -allow entry "abc": want a status code from 100 to 999`},
		{"allow", "42", `invalid -allow entry "42"`},
		{"style", "django", `unknown style "django": want "status" or "nethttp"`},
	} {
		err := analyzer.New().Flags.Set(tc.flag, tc.value)
		if err == nil || !strings.HasPrefix(err.Error(), tc.want) {
			t.Errorf("-%s=%s: got error %v, want one starting %q", tc.flag, tc.value, err, tc.want)
		}
	}
}

// TestSinkIndexPastParameters checks that a -sinks entry whose index is
// past the function's parameters, or names a parameter that is not an
// integer, fails the run with an error naming it.
func TestSinkIndexPastParameters(t *testing.T) {
	for entry, want := range map[string]string{
		"example.com/webkit.Reply:2":                                   `-sinks entry "example.com/webkit.Reply:2": example.com/webkit.Reply has 2 parameters, so it has no argument 2`,
		"(example.com/webkit.Ctx).Status:0,example.com/webkit.Reply:0": `-sinks entry "example.com/webkit.Reply:0": argument 0 of example.com/webkit.Reply is not an integer`,
	} {
		a := configured(t, map[string]string{"sinks": entry})
		var rec errorRecorder
		analysistest.Run(&rec, testdata, a, "sinks")
		found := false
		for _, e := range rec.errors {
			found = found || strings.Contains(e, want)
		}
		if !found {
			t.Errorf("-sinks=%s: errors %q, want one containing %q", entry, rec.errors, want)
		}
	}
}

func TestAllowString(t *testing.T) {
	a := configured(t, map[string]string{"allow": "404,200,302"})
	if got := a.Flags.Lookup("allow").Value.String(); got != "200,302,404" {
		t.Errorf("-allow reads back as %q, want 200,302,404", got)
	}
}
