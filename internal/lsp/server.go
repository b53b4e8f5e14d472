// Package lsp is a small Language Server Protocol server that runs
// go/analysis analyzers on the packages of the Go files open in an
// editor and offers their suggested fixes as quick fixes.
//
// It exists because gopls cannot load third-party analyzers
// (golang/go#59869): an editor runs this server beside gopls. The server
// reads unsaved buffers through go/packages' overlay, analyses a
// package when one of its files is opened or saved, and a short
// debounce after it changes, and publishes the diagnostics of every
// open file. Each suggested fix becomes a quick-fix code action whose
// WorkspaceEdit the editor applies; the server never writes a file.
//
// Only the parts of LSP 3.17 this needs are implemented: the lifecycle,
// full text synchronisation, publishDiagnostics and codeAction, with
// positions in UTF-16 code units.
package lsp

import (
	"bufio"
	"bytes"
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"time"

	"golang.org/x/tools/go/analysis"
)

// ErrNoShutdown is returned by Serve when the client sent exit, or closed
// the connection, without asking the server to shut down first; the
// specification asks a server to exit with code 1 then.
var ErrNoShutdown = errors.New("exit without shutdown")

// Options configures a Server.
type Options struct {
	// Debounce is how long the server waits after a change before it
	// analyses, so that a burst of keystrokes costs one analysis. Opening
	// and saving a file analyse at once.
	Debounce time.Duration
	// MaxWait bounds how long changes that keep coming can postpone an
	// analysis: a package is analysed at the latest MaxWait after the
	// first change its diagnostics do not reflect yet, so that they
	// follow the typing. Zero means DefaultMaxWait.
	MaxWait time.Duration
	// Severity is the severity of every diagnostic, one of the Severity
	// constants; zero means SeverityWarning.
	Severity int
	// Env is the environment of the go command that loads packages; nil
	// means the server's own.
	Env []string
	// Log receives a line for each failure the client is not told about;
	// nil discards them.
	Log *log.Logger
}

// A Server serves one client over one connection.
type Server struct {
	analyzers []*analysis.Analyzer
	opts      Options
	conn      *conn
	wake      chan struct{} // a send tells the worker that due changed

	qmu    sync.Mutex
	queue  []func(context.Context) // messages read and not yet handled
	queued chan struct{}           // a send tells dispatch that queue grew

	mu              sync.Mutex
	state           state
	stopWork        context.CancelFunc            // stops the worker, at shutdown
	requests        map[string]context.CancelFunc // requests not yet answered, by requestKey
	running         *runningAnalysis              // the worker's current analysis, or nil
	documentChanges bool                          // the client takes versioned edits
	docs            map[string]*document          // open documents by file path
	due             map[string]time.Time          // directories to analyse, and when
	since           map[string]time.Time          // directories with unpublished changes, since when
	shown           map[string]map[string]bool    // problems shown to the user, by directory
	loads           *loadCache                    // go list's answers, by directory
}

// state is the lifecycle state of a server.
type state int

const (
	stateNew      state = iota // before initialize
	stateRunning               // initialized
	stateShutdown              // after shutdown, waiting for exit
)

// A document is a file open in the editor.
type document struct {
	uri      string // as the client spells it
	version  int32
	text     []byte
	analyzed bool      // whether findings belong to this version
	findings []finding // of the last analysis of this version
}

// NewServer returns a server that runs the analyzers. The analyzers must
// not need facts or other analyzers' results from other packages; they
// run with RunDespiteErrors honoured, on packages with type errors too.
func NewServer(analyzers []*analysis.Analyzer, opts Options) *Server {
	if opts.Severity == 0 {
		opts.Severity = SeverityWarning
	}
	if opts.MaxWait == 0 {
		opts.MaxWait = DefaultMaxWait
	}
	return &Server{
		analyzers: analyzers,
		opts:      opts,
		wake:      make(chan struct{}, 1),
		queued:    make(chan struct{}, 1),
		requests:  make(map[string]context.CancelFunc),
		docs:      make(map[string]*document),
		due:       make(map[string]time.Time),
		since:     make(map[string]time.Time),
		shown:     make(map[string]map[string]bool),
		loads:     newLoadCache(),
	}
}

// exitWait bounds how long Serve waits, once the client has sent exit
// or gone, for the message being handled and the running analysis to
// stop at their next boundary. An analyzer may be in the middle of a
// long pass; Serve returns anyway, and the connection sends nothing
// more.
const exitWait = 500 * time.Millisecond

// Serve reads requests from in and writes responses and notifications to
// out until the client sends exit or closes in. It returns nil after an
// orderly shutdown and exit, ErrNoShutdown when the client exits or
// disconnects without shutdown, and the error when the stream breaks.
//
// Messages are read as they come and handled in order by another
// goroutine, so that exit and $/cancelRequest take effect at once: a
// request still waiting when its cancellation arrives is answered
// -32800 RequestCancelled.
func (s *Server) Serve(ctx context.Context, in io.Reader, out io.Writer) error {
	s.conn = &conn{w: out}
	ctx, cancel := context.WithCancel(ctx)
	workCtx, stopWork := context.WithCancel(ctx)
	s.mu.Lock()
	s.stopWork = stopWork
	s.mu.Unlock()
	var running sync.WaitGroup
	running.Go(func() { s.work(workCtx) })
	running.Go(func() { s.dispatch(ctx) })
	defer func() {
		s.conn.close() // nothing may follow the return
		cancel()
		done := make(chan struct{})
		go func() { running.Wait(); close(done) }()
		select {
		case <-done:
		case <-time.After(exitWait):
			s.logf("exiting while an analysis is still running")
		}
	}()

	r := bufio.NewReader(in)
	for {
		msg, rerr, err := s.read(&r)
		if err == io.EOF || err == nil && s.take(ctx, msg, rerr) {
			if s.currentState() == stateShutdown {
				return nil
			}
			return ErrNoShutdown
		} else if err != nil {
			return err
		}
	}
}

// read reads the next message from *r. A framing error does not end the
// session: the next message starts at the next Content-Length header, so
// read skips to it, and where a body too long for its message ran into
// the next one, *r becomes a reader that starts at the header found in
// the body. It returns the error to answer with for a message that does
// not decode, and io.EOF when the stream ends.
func (s *Server) read(r **bufio.Reader) (*message, *responseError, error) {
	body, err := readMessage(*r)
	for ferr := (*framingError)(nil); errors.As(err, &ferr); {
		n, serr := skipToHeader(*r)
		s.logf("framing error: %v; skipped %d bytes to the next Content-Length header", ferr, n)
		if serr != nil {
			return nil, nil, serr // io.EOF if the stream ended while skipping
		}
		body, err = readMessage(*r)
	}
	if err != nil {
		return nil, nil, err
	}
	msg, rerr := decodeMessage(body)
	if rerr != nil && rerr.Code == codeParseError {
		if i := overrun(body); i >= 0 {
			s.logf("framing error: a %d-byte body holds a Content-Length header at byte %d; resynchronised there", len(body), i)
			*r = bufio.NewReader(io.MultiReader(bytes.NewReader(body[i:]), *r))
			rerr.Message = "the message's Content-Length overran its body: " + rerr.Message
		}
	}
	return msg, rerr, nil
}

// take acts on a message as it is read: exit and $/cancelRequest at
// once, anything else in the dispatch queue. It reports whether the
// message is exit.
func (s *Server) take(ctx context.Context, msg *message, rerr *responseError) bool {
	switch {
	case rerr != nil:
		var id json.RawMessage
		if msg != nil {
			id = msg.ID
		}
		s.enqueue(func(context.Context) { s.reply(id, nil, rerr) })
	case msg == nil:
		// A response: the server sends no requests.
	case msg.Method == "exit":
		return true
	case msg.Method == "$/cancelRequest":
		s.cancelRequest(msg.Params)
	case msg.isRequest():
		s.enqueueRequest(ctx, msg)
	default:
		s.enqueue(func(context.Context) { s.handle(msg) })
	}
	return false
}

// enqueueRequest queues a request's handling, registered under its ID
// so that $/cancelRequest can cancel it while it waits: it is then
// answered -32800 RequestCancelled instead.
func (s *Server) enqueueRequest(ctx context.Context, msg *message) {
	rctx, rcancel := context.WithCancel(ctx)
	key := requestKey(msg.ID)
	s.mu.Lock()
	s.requests[key] = rcancel
	s.mu.Unlock()
	s.enqueue(func(context.Context) {
		defer func() {
			s.mu.Lock()
			delete(s.requests, key)
			s.mu.Unlock()
			rcancel()
		}()
		if rctx.Err() != nil {
			s.reply(msg.ID, nil, &responseError{Code: codeRequestCancelled, Message: "request cancelled"})
			return
		}
		s.handle(msg)
	})
}

// enqueue adds a message's handling to the queue that dispatch works
// through.
func (s *Server) enqueue(f func(context.Context)) {
	s.qmu.Lock()
	s.queue = append(s.queue, f)
	s.qmu.Unlock()
	select {
	case s.queued <- struct{}{}:
	default: // dispatch is already due to look
	}
}

// dispatch handles the queued messages in the order they came, until
// ctx is done.
func (s *Server) dispatch(ctx context.Context) {
	for {
		s.qmu.Lock()
		q := s.queue
		s.queue = nil
		s.qmu.Unlock()
		for _, f := range q {
			if ctx.Err() != nil {
				return
			}
			f(ctx)
		}
		select {
		case <-ctx.Done():
			return
		case <-s.queued:
		}
	}
}

// requestKey returns the key of a request ID in Server.requests: its
// compact JSON, so that 7 and "7" stay apart, as JSON-RPC has them.
func requestKey(id json.RawMessage) string {
	var buf bytes.Buffer
	if err := json.Compact(&buf, id); err != nil {
		return string(id)
	}
	return buf.String()
}

// cancelRequest cancels the request that a $/cancelRequest names, if it
// has not been answered yet; otherwise there is nothing to do, as the
// specification has it.
func (s *Server) cancelRequest(params json.RawMessage) {
	var p cancelParams
	if err := json.Unmarshal(params, &p); err != nil || len(p.ID) == 0 {
		s.logf("$/cancelRequest: params %s name no request", params)
		return
	}
	s.mu.Lock()
	cancel := s.requests[requestKey(p.ID)]
	s.mu.Unlock()
	if cancel != nil {
		cancel()
	}
}

func (s *Server) currentState() state {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.state
}

// handle answers a request or acts on a notification.
func (s *Server) handle(msg *message) {
	if s.refused(msg) {
		return
	}
	var (
		result any
		err    error
	)
	switch msg.Method {
	case "initialized":
	case "shutdown":
		s.shutdown(msg)
		return
	default:
		h, ok := handlers[msg.Method]
		if !ok {
			if msg.isRequest() {
				s.reply(msg.ID, nil, &responseError{Code: codeMethodNotFound, Message: "method not supported: " + msg.Method})
			}
			return // other notifications, such as $/cancelRequest, need nothing
		}
		result, err = h(s, msg.Params)
	}

	if !msg.isRequest() {
		if err != nil {
			s.logf("%s: %v", msg.Method, err)
		}
		return
	}
	var rerr *responseError
	if err != nil {
		rerr = &responseError{Code: codeInvalidParams, Message: err.Error()}
		if e, ok := err.(*responseError); ok {
			rerr = e
		}
	}
	s.reply(msg.ID, result, rerr)
}

// refused answers, and reports, a message that the server's lifecycle
// state does not allow: anything before initialize, initialize twice,
// anything after shutdown.
func (s *Server) refused(msg *message) bool {
	st := s.currentState()
	switch {
	case st == stateNew && msg.Method != "initialize":
		if msg.isRequest() {
			s.reply(msg.ID, nil, &responseError{Code: codeServerNotInitialized, Message: "initialize first"})
		}
		return true // the specification has notifications before initialize dropped
	case st != stateNew && msg.Method == "initialize":
		s.reply(msg.ID, nil, &responseError{Code: codeInvalidRequest, Message: "initialize sent twice"})
		return true
	case st == stateShutdown:
		if msg.isRequest() {
			s.reply(msg.ID, nil, &responseError{Code: codeInvalidRequest, Message: "server is shut down"})
		}
		return true
	}
	return false
}

// shutdown stops the analyses, which could publish nothing after it,
// and answers the request.
func (s *Server) shutdown(msg *message) {
	s.mu.Lock()
	s.state = stateShutdown
	s.stopWork()
	s.mu.Unlock()
	if msg.isRequest() {
		if err := s.conn.replyQuiet(msg.ID); err != nil {
			s.logf("writing response: %v", err)
		}
	}
}

func (s *Server) reply(id json.RawMessage, result any, rerr *responseError) {
	if err := s.conn.reply(id, result, rerr); err != nil {
		s.logf("writing response: %v", err)
	}
}

func (s *Server) logf(format string, args ...any) {
	if s.opts.Log != nil {
		s.opts.Log.Printf(format, args...)
	}
}

func (s *Server) initialize(params json.RawMessage) (any, error) {
	var p initializeParams
	if err := json.Unmarshal(params, &p); err != nil {
		return nil, err
	}
	s.mu.Lock()
	s.state = stateRunning
	s.documentChanges = p.Capabilities.Workspace.WorkspaceEdit.DocumentChanges
	s.mu.Unlock()
	return initializeResult{
		Capabilities: serverCapabilities{
			PositionEncoding: "utf-16",
			TextDocumentSync: textDocumentSync{OpenClose: true, Change: syncFull, Save: saveOptions{}},
			CodeActionProvider: codeActionProvider{
				CodeActionKinds: []string{kindQuickFix},
			},
		},
		ServerInfo: serverInfo{Name: "barestatus-lsp"},
	}, nil
}

// A handler carries out one method: it decodes the params, acts, and
// returns the result of a request (nil for a notification).
type handler func(s *Server, params json.RawMessage) (any, error)

// handlers holds the methods with params, by name.
var handlers = map[string]handler{
	"initialize":              (*Server).initialize,
	"textDocument/didOpen":    onDocument((*Server).didOpen),
	"textDocument/didChange":  onDocument((*Server).didChange),
	"textDocument/didSave":    onDocument((*Server).didSave),
	"textDocument/didClose":   onDocument((*Server).didClose),
	"textDocument/codeAction": onDocument((*Server).codeAction),
}

// documentParams are the params of a method about one document.
type documentParams interface {
	documentURI() string
}

func (p *didOpenParams) documentURI() string    { return p.TextDocument.URI }
func (p *didChangeParams) documentURI() string  { return p.TextDocument.URI }
func (p *didSaveParams) documentURI() string    { return p.TextDocument.URI }
func (p *didCloseParams) documentURI() string   { return p.TextDocument.URI }
func (p *codeActionParams) documentURI() string { return p.TextDocument.URI }

// onDocument returns the handler that decodes the params of a method
// about one document, finds the document's file path, and passes both
// to h.
func onDocument[P any, PP interface {
	*P
	documentParams
}](h func(s *Server, p PP, path string) (any, error)) handler {
	return func(s *Server, params json.RawMessage) (any, error) {
		p := PP(new(P))
		if err := json.Unmarshal(params, p); err != nil {
			return nil, err
		}
		path, err := uriToPath(p.documentURI())
		if err != nil {
			return nil, err
		}
		return h(s, p, path)
	}
}

func (s *Server) didOpen(p *didOpenParams, path string) (any, error) {
	s.mu.Lock()
	s.docs[path] = &document{uri: p.TextDocument.URI, version: p.TextDocument.Version, text: []byte(p.TextDocument.Text)}
	s.mu.Unlock()
	s.schedule(filepath.Dir(path), 0)
	return nil, nil
}

func (s *Server) didChange(p *didChangeParams, path string) (any, error) {
	if len(p.ContentChanges) == 0 {
		return nil, nil
	}
	last := p.ContentChanges[len(p.ContentChanges)-1]
	if last.Range != nil {
		return nil, errors.New("incremental change, but the server asked for full text")
	}
	s.mu.Lock()
	doc, ok := s.docs[path]
	if ok {
		doc.version = p.TextDocument.Version
		doc.text = []byte(last.Text)
		doc.analyzed, doc.findings = false, nil
		s.cancelAnalysis(filepath.Dir(path), fmt.Errorf("%s changed to version %d", filepath.Base(path), p.TextDocument.Version))
	}
	s.mu.Unlock()
	if !ok {
		return nil, fmt.Errorf("change to %s, which is not open", p.TextDocument.URI)
	}
	s.schedule(filepath.Dir(path), s.opts.Debounce)
	return nil, nil
}

func (s *Server) didSave(_ *didSaveParams, path string) (any, error) {
	s.loads.drop("") // a saved file is new to go list, for every directory
	s.schedule(filepath.Dir(path), 0)
	return nil, nil
}

func (s *Server) didClose(p *didCloseParams, path string) (any, error) {
	s.mu.Lock()
	delete(s.docs, path)
	s.cancelAnalysis(filepath.Dir(path), fmt.Errorf("%s was closed", filepath.Base(path)))
	s.mu.Unlock()
	// The diagnostics of a closed file would go stale, so clear them.
	// Other open files of its package now see it as it is on disk.
	s.publish(publishDiagnosticsParams{URI: p.TextDocument.URI, Diagnostics: []diagnostic{}})
	s.schedule(filepath.Dir(path), 0)
	return nil, nil
}

func (s *Server) publish(p publishDiagnosticsParams) {
	if err := s.conn.notify("textDocument/publishDiagnostics", p); err != nil {
		s.logf("publishing diagnostics: %v", err)
	}
}

// codeAction returns a quick fix for each suggested fix of the findings
// that overlap the requested range, if the document has not changed
// since they were found.
func (s *Server) codeAction(p *codeActionParams, path string) (any, error) {
	actions := []codeAction{}
	if !wantsKind(p.Context.Only, kindQuickFix) {
		return actions, nil
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	doc, ok := s.docs[path]
	if !ok || !doc.analyzed {
		return actions, nil // no findings for this version yet
	}
	for _, f := range doc.findings {
		if !f.diag.Range.overlaps(p.Range) {
			continue
		}
		for _, fx := range f.fixes {
			actions = append(actions, codeAction{
				Title:       fx.title,
				Kind:        kindQuickFix,
				Diagnostics: []diagnostic{f.diag},
				IsPreferred: len(f.fixes) == 1,
				Edit:        s.workspaceEdit(fx),
			})
		}
	}
	return actions, nil
}

// wantsKind reports whether a code action of kind passes the client's
// filter: an empty one, or one naming kind or a parent kind of it.
func wantsKind(only []string, kind string) bool {
	if len(only) == 0 {
		return true
	}
	for _, o := range only {
		if o == kind || strings.HasPrefix(kind, o+".") {
			return true
		}
	}
	return false
}

// workspaceEdit returns the edits of a fix. It must be called with s.mu
// held. Edits to an open document are bound to its version when the
// client accepts versioned edits.
func (s *Server) workspaceEdit(fx fix) workspaceEdit {
	var we workspaceEdit
	paths := make([]string, 0, len(fx.edits))
	for path := range fx.edits {
		paths = append(paths, path)
	}
	slices.Sort(paths)
	for _, path := range paths {
		edits := slices.Clone(fx.edits[path])
		slices.SortStableFunc(edits, func(a, b textEdit) int {
			return cmp.Or(cmp.Compare(a.Range.Start.Line, b.Range.Start.Line),
				cmp.Compare(a.Range.Start.Character, b.Range.Start.Character))
		})
		uri, version := pathToURI(path), (*int32)(nil)
		if doc, ok := s.docs[path]; ok {
			v := doc.version
			uri, version = doc.uri, &v
		}
		if s.documentChanges {
			we.DocumentChanges = append(we.DocumentChanges, textDocumentEdit{
				TextDocument: optionalVersionedIdentifier{URI: uri, Version: version},
				Edits:        edits,
			})
			continue
		}
		if we.Changes == nil {
			we.Changes = make(map[string][]textEdit)
		}
		we.Changes[uri] = edits
	}
	return we
}

// DefaultDebounce is a debounce that keeps typing from starting an
// analysis per keystroke while diagnostics still follow within a blink.
const DefaultDebounce = 300 * time.Millisecond

// DefaultMaxWait is the longest that typing postpones an analysis: the
// diagnostics are at most about a second behind, as with gopls.
const DefaultMaxWait = time.Second

// ParseSeverity returns the Severity constant named by s: error,
// warning, information (or info) or hint.
func ParseSeverity(s string) (int, error) {
	switch strings.ToLower(s) {
	case "error":
		return SeverityError, nil
	case "warning":
		return SeverityWarning, nil
	case "information", "info":
		return SeverityInformation, nil
	case "hint":
		return SeverityHint, nil
	}
	return 0, fmt.Errorf("unknown severity %q: want error, warning, information or hint", s)
}
