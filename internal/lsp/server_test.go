package lsp

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"go/parser"
	"go/token"
	"io"
	"log"
	"maps"
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
	"unicode/utf16"

	"golang.org/x/tools/go/analysis"

	"github.com/barestatus/barestatus/analyzer"
	"github.com/barestatus/barestatus/internal/testmod"
)

// These tests run whole sessions: a client in the test talks to a
// Server over pipes, and the server loads real packages of a temporary
// module with go/packages.

// wait bounds every wait for the server; a cold build cache makes the
// first analysis slow.
const wait = 2 * time.Minute

// A client is the test's side of a session.
type client struct {
	t         *testing.T
	w         io.WriteCloser
	msgs      chan *message
	served    chan error // Serve's result
	nextID    int
	backlog   []*message // notifications read while waiting for a response
	published []publishDiagnosticsParams
	received  []*message // every message recv returned
}

// startSession starts a server on pipes and returns its client.
func startSession(t *testing.T, opts Options, analyzers ...*analysis.Analyzer) *client {
	t.Helper()
	if len(analyzers) == 0 {
		analyzers = []*analysis.Analyzer{analyzer.New()}
	}
	srvIn, clientOut := io.Pipe()
	clientIn, srvOut := io.Pipe()
	c := &client{t: t, w: clientOut, msgs: make(chan *message, 100), served: make(chan error, 1)}
	srv := NewServer(analyzers, opts)
	go func() {
		c.served <- srv.Serve(context.Background(), srvIn, srvOut)
		srvOut.Close()
	}()
	go func() {
		defer close(c.msgs)
		r := bufio.NewReader(clientIn)
		for {
			body, err := readMessage(r)
			if err != nil {
				return
			}
			m := new(message)
			if err := json.Unmarshal(body, m); err != nil {
				t.Errorf("server sent invalid JSON %q: %v", body, err)
				return
			}
			c.msgs <- m
		}
	}()
	t.Cleanup(func() {
		clientOut.Close()
		select {
		case <-c.served:
		case <-time.After(wait):
			t.Error("server did not stop after the client closed the connection")
		}
	})
	return c
}

// recv returns the next message from the server.
func (c *client) recv() *message {
	c.t.Helper()
	select {
	case m, ok := <-c.msgs:
		if !ok {
			c.t.Fatal("server closed the connection")
		}
		if m.Method == "textDocument/publishDiagnostics" {
			var p publishDiagnosticsParams
			if err := json.Unmarshal(m.Params, &p); err != nil {
				c.t.Fatal(err)
			}
			c.published = append(c.published, p)
		}
		c.received = append(c.received, m)
		return m
	case <-time.After(wait):
		c.t.Fatalf("no message from the server within %v", wait)
		return nil
	}
}

func (c *client) send(m any) {
	c.t.Helper()
	body, err := json.Marshal(m)
	if err != nil {
		c.t.Fatal(err)
	}
	if err := writeMessage(c.w, body); err != nil {
		c.t.Fatal(err)
	}
}

// callErr sends a request and returns its result or error.
func (c *client) callErr(method string, params any) (json.RawMessage, *responseError) {
	c.t.Helper()
	c.nextID++
	id := fmt.Sprint(c.nextID)
	c.send(map[string]any{"jsonrpc": "2.0", "id": c.nextID, "method": method, "params": params})
	for {
		m := c.recv()
		if m.Method != "" {
			c.backlog = append(c.backlog, m)
			continue
		}
		if string(m.ID) != id {
			c.t.Fatalf("response to request %s while waiting for %s", m.ID, id)
		}
		if m.Error == nil && m.Result == nil {
			c.t.Fatalf("response to %s has neither result nor error", method)
		}
		return m.Result, m.Error
	}
}

// call sends a request and decodes its result into result.
func (c *client) call(method string, params, result any) {
	c.t.Helper()
	raw, rerr := c.callErr(method, params)
	if rerr != nil {
		c.t.Fatalf("%s: %v", method, rerr)
	}
	if err := json.Unmarshal(raw, result); err != nil {
		c.t.Fatalf("%s result %s: %v", method, raw, err)
	}
}

func (c *client) notify(method string, params any) {
	c.t.Helper()
	c.send(map[string]any{"jsonrpc": "2.0", "method": method, "params": params})
}

// diagnostics waits for the diagnostics of uri at version, or for those
// without a version when version is negative.
func (c *client) diagnostics(uri string, version int32) []diagnostic {
	c.t.Helper()
	match := func(m *message) ([]diagnostic, bool) {
		if m.Method != "textDocument/publishDiagnostics" {
			return nil, false
		}
		var p publishDiagnosticsParams
		if err := json.Unmarshal(m.Params, &p); err != nil {
			c.t.Fatal(err)
		}
		ok := p.URI == uri && (version < 0 && p.Version == nil || p.Version != nil && *p.Version == version)
		return p.Diagnostics, ok
	}
	for i, m := range c.backlog {
		if d, ok := match(m); ok {
			c.backlog = slices.Delete(c.backlog, i, i+1)
			return d
		}
	}
	for {
		if d, ok := match(c.recv()); ok {
			return d
		}
	}
}

func (c *client) initialize(documentChanges bool) initializeResult {
	c.t.Helper()
	var res initializeResult
	c.call("initialize", map[string]any{
		"processId":    nil,
		"capabilities": map[string]any{"workspace": map[string]any{"workspaceEdit": map[string]any{"documentChanges": documentChanges}}},
	}, &res)
	c.notify("initialized", map[string]any{})
	return res
}

func (c *client) open(uri, text string) {
	c.t.Helper()
	c.notify("textDocument/didOpen", map[string]any{
		"textDocument": map[string]any{"uri": uri, "languageId": "go", "version": 1, "text": text},
	})
}

func (c *client) change(uri string, version int32, text string) {
	c.t.Helper()
	c.notify("textDocument/didChange", map[string]any{
		"textDocument":   map[string]any{"uri": uri, "version": version},
		"contentChanges": []map[string]any{{"text": text}},
	})
}

func (c *client) codeActions(uri string, r Range) []codeAction {
	c.t.Helper()
	var actions []codeAction
	c.call("textDocument/codeAction", map[string]any{
		"textDocument": map[string]any{"uri": uri},
		"range":        r,
		"context":      map[string]any{"diagnostics": []any{}},
	}, &actions)
	return actions
}

// shutdown ends the session in order and checks that Serve returns nil.
func (c *client) shutdown() {
	c.t.Helper()
	raw, rerr := c.callErr("shutdown", nil)
	if rerr != nil || string(raw) != "null" {
		c.t.Fatalf("shutdown: %s, %v; want result null", raw, rerr)
	}
	c.notify("exit", nil)
	select {
	case err := <-c.served:
		c.served <- err // for the cleanup
		if err != nil {
			c.t.Errorf("Serve after shutdown and exit: %v", err)
		}
	case <-time.After(wait):
		c.t.Fatal("server did not stop on exit")
	}
}

// newModule writes a module that requires this one through replace
// directives, with the given files, and returns its directory and the
// environment the go command needs for it.
func newModule(t *testing.T, files map[string]string) (string, []string) {
	t.Helper()
	if testing.Short() {
		t.Skip("loads packages with the go command")
	}
	m := testmod.New(t, "example.com/demo", files)
	return m.Dir, m.Env
}

// applyEdits applies LSP edits, positioned in UTF-16 units, to text. It
// converts positions on its own, without the server's mapper.
func applyEdits(t *testing.T, text string, edits []textEdit) string {
	t.Helper()
	offset := func(p Position) int {
		lines := strings.SplitAfter(text, "\n")
		if p.Line >= len(lines) {
			t.Fatalf("position %v past the last line", p)
		}
		off := 0
		for _, l := range lines[:p.Line] {
			off += len(l)
		}
		units := 0
		for i, r := range lines[p.Line] {
			if units == p.Character {
				return off + i
			}
			units += len(utf16.Encode([]rune{r}))
		}
		if units != p.Character {
			t.Fatalf("position %v not on a character boundary of %q", p, lines[p.Line])
		}
		return off + len(strings.TrimRight(lines[p.Line], "\n"))
	}
	edits = slices.Clone(edits)
	slices.SortFunc(edits, func(a, b textEdit) int { return offset(b.Range.Start) - offset(a.Range.Start) })
	for _, e := range edits {
		start, end := offset(e.Range.Start), offset(e.Range.End)
		text = text[:start] + e.NewText + text[end:]
	}
	return text
}

const onDisk = `package demo

import "net/http"

func handler(w http.ResponseWriter, r *http.Request) {}
`

// unsaved differs from the file on disk, and has characters of two and
// four UTF-8 bytes (one and two UTF-16 units) before a literal.
const unsaved = `package demo

import "net/http"

func handler(w http.ResponseWriter, r *http.Request) {
	http.Error(w, "naïve 😀", 404)
	w.WriteHeader(422)
}
`

func TestSession(t *testing.T) {
	dir, env := newModule(t, map[string]string{"main.go": onDisk})
	c := startSession(t, Options{Env: env, Debounce: 200 * time.Millisecond})
	res := c.initialize(true)
	if caps := res.Capabilities; caps.TextDocumentSync.Change != syncFull || !caps.TextDocumentSync.OpenClose ||
		caps.PositionEncoding != "utf-16" || !slices.Equal(caps.CodeActionProvider.CodeActionKinds, []string{"quickfix"}) {
		t.Errorf("capabilities %+v", caps)
	}

	path := filepath.Join(dir, "main.go")
	uri := pathToURI(path)
	c.open(uri, unsaved)
	diags := c.diagnostics(uri, 1)
	want := []diagnostic{{
		// 27 UTF-16 units precede the literal on its line, 30 bytes do.
		Range:           Range{Position{5, 27}, Position{5, 30}},
		Severity:        SeverityWarning,
		Code:            "bare",
		CodeDescription: &codeDescription{Href: "https://pkg.go.dev/github.com/barestatus/barestatus/analyzer#bare"},
		Source:          "barestatus",
		Message:         "bare HTTP status code 404: use status.HTTP_404_NOT_FOUND",
	}, {
		Range:           Range{Position{6, 15}, Position{6, 18}},
		Severity:        SeverityWarning,
		Code:            "bare",
		CodeDescription: &codeDescription{Href: "https://pkg.go.dev/github.com/barestatus/barestatus/analyzer#bare"},
		Source:          "barestatus",
		Message:         "bare HTTP status code 422: use status.HTTP_422_UNPROCESSABLE_ENTITY",
	}}
	if !reflect.DeepEqual(diags, want) {
		t.Fatalf("diagnostics of the unsaved buffer:\n got %+v\nwant %+v", diags, want)
	}

	// A cursor just after 404 gets its fix, and only its fix.
	actions := c.codeActions(uri, Range{Position{5, 30}, Position{5, 30}})
	if len(actions) != 1 {
		t.Fatalf("%d code actions at 404, want 1: %+v", len(actions), actions)
	}
	a := actions[0]
	if a.Title != "Replace 404 with status.HTTP_404_NOT_FOUND" || a.Kind != "quickfix" || !a.IsPreferred ||
		len(a.Diagnostics) != 1 || a.Diagnostics[0].Message != want[0].Message {
		t.Errorf("code action %+v", a)
	}
	dc := a.Edit.DocumentChanges
	if len(dc) != 1 || dc[0].TextDocument.URI != uri || dc[0].TextDocument.Version == nil || *dc[0].TextDocument.Version != 1 || a.Edit.Changes != nil {
		t.Fatalf("edit %+v: want one document change bound to version 1", a.Edit)
	}
	fixed := applyEdits(t, unsaved, dc[0].Edits)
	for _, s := range []string{`http.Error(w, "naïve 😀", status.HTTP_404_NOT_FOUND)`, `"github.com/barestatus/barestatus/status"`, "w.WriteHeader(422)"} {
		if !strings.Contains(fixed, s) {
			t.Errorf("after the fix the buffer lacks %s:\n%s", s, fixed)
		}
	}
	if _, err := parser.ParseFile(token.NewFileSet(), "main.go", fixed, 0); err != nil {
		t.Errorf("the fixed buffer does not parse: %v\n%s", err, fixed)
	}

	// The client applies the edit and reports the change: only 422 is left.
	c.change(uri, 2, fixed)
	diags = c.diagnostics(uri, 2)
	if len(diags) != 1 || diags[0].Message != want[1].Message {
		t.Errorf("after the fix: %+v, want only the 422 diagnostic", diags)
	}

	// A version whose analysis has not finished offers no fixes: their
	// edits would be computed against older text.
	c.change(uri, 3, unsaved)
	if actions := c.codeActions(uri, Range{Position{0, 0}, Position{99, 0}}); len(actions) != 0 {
		t.Errorf("code actions for a version not yet analysed: %+v", actions)
	}
	if diags := c.diagnostics(uri, 3); len(diags) != 2 {
		t.Errorf("version 3: %d diagnostics, want 2", len(diags))
	}
	if actions := c.codeActions(uri, Range{Position{0, 0}, Position{99, 0}}); len(actions) != 2 {
		t.Errorf("version 3: %d code actions over the whole file, want 2", len(actions))
	}
	// A client asking only for refactorings gets no quick fixes.
	var only []codeAction
	c.call("textDocument/codeAction", map[string]any{
		"textDocument": map[string]any{"uri": uri},
		"range":        Range{Position{0, 0}, Position{99, 0}},
		"context":      map[string]any{"diagnostics": []any{}, "only": []string{"refactor"}},
	}, &only)
	if len(only) != 0 {
		t.Errorf("code actions with only=refactor: %+v", only)
	}

	// Closing the file clears its diagnostics.
	c.notify("textDocument/didClose", map[string]any{"textDocument": map[string]any{"uri": uri}})
	if diags := c.diagnostics(uri, -1); len(diags) != 0 {
		t.Errorf("after close: %+v, want none", diags)
	}
	c.shutdown()

	// The server never writes files: the edits are the client's to apply.
	if got, err := os.ReadFile(path); err != nil || string(got) != onDisk {
		t.Errorf("main.go on disk changed: %q, %v", got, err)
	}
}

// TestTypeErrorsAndFlags checks that a package that does not type-check
// is still analysed, that the analyzer's flags take effect, and that a
// client without versioned edits gets plain changes.
func TestTypeErrorsAndFlags(t *testing.T) {
	// Another file of the package does not even parse.
	dir, env := newModule(t, map[string]string{"main.go": onDisk, "broken.go": "package demo\n\nfunc broken( {\n"})
	a := analyzer.New()
	if err := a.Flags.Set("style", "nethttp"); err != nil {
		t.Fatal(err)
	}
	c := startSession(t, Options{Env: env, Severity: SeverityError}, a)
	c.initialize(false)

	const broken = `package demo

import "net/http"

func handler(w http.ResponseWriter, r *http.Request) {
	undefinedHelper(r)
	var n int = "not an int"
	w.WriteHeader(404)
}
`
	uri := pathToURI(filepath.Join(dir, "main.go"))
	c.open(uri, broken)
	diags := c.diagnostics(uri, 1)
	if len(diags) != 1 || diags[0].Message != "bare HTTP status code 404: use http.StatusNotFound" ||
		diags[0].Severity != SeverityError || diags[0].Range != (Range{Position{7, 15}, Position{7, 18}}) {
		t.Fatalf("diagnostics of a file with type errors: %+v", diags)
	}
	actions := c.codeActions(uri, diags[0].Range)
	if len(actions) != 1 || actions[0].Title != "Replace 404 with http.StatusNotFound" {
		t.Fatalf("code actions: %+v", actions)
	}
	if edits := actions[0].Edit.Changes[uri]; len(edits) != 1 || actions[0].Edit.DocumentChanges != nil ||
		!strings.Contains(applyEdits(t, broken, edits), "w.WriteHeader(http.StatusNotFound)") {
		t.Errorf("edit for a client without documentChanges: %+v", actions[0].Edit)
	}
	c.shutdown()
}

// TestDebounce checks that a burst of changes is analysed once, for the
// last version, and that every open file of the package is published.
func TestDebounce(t *testing.T) {
	const other = "package demo\n\nimport \"net/http\"\n\nfunc other(w http.ResponseWriter) { w.WriteHeader(201) }\n"
	dir, env := newModule(t, map[string]string{"main.go": onDisk, "other.go": other})
	var logs syncBuffer
	c := startSession(t, Options{Env: env, Debounce: time.Second, Log: log.New(&logs, "", 0)})
	c.initialize(true)
	uri, otherURI := pathToURI(filepath.Join(dir, "main.go")), pathToURI(filepath.Join(dir, "other.go"))
	c.open(uri, onDisk)
	if diags := c.diagnostics(uri, 1); len(diags) != 0 {
		t.Fatalf("clean file: %+v", diags)
	}
	c.open(otherURI, other)
	if diags := c.diagnostics(otherURI, 1); len(diags) != 1 {
		t.Fatalf("other.go: %+v, want one diagnostic", diags)
	}
	c.published = nil
	analysed := func() int { return strings.Count(logs.String(), "analysed ") }
	before := analysed()

	codes := []int{301, 302, 303, 307, 308}
	for i, code := range codes {
		text := strings.Replace(onDisk, "{}", fmt.Sprintf("{ http.Redirect(w, r, \"/\", %d) }", code), 1)
		c.change(uri, int32(2+i), text)
	}
	last := int32(1 + len(codes))
	diags := c.diagnostics(uri, last)
	if len(diags) != 1 || !strings.Contains(diags[0].Message, "308") {
		t.Errorf("after the burst: %+v, want the 308 diagnostic", diags)
	}
	for _, p := range c.published {
		if p.URI == uri && *p.Version != last {
			t.Errorf("published diagnostics of intermediate version %d", *p.Version)
		}
	}
	if n := analysed() - before; n != 1 {
		t.Errorf("%d analyses for a burst of %d changes, want 1\n%s", n, len(codes), logs.String())
	}
	c.shutdown()
}

// TestTestFiles checks that open test files, of the package and of its
// external test package, are analysed.
func TestTestFiles(t *testing.T) {
	const internal = "package demo\n\nimport (\n\t\"net/http/httptest\"\n\t\"testing\"\n)\n\nfunc TestIn(t *testing.T) { httptest.NewRecorder().WriteHeader(202) }\n"
	const external = "package demo_test\n\nimport (\n\t\"net/http\"\n\t\"testing\"\n)\n\nfunc TestOut(t *testing.T) { _ = http.StatusText(203) }\n"
	dir, env := newModule(t, map[string]string{"main.go": onDisk, "in_test.go": internal, "out_test.go": external})
	c := startSession(t, Options{Env: env})
	c.initialize(true)
	for name, code := range map[string]string{"in_test.go": "202", "out_test.go": "203"} {
		uri := pathToURI(filepath.Join(dir, name))
		content, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		c.open(uri, string(content))
		if diags := c.diagnostics(uri, 1); len(diags) != 1 || !strings.Contains(diags[0].Message, code) {
			t.Errorf("%s: %+v, want one diagnostic of %s", name, diags, code)
		}
	}
	c.shutdown()
}

// TestUnsavedDependency checks that the unsaved text of an open file in
// another package is what the analysed package sees: the struct type
// that makes a field a status position exists only in that buffer.
func TestUnsavedDependency(t *testing.T) {
	const webDisk = "package web\n"
	const webBuffer = "package web\n\n// APIResponse is a JSON reply.\ntype APIResponse struct{ Status int }\n"
	const user = "package demo\n\nimport \"example.com/demo/web\"\n\nvar _ = web.APIResponse{Status: 404}\n"
	dir, env := newModule(t, map[string]string{"main.go": user})
	if err := os.Mkdir(filepath.Join(dir, "web"), 0o777); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "web", "web.go"), []byte(webDisk), 0o666); err != nil {
		t.Fatal(err)
	}
	c := startSession(t, Options{Env: env})
	c.initialize(true)
	webURI, uri := pathToURI(filepath.Join(dir, "web", "web.go")), pathToURI(filepath.Join(dir, "main.go"))
	c.open(webURI, webBuffer)
	if diags := c.diagnostics(webURI, 1); len(diags) != 0 {
		t.Fatalf("web.go: %+v", diags)
	}
	c.open(uri, user)
	diags := c.diagnostics(uri, 1)
	if len(diags) != 1 || diags[0].Message != "bare HTTP status code 404: use status.HTTP_404_NOT_FOUND" {
		t.Errorf("main.go, with web.APIResponse only in an unsaved buffer: %+v", diags)
	}
	c.shutdown()
}

// TestTestVariantDependency covers a dependency recompiled for a test:
// the external test imports q, which imports the package under test,
// which has internal test files, so go list reports
// q [example.com/demo.test].
func TestTestVariantDependency(t *testing.T) {
	const external = "package demo_test\n\nimport (\n\t\"net/http\"\n\t\"testing\"\n\n\t\"example.com/demo/q\"\n)\n\nfunc TestQ(t *testing.T) { q.Reply(nil, 0); _ = http.StatusText(207) }\n"
	dir, env := newModule(t, map[string]string{"main.go": onDisk, "q_test.go": external, "in_test.go": "package demo\n\nvar inTest = 1\n"})
	if err := os.Mkdir(filepath.Join(dir, "q"), 0o777); err != nil {
		t.Fatal(err)
	}
	const q = "package q\n\nimport (\n\t\"net/http\"\n\n\t\"example.com/demo\"\n)\n\nvar _ = demo.Handler\n\nfunc Reply(w http.ResponseWriter, n int) {}\n"
	if err := os.WriteFile(filepath.Join(dir, "q", "q.go"), []byte(q), 0o666); err != nil {
		t.Fatal(err)
	}
	main := strings.Replace(onDisk, "func handler", "var Handler = handler\n\nfunc handler", 1)
	if err := os.WriteFile(filepath.Join(dir, "main.go"), []byte(main), 0o666); err != nil {
		t.Fatal(err)
	}
	c := startSession(t, Options{Env: env})
	c.initialize(true)
	uri := pathToURI(filepath.Join(dir, "q_test.go"))
	c.open(uri, external)
	if diags := c.diagnostics(uri, 1); len(diags) != 1 || !strings.Contains(diags[0].Message, "207") {
		t.Errorf("q_test.go: %+v, want the 207 diagnostic", diags)
	}
	c.shutdown()
}

// A syncBuffer is a buffer safe for the server's concurrent logging.
type syncBuffer struct {
	mu  sync.Mutex
	buf strings.Builder
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

func TestLifecycle(t *testing.T) {
	c := startSession(t, Options{})
	if _, rerr := c.callErr("textDocument/codeAction", map[string]any{}); rerr == nil || rerr.Code != codeServerNotInitialized {
		t.Errorf("request before initialize: %v, want code %d", rerr, codeServerNotInitialized)
	}
	c.initialize(true)
	if _, rerr := c.callErr("initialize", map[string]any{}); rerr == nil || rerr.Code != codeInvalidRequest {
		t.Errorf("second initialize: %v, want code %d", rerr, codeInvalidRequest)
	}
	if _, rerr := c.callErr("textDocument/hover", map[string]any{}); rerr == nil || rerr.Code != codeMethodNotFound {
		t.Errorf("unsupported request: %v, want code %d", rerr, codeMethodNotFound)
	}
	if _, rerr := c.callErr("textDocument/codeAction", map[string]any{"textDocument": map[string]any{"uri": "untitled:1"}}); rerr == nil || rerr.Code != codeInvalidParams {
		t.Errorf("code action on a non-file URI: %v, want code %d", rerr, codeInvalidParams)
	}
	c.notify("$/cancelRequest", map[string]any{"id": 1}) // answered already: nothing to do
	c.send(map[string]any{"jsonrpc": "2.0", "id": 99, "method": "shutdown"})
	if m := c.recv(); string(m.ID) != "99" || string(m.Result) != "null" {
		t.Errorf("shutdown response %+v", m)
	}
	if _, rerr := c.callErr("textDocument/codeAction", map[string]any{}); rerr == nil || rerr.Code != codeInvalidRequest {
		t.Errorf("request after shutdown: %v, want code %d", rerr, codeInvalidRequest)
	}
	c.notify("exit", nil)
	if err := <-c.served; err != nil {
		t.Errorf("Serve after shutdown and exit: %v", err)
	}
	c.served <- nil
}

func TestExitWithoutShutdown(t *testing.T) {
	c := startSession(t, Options{})
	c.initialize(true)
	c.notify("exit", nil)
	if err := <-c.served; err != ErrNoShutdown {
		t.Errorf("Serve after exit alone: %v, want ErrNoShutdown", err)
	}
	c.served <- nil

	c = startSession(t, Options{})
	c.initialize(true)
	c.w.Close() // the editor died
	if err := <-c.served; err != ErrNoShutdown {
		t.Errorf("Serve after the client disconnected: %v, want ErrNoShutdown", err)
	}
	c.served <- nil
}

// TestLongLine checks that a buffer whose one line holds 20,000 codes
// gets every diagnostic, and soon: converting positions by counting
// from the line start for each offset kept it from publishing for
// minutes. The file is first analysed as it is on disk, so that the
// bound does not include the go command's first build of net/http.
func TestLongLine(t *testing.T) {
	dir, env := newModule(t, map[string]string{"main.go": onDisk})
	c := startSession(t, Options{Env: env})
	c.initialize(true)
	uri := pathToURI(filepath.Join(dir, "main.go"))
	c.open(uri, onDisk)
	if diags := c.diagnostics(uri, 1); len(diags) != 0 {
		t.Fatalf("clean file: %+v", diags)
	}
	const n = 20000
	long := strings.Replace(onDisk, "{}", "{ "+strings.Repeat("w.WriteHeader(404); ", n)+"}", 1)
	start := time.Now()
	c.change(uri, 2, long)
	diags := c.diagnostics(uri, 2)
	elapsed := time.Since(start)
	if len(diags) != n {
		t.Fatalf("%d diagnostics, want %d", len(diags), n)
	}
	for i, d := range diags {
		col := len("func handler(w http.ResponseWriter, r *http.Request) { ") + i*len("w.WriteHeader(404); ") + len("w.WriteHeader(")
		if d.Range != (Range{Position{4, col}, Position{4, col + 3}}) {
			t.Fatalf("diagnostic %d at %v, want line 4, characters %d-%d", i, d.Range, col, col+3)
		}
	}
	// Quadratic conversion took 36s here; a linear one under a
	// second beside the load and the analysis.
	if limit := 10 * time.Second; elapsed > limit {
		t.Errorf("the long line took %v to analyse, want under %v", elapsed, limit)
	}
	t.Logf("%d diagnostics in %v", n, elapsed)
	c.shutdown()
}

// sendRaw writes body framed by a correct header.
func (c *client) sendRaw(body string) {
	c.t.Helper()
	if err := writeMessage(c.w, []byte(body)); err != nil {
		c.t.Fatal(err)
	}
}

// response returns the next message, which must be a response.
func (c *client) response() *message {
	c.t.Helper()
	m := c.recv()
	if m.Method != "" {
		c.t.Fatalf("got %s, want a response", m.Method)
	}
	return m
}

// TestInvalidMessages checks the answers to bodies that are not
// requests: a request without a method and a batch are invalid requests
// (-32600), with the request's id where it has one; a body that is not
// JSON is a parse error (-32700). The session goes on after each.
func TestInvalidMessages(t *testing.T) {
	c := startSession(t, Options{})
	c.initialize(true)
	for _, tc := range []struct {
		body, id string
		code     int
	}{
		{`{"jsonrpc":"2.0","id":102}`, "102", codeInvalidRequest},
		{`{"jsonrpc":"2.0","id":"x","params":{}}`, `"x"`, codeInvalidRequest},
		{`{}`, "null", codeInvalidRequest},
		{`[]`, "null", codeInvalidRequest},
		{` [{"jsonrpc":"2.0","id":1,"method":"shutdown"}]`, "null", codeInvalidRequest},
		{`{"jsonrpc":`, "null", codeParseError},
		{`[1,`, "null", codeParseError},
	} {
		c.sendRaw(tc.body)
		m := c.response()
		if string(m.ID) != tc.id || m.Error == nil || m.Error.Code != tc.code {
			t.Errorf("%s: got id %s, error %v; want id %s, code %d", tc.body, m.ID, m.Error, tc.id, tc.code)
		}
	}
	// A response from the client needs no answer: the next message is
	// the answer to the request after it.
	c.sendRaw(`{"jsonrpc":"2.0","id":7,"result":null}`)
	if _, rerr := c.callErr("textDocument/hover", map[string]any{}); rerr == nil || rerr.Code != codeMethodNotFound {
		t.Errorf("request after a response: %v, want code %d", rerr, codeMethodNotFound)
	}
	c.shutdown()
}

// TestFramingResync checks what the server does when the framing
// breaks: a Content-Length larger than the body swallows the start of
// the next message, and a header line that is not a header. Either way
// the server answers what it could not read with -32700, logs one line,
// reads on from the next Content-Length header and keeps the session.
func TestFramingResync(t *testing.T) {
	var logs syncBuffer
	c := startSession(t, Options{Log: log.New(&logs, "", 0)})
	c.initialize(true)

	first := `{"jsonrpc":"2.0","id":50,"method":"textDocument/hover","params":{}}`
	second := `{"jsonrpc":"2.0","id":51,"method":"textDocument/hover","params":{"padding":"` + strings.Repeat("x", 100) + `"}}`
	raw := fmt.Sprintf("Content-Length: %d\r\n\r\n%s", len(first)+40, first) +
		fmt.Sprintf("Content-Length: %d\r\n\r\n%s", len(second), second)
	if _, err := io.WriteString(c.w, raw); err != nil {
		t.Fatal(err)
	}
	if m := c.response(); string(m.ID) != "null" || m.Error == nil || m.Error.Code != codeParseError {
		t.Errorf("overrun body: %+v, want a -32700 error with id null", m)
	}
	if m := c.response(); string(m.ID) != "51" || m.Error == nil || m.Error.Code != codeMethodNotFound {
		t.Errorf("message after the overrun: %+v, want the -32601 answer to request 51", m)
	}

	// Garbage between messages is skipped up to the next header.
	if _, err := io.WriteString(c.w, "not a header\r\nnor this\r\n\r\n{}"); err != nil {
		t.Fatal(err)
	}
	if _, rerr := c.callErr("textDocument/hover", map[string]any{}); rerr == nil || rerr.Code != codeMethodNotFound {
		t.Errorf("request after garbage: %v, want code %d", rerr, codeMethodNotFound)
	}
	c.shutdown()
	for _, want := range []string{"resynchronised", `malformed header line "not a header"; skipped`} {
		if !strings.Contains(logs.String(), want) {
			t.Errorf("log lacks %q:\n%s", want, logs.String())
		}
	}
}

// TestNoDiagnosticsAfterShutdown starts an analysis and shuts down
// while it runs: nothing may be published after the shutdown response.
func TestNoDiagnosticsAfterShutdown(t *testing.T) {
	dir, env := newModule(t, map[string]string{"main.go": onDisk})
	c := startSession(t, Options{Env: env})
	c.initialize(true)
	uri := pathToURI(filepath.Join(dir, "main.go"))
	c.open(uri, onDisk)
	c.diagnostics(uri, 1) // the build cache is warm now
	c.change(uri, 2, unsaved)
	c.send(map[string]any{"jsonrpc": "2.0", "id": 500, "method": "shutdown"})
	for {
		m := c.recv()
		if m.Method == "" && string(m.ID) == "500" {
			break
		}
	}
	// An analysis takes well under this once the cache is warm.
	deadline := time.After(3 * time.Second)
	for done := false; !done; {
		select {
		case m := <-c.msgs:
			if m != nil {
				t.Errorf("after the shutdown response: %s %s", m.Method, m.Params)
			}
		case <-deadline:
			done = true
		}
	}
	c.notify("exit", nil)
	if err := <-c.served; err != nil {
		t.Errorf("Serve after shutdown and exit: %v", err)
	}
	c.served <- nil
}

// blockingAnalyzer returns an analyzer that counts its passes and blocks
// in the first one until release is called or the test ends; started
// receives when it does.
func blockingAnalyzer(t *testing.T) (a *analysis.Analyzer, started <-chan struct{}, release func(), passes *atomic.Int32) {
	released := make(chan struct{})
	release = sync.OnceFunc(func() { close(released) })
	t.Cleanup(release)
	first := make(chan struct{}, 1)
	passes = new(atomic.Int32)
	a = &analysis.Analyzer{
		Name: "blocking",
		Doc:  "blocking blocks in its first pass until released",
		Run: func(*analysis.Pass) (any, error) {
			if passes.Add(1) == 1 {
				first <- struct{}{}
				<-released
			}
			return nil, nil
		},
	}
	return a, first, release, passes
}

// TestExitDuringAnalysis checks that shutdown is answered, and Serve
// returns on exit, promptly while an analyzer is in the middle of a
// pass that will not end.
func TestExitDuringAnalysis(t *testing.T) {
	a, started, _, _ := blockingAnalyzer(t)
	dir, env := newModule(t, map[string]string{"main.go": onDisk})
	c := startSession(t, Options{Env: env}, a)
	c.initialize(true)
	c.open(pathToURI(filepath.Join(dir, "main.go")), onDisk)
	select {
	case <-started:
	case <-time.After(wait):
		t.Fatal("the analysis did not start")
	}
	start := time.Now()
	if _, rerr := c.callErr("shutdown", nil); rerr != nil {
		t.Fatalf("shutdown: %v", rerr)
	}
	replied := time.Since(start)
	c.notify("exit", nil)
	// The bound is a second; this leaves room for a loaded machine.
	select {
	case err := <-c.served:
		c.served <- err
		if err != nil {
			t.Errorf("Serve after shutdown and exit: %v", err)
		}
	case <-time.After(3 * time.Second):
		t.Fatalf("Serve still running 3s after exit (shutdown answered after %v)", replied)
	}
	if elapsed := time.Since(start); elapsed > 2*time.Second {
		t.Errorf("shutdown and exit took %v, want about %v at most", elapsed, exitWait)
	}
}

// TestNewVersionStopsAnalysis checks that a change stops the analysis of
// the version before it at the next package: of the two packages of the
// directory (demo and its test variant), the stale analysis runs the
// analyzer on one, and the analysis of the new version on both.
func TestNewVersionStopsAnalysis(t *testing.T) {
	a, started, release, passes := blockingAnalyzer(t)
	const inTest = "package demo\n\nvar inTest = 1\n"
	dir, env := newModule(t, map[string]string{"main.go": onDisk, "in_test.go": inTest})
	var logs syncBuffer
	c := startSession(t, Options{Env: env, Log: log.New(&logs, "", 0)}, a)
	c.initialize(true)
	uri := pathToURI(filepath.Join(dir, "in_test.go"))
	c.open(uri, inTest)
	select {
	case <-started:
	case <-time.After(wait):
		t.Fatal("the analysis did not start")
	}
	c.change(uri, 2, inTest+"\nvar more = 2\n")
	c.codeActions(uri, Range{}) // answered after the change is handled
	release()
	if diags := c.diagnostics(uri, 2); len(diags) != 0 {
		t.Errorf("version 2: %+v", diags)
	}
	for _, p := range c.published {
		if p.URI == uri && *p.Version == 1 {
			t.Errorf("published the diagnostics of version 1, which changed during its analysis")
		}
	}
	if n := passes.Load(); n != 3 {
		t.Errorf("%d passes, want 1 of the stale analysis and 2 of version 2\n%s", n, logs.String())
	}
	if !strings.Contains(logs.String(), "in_test.go changed to version 2") {
		t.Errorf("log does not say why the analysis stopped:\n%s", logs.String())
	}
	c.shutdown()
}

// TestCancelRequest checks that $/cancelRequest cancels a request that
// has not been answered: while the server is stuck writing the answer
// to initialize to a client that does not read, a code action request
// and its cancellation arrive, and the request is answered -32800.
func TestCancelRequest(t *testing.T) {
	srvIn, clientOut := io.Pipe()
	clientIn, srvOut := io.Pipe()
	served := make(chan error, 1)
	go func() {
		served <- NewServer([]*analysis.Analyzer{analyzer.New()}, Options{}).Serve(context.Background(), srvIn, srvOut)
		srvOut.Close()
	}()
	t.Cleanup(func() { clientOut.Close(); clientIn.Close() })
	send := func(m map[string]any) error {
		body, err := json.Marshal(m)
		if err != nil {
			return err
		}
		return writeMessage(clientOut, body)
	}
	sent := make(chan error, 1)
	go func() {
		sent <- errors.Join(
			send(map[string]any{"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": map[string]any{"capabilities": map[string]any{}}}),
			send(map[string]any{"jsonrpc": "2.0", "id": 2, "method": "textDocument/codeAction", "params": map[string]any{
				"textDocument": map[string]any{"uri": "file:///x.go"}, "range": Range{}, "context": map[string]any{}}}),
			send(map[string]any{"jsonrpc": "2.0", "id": 3, "method": "textDocument/codeAction", "params": map[string]any{
				"textDocument": map[string]any{"uri": "file:///x.go"}, "range": Range{}, "context": map[string]any{}}}),
			send(map[string]any{"jsonrpc": "2.0", "method": "$/cancelRequest", "params": map[string]any{"id": 2}}),
			send(map[string]any{"jsonrpc": "2.0", "method": "$/cancelRequest", "params": map[string]any{"id": "3"}}), // not request 3
			// More than the reader buffers: once this is written, the
			// server has read, and acted on, the cancellations.
			send(map[string]any{"jsonrpc": "2.0", "method": "$/padding", "params": strings.Repeat("x", 64<<10)}),
		)
	}()
	select {
	case err := <-sent:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(10 * time.Second):
		t.Error("the server stopped reading while the answer to initialize waited to be written")
	}
	r := bufio.NewReader(clientIn)
	got := map[string]*message{}
	for range 3 {
		body, err := readMessage(r)
		if err != nil {
			t.Fatal(err)
		}
		m := new(message)
		if err := json.Unmarshal(body, m); err != nil {
			t.Fatal(err)
		}
		got[string(m.ID)] = m
	}
	if m := got["1"]; m == nil || m.Error != nil {
		t.Errorf("initialize: %+v", m)
	}
	if m := got["2"]; m == nil || m.Error == nil || m.Error.Code != codeRequestCancelled {
		t.Errorf("cancelled request: %+v, want error %d", m, codeRequestCancelled)
	}
	if m := got["3"]; m == nil || m.Error != nil || string(m.Result) != "[]" {
		t.Errorf("request whose id differs in type from a cancellation: %+v, want result []", m)
	}
	clientOut.Close()
	if err := <-served; err != ErrNoShutdown {
		t.Errorf("Serve after the client disconnected: %v", err)
	}
}

// typeEdits sends edits changes of uri, versions 2 onwards, interval
// apart, each writing the version plus 300 as a code, and returns how
// many diagnostics were published for uri meanwhile, checking that each
// has the code of its version.
func typeEdits(c *client, uri string, edits int, interval time.Duration) int {
	c.t.Helper()
	c.published = nil
	tick := time.NewTicker(interval)
	defer tick.Stop()
	for v := int32(2); v < 2+int32(edits); v++ {
		c.change(uri, v, typedEdit(v))
	drain:
		for {
			select {
			case <-tick.C:
				break drain
			case m := <-c.msgs:
				c.msgs <- m // for recv, which records what is published
				c.recv()
			}
		}
	}
	during := 0
	for _, p := range c.published {
		if p.URI != uri || p.Version == nil {
			continue
		}
		during++
		want := fmt.Sprintf("bare HTTP status code %d:", 300+*p.Version)
		if len(p.Diagnostics) != 1 || !strings.HasPrefix(p.Diagnostics[0].Message, want) {
			c.t.Errorf("version %d: %+v, want one diagnostic of %d", *p.Version, p.Diagnostics, 300+*p.Version)
		}
	}
	return during
}

// typedEdit is onDisk with version v typed in: a call writing v+300.
func typedEdit(v int32) string {
	return strings.Replace(onDisk, "{}", fmt.Sprintf("{ w.WriteHeader(%d) }", 300+v), 1)
}

// TestTypingPublishes checks that diagnostics follow a user who keeps
// typing. The edits come faster than the debounce, which therefore never
// runs out, but slower than an analysis (measured first, since a loaded
// machine is slower), so that the maximum wait of a second has some of
// them analysed and published while the typing goes on. Every
// diagnostic published is of the version it names.
func TestTypingPublishes(t *testing.T) {
	dir, env := newModule(t, map[string]string{"main.go": onDisk})
	var logs syncBuffer
	// Measure an analysis with a warm build cache, without debounce.
	c := startSession(t, Options{Env: env})
	c.initialize(true)
	uri := pathToURI(filepath.Join(dir, "main.go"))
	c.open(uri, onDisk)
	c.diagnostics(uri, 1)
	start := time.Now()
	c.change(uri, 2, typedEdit(2))
	c.diagnostics(uri, 2)
	interval := min(max(2*time.Since(start)+100*time.Millisecond, 450*time.Millisecond), 3*time.Second)
	c.shutdown()

	c = startSession(t, Options{Env: env, Debounce: 3 * interval, Log: log.New(&logs, "", 0)})
	c.initialize(true)
	c.open(uri, onDisk)
	c.diagnostics(uri, 1)
	const edits = 8
	during := typeEdits(c, uri, edits, interval)
	if during < 2 {
		t.Errorf("%d publications during %d edits %v apart, want at least 2\n%s", during, edits, interval, logs.String())
	}
	c.shutdown()
}

// TestLoadFailureShown checks that a file the loader cannot analyse,
// in a folder whose name is not a valid import path, gets no empty
// diagnostics that would read as "all clear", but one window/showMessage
// per cause, with go list's words, and a line in the log; more edits
// of the file do not show it again.
func TestLoadFailureShown(t *testing.T) {
	const bad = "package bad\n\nimport \"net/http\"\n\nfunc h(w http.ResponseWriter) { w.WriteHeader(404) }\n"
	dir, env := newModule(t, map[string]string{"main.go": onDisk, "sp ace/x.go": bad, "ünï/y.go": bad})
	var logs syncBuffer
	c := startSession(t, Options{Env: env, Log: log.New(&logs, "", 0)})
	c.initialize(true)
	spaceURI := pathToURI(filepath.Join(dir, "sp ace", "x.go"))
	accentURI := pathToURI(filepath.Join(dir, "ünï", "y.go"))
	mainURI := pathToURI(filepath.Join(dir, "main.go"))
	c.open(spaceURI, bad)
	c.change(spaceURI, 2, bad+"\n")
	c.open(accentURI, bad)
	c.change(spaceURI, 3, bad+"\n\n")
	// The directories are analysed in the order they fell due, so once
	// main.go's diagnostics are in, so are the others'.
	c.open(mainURI, onDisk)
	c.diagnostics(mainURI, 1)

	var shown []string
	for _, m := range append(c.received, c.drain()...) {
		switch m.Method {
		case "window/showMessage":
			var p showMessageParams
			if err := json.Unmarshal(m.Params, &p); err != nil {
				t.Fatal(err)
			}
			if p.Type != messageError {
				t.Errorf("message type %d, want %d (error)", p.Type, messageError)
			}
			shown = append(shown, p.Message)
		case "textDocument/publishDiagnostics":
			var p publishDiagnosticsParams
			if err := json.Unmarshal(m.Params, &p); err != nil {
				t.Fatal(err)
			}
			if p.URI == spaceURI || p.URI == accentURI {
				t.Errorf("published %+v for a file that was not analysed", p)
			}
		}
	}
	want := []string{
		`barestatus-lsp cannot analyse x.go: malformed import path "example.com/demo/sp ace": invalid char ' '`,
		`barestatus-lsp cannot analyse y.go: malformed import path "example.com/demo/ünï": invalid char 'ü'`,
	}
	slices.Sort(shown)
	if !slices.Equal(shown, want) {
		t.Errorf("messages shown:\n%q\nwant\n%q", shown, want)
	}
	for _, w := range want {
		if strings.Count(logs.String(), w) != 1 {
			t.Errorf("log does not have %q once:\n%s", w, logs.String())
		}
	}
	c.shutdown()
}

// drain returns the messages the server has sent that no call has read
// yet, waiting a moment for any in flight.
func (c *client) drain() []*message {
	var ms []*message
	for {
		select {
		case m, ok := <-c.msgs:
			if !ok {
				return ms
			}
			ms = append(ms, m)
		case <-time.After(200 * time.Millisecond):
			return ms
		}
	}
}

// TestFastTyping checks that edits coming faster than go list answers
// (every 150ms here, against 0.3s and more for go list on this machine)
// still publish while they come: the edits change no import, so each
// analysis after the first reuses go list's answer and only parses and
// type-checks, well within the pause. Without that, each analysis that
// the maximum wait starts is stopped by the next edit.
func TestFastTyping(t *testing.T) {
	dir, env := newModule(t, map[string]string{"main.go": onDisk})
	var logs syncBuffer
	c := startSession(t, Options{Env: env, Debounce: time.Minute, MaxWait: 500 * time.Millisecond, Log: log.New(&logs, "", 0)})
	c.initialize(true)
	uri := pathToURI(filepath.Join(dir, "main.go"))
	c.open(uri, onDisk)
	c.diagnostics(uri, 1)
	const edits = 20
	if typeEdits(c, uri, edits, 150*time.Millisecond) == 0 {
		t.Errorf("nothing published during %d edits 150ms apart\n%s", edits, logs.String())
	}
	if !strings.Contains(logs.String(), "go list's answer reused") {
		t.Errorf("no analysis reused go list's answer\n%s", logs.String())
	}
	c.shutdown()
}

// TestImportEditReloads checks that an edit adding an import is not
// analysed with go list's earlier answer, which lacks the new package:
// with that answer httptest does not type-check, rec.Code is no status
// expression, and only the 500 would be reported, not the 404.
func TestImportEditReloads(t *testing.T) {
	dir, env := newModule(t, map[string]string{"main.go": onDisk})
	c := startSession(t, Options{Env: env})
	c.initialize(true)
	uri := pathToURI(filepath.Join(dir, "main.go"))
	c.open(uri, onDisk)
	c.diagnostics(uri, 1)
	withImport := `package demo

import (
	"net/http"
	"net/http/httptest"
)

func handler(w http.ResponseWriter, r *http.Request) {
	rec := httptest.NewRecorder()
	if rec.Code == 404 {
		w.WriteHeader(500)
	}
}
`
	c.change(uri, 2, withImport)
	got := c.diagnostics(uri, 2)
	if len(got) != 2 {
		t.Fatalf("after adding an import: %+v, want the diagnostics of 404 and 500", got)
	}
}

// TestMemoryAfterClose checks that closing files frees what the server
// kept for their packages: after opening 50 files in 10 packages and
// closing them all, the heap in use (after a GC) stays within twice
// what it is after one open/close cycle of one file.
func TestMemoryAfterClose(t *testing.T) {
	const pkgs, perPkg = 10, 5
	files := make(map[string]string)
	for p := range pkgs {
		for f := range perPkg {
			files[fmt.Sprintf("p%d/f%d.go", p, f)] = fmt.Sprintf("package p%d\n\nimport \"net/http\"\n\nfunc h%d(w http.ResponseWriter) { w.WriteHeader(404) }\n", p, f)
		}
	}
	dir, env := newModule(t, files)
	c := startSession(t, Options{Env: env})
	c.initialize(true)
	uri := func(name string) string { return pathToURI(filepath.Join(dir, filepath.FromSlash(name))) }
	closeAll := func(names ...string) {
		for _, name := range names {
			c.notify("textDocument/didClose", map[string]any{"textDocument": map[string]any{"uri": uri(name)}})
		}
		for _, name := range names {
			c.diagnostics(uri(name), -1) // cleared
		}
		// Let the worker see the folders closed, then settle.
		time.Sleep(500 * time.Millisecond)
		c.drain()
	}
	heapInuse := func() uint64 {
		var m runtime.MemStats
		runtime.GC()
		runtime.GC()
		runtime.ReadMemStats(&m)
		return m.HeapInuse
	}

	c.open(uri("p0/f0.go"), files["p0/f0.go"])
	c.diagnostics(uri("p0/f0.go"), 1)
	closeAll("p0/f0.go")
	baseline := heapInuse()

	names := slices.Sorted(maps.Keys(files))
	for _, name := range names {
		c.open(uri(name), files[name])
	}
	for _, name := range names {
		c.diagnostics(uri(name), 1)
	}
	open := heapInuse()
	closeAll(names...)
	after := heapInuse()
	t.Logf("HeapInuse: %d KiB after one open/close, %d KiB with %d files open, %d KiB after closing them", baseline>>10, open>>10, len(names), after>>10)
	if after > 2*baseline {
		t.Errorf("HeapInuse after closing every file is %d KiB, more than twice the %d KiB after one open/close", after>>10, baseline>>10)
	}
	c.shutdown()
}
