package diags_test

import (
	"strings"
	"testing"

	"github.com/barestatus/barestatus/eval/internal/diags"
)

const jsonOut = `{
  "example.com/m": {
    "barestatus": [
      {"posn": "/m/b.go:3:10", "end": "/m/b.go:3:13", "message": "bare HTTP status code 404: use status.HTTP_404_NOT_FOUND", "suggested_fixes": [{"message": "Replace 404 with status.HTTP_404_NOT_FOUND", "edits": []}]},
      {"posn": "/m/a.go:12:2", "end": "/m/a.go:12:5", "message": "bare HTTP status code 299: no named constant"}
    ]
  },
  "example.com/m [example.com/m.test]": {
    "barestatus": [
      {"posn": "/m/b.go:3:10", "end": "/m/b.go:3:13", "message": "bare HTTP status code 404: use status.HTTP_404_NOT_FOUND", "suggested_fixes": [{"message": "Replace 404 with status.HTTP_404_NOT_FOUND", "edits": []}]},
      {"posn": "/m/a.go:9:7", "end": "/m/a.go:9:9", "message": "invalid HTTP status code 42: net/http panics on codes outside 100-999"},
      {"posn": "/m/a.go:9:30", "end": "/m/a.go:9:33", "message": "bare HTTP status code 404: use status.HTTP_404_NOT_FOUND"}
    ]
  },
  "example.com/m/broken": {
    "barestatus": {"error": "boom"}
  },
  "example.com/m/other": {
    "otheranalyzer": [{"posn": "/m/o.go:1:1", "message": "x"}]
  }
}`

func TestParse(t *testing.T) {
	got, errs, err := diags.Parse([]byte(jsonOut), "barestatus")
	if err != nil {
		t.Fatal(err)
	}
	var lines []string
	for _, d := range got {
		lines = append(lines, d.Posn+" "+d.Kind())
	}
	want := "/m/a.go:9:7 invalid|/m/a.go:9:30 no-fix|/m/a.go:12:2 no-constant|/m/b.go:3:10 fixable"
	if s := strings.Join(lines, "|"); s != want {
		t.Errorf("Parse: got %s\nwant %s", s, want)
	}
	if len(errs) != 1 || errs[0] != "example.com/m/broken: boom" {
		t.Errorf("errors: %q", errs)
	}
	if d := got[1]; d.File() != "/m/a.go" || d.Line() != 9 || d.Column() != 30 {
		t.Errorf("split %q: %q %d %d", d.Posn, d.File(), d.Line(), d.Column())
	}
}

func TestParseRejectsOtherOutput(t *testing.T) {
	if _, _, err := diags.Parse([]byte("ok\n"), "barestatus"); err == nil {
		t.Error("Parse of text output: want an error")
	}
	if _, _, err := diags.Parse([]byte(`{"p": {"barestatus": 3}}`), "barestatus"); err == nil {
		t.Error("Parse of a number: want an error")
	}
}

func TestPosition(t *testing.T) {
	for _, tc := range []struct{ src, want string }{
		{"w.WriteHeader(@404)", "WriteHeader(…)"},
		{"c.w.WriteHeader(int(@404))", "WriteHeader(…)"},
		{"http.Error(w, \"x\", @500)", "Error(…)"},
		{"http.Error(w, fmt.Sprintf(\"%d\", n),\n\t\t@500)", "Error(…)"},
		{"if resp.StatusCode != @200 {", "comparison .StatusCode"},
		{"if (resp.StatusCode) == (@200) {", "comparison .StatusCode"},
		{"if @404 == rec.Code {", "comparison (literal first)"},
		{"rec.Code = @201", "assignment .Code"},
		{"return &http.Response{StatusCode: @302, Body: b}", "field StatusCode:"},
		{"_ = APIResponse{@404, \"x\"}", "composite (positional)"},
		{"switch resp.StatusCode {\ncase @301, 302:", "switch case"},
		{"switch resp.StatusCode {\ncase 301, @302:", "switch case"},
		{"x := @3", "other"},
	} {
		src := strings.Replace(tc.src, "@", "", 1)
		off := strings.Index(tc.src, "@")
		if got := diags.Position([]byte(src), off); got != tc.want {
			t.Errorf("Position(%q) = %q, want %q", tc.src, got, tc.want)
		}
	}
	if got := diags.Position([]byte("x"), 5); got != "unknown" {
		t.Errorf("offset past the end: %q", got)
	}
}
