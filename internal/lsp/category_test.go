package lsp

import (
	"path/filepath"
	"testing"
	"time"
)

// TestDiagnosticCodes checks that a diagnostic's category reaches the
// client as the LSP code, beside the codeDescription linking the
// analyzer's documentation.
func TestDiagnosticCodes(t *testing.T) {
	dir, env := newModule(t, map[string]string{"main.go": onDisk})
	c := startSession(t, Options{Env: env, Debounce: 50 * time.Millisecond})
	c.initialize(true)

	const text = `package demo

import "net/http"

func handler(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(404)
	w.WriteHeader(299)
	w.WriteHeader(1000)
	if resp := r.Response; resp.StatusCode >= 200 && resp.StatusCode < 300 {
	}
	//lint:ignore barestatus
}
`
	uri := pathToURI(filepath.Join(dir, "main.go"))
	c.open(uri, text)
	diags := c.diagnostics(uri, 1)
	const doc = "https://pkg.go.dev/github.com/barestatus/barestatus/analyzer"
	want := []struct {
		line    int
		code    string
		message string
	}{
		{5, "bare", "bare HTTP status code 404: use status.HTTP_404_NOT_FOUND"},
		{6, "no-constant", "bare HTTP status code 299: no named constant"},
		{7, "invalid", "invalid HTTP status code 1000: net/http panics on codes outside 100-999"},
		{8, "class-test", "HTTP status class test spelled out: use status.IsSuccess(resp.StatusCode)"},
		{10, "directive", "malformed //lint:ignore directive: want //lint:ignore barestatus <reason>"},
	}
	if len(diags) != len(want) {
		t.Fatalf("%d diagnostics, want %d: %+v", len(diags), len(want), diags)
	}
	for i, w := range want {
		d := diags[i]
		if d.Range.Start.Line != w.line || d.Code != w.code || d.Message != w.message || d.Source != "barestatus" {
			t.Errorf("diagnostic %d: line %d, code %q, source %q, message %q; want line %d, code %q, message %q",
				i, d.Range.Start.Line, d.Code, d.Source, d.Message, w.line, w.code, w.message)
		}
		// The driver resolves the URL as x/tools' checker does: the
		// analyzer's, with the category as fragment.
		if d.CodeDescription == nil || d.CodeDescription.Href != doc+"#"+w.code {
			t.Errorf("diagnostic %d (%s): codeDescription %+v, want href %s#%s", i, w.code, d.CodeDescription, doc, w.code)
		}
	}
	c.shutdown()
}
