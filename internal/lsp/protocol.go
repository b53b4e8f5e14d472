package lsp

import "encoding/json"

// This file declares the few LSP 3.17 structures the server reads and
// writes, with the specification's field names. Fields the server never
// uses are left out; encoding/json ignores them on input.

// A Position is a zero-based line and a zero-based character offset in
// UTF-16 code units, the encoding every LSP client supports.
type Position struct {
	Line      int `json:"line"`
	Character int `json:"character"`
}

// before reports whether p comes strictly before q.
func (p Position) before(q Position) bool {
	return p.Line < q.Line || p.Line == q.Line && p.Character < q.Character
}

// A Range is the half-open span [Start, End) of a document.
type Range struct {
	Start Position `json:"start"`
	End   Position `json:"end"`
}

// overlaps reports whether r and q share a position, counting a range
// that touches the other's end: a cursor just after a literal still
// asks for its fix.
func (r Range) overlaps(q Range) bool {
	return !r.End.before(q.Start) && !q.End.before(r.Start)
}

// Diagnostic severities.
const (
	SeverityError       = 1
	SeverityWarning     = 2
	SeverityInformation = 3
	SeverityHint        = 4
)

type initializeParams struct {
	Capabilities struct {
		Workspace struct {
			WorkspaceEdit struct {
				DocumentChanges bool `json:"documentChanges"`
			} `json:"workspaceEdit"`
		} `json:"workspace"`
	} `json:"capabilities"`
}

type initializeResult struct {
	Capabilities serverCapabilities `json:"capabilities"`
	ServerInfo   serverInfo         `json:"serverInfo"`
}

type serverInfo struct {
	Name string `json:"name"`
}

type serverCapabilities struct {
	PositionEncoding   string             `json:"positionEncoding"`
	TextDocumentSync   textDocumentSync   `json:"textDocumentSync"`
	CodeActionProvider codeActionProvider `json:"codeActionProvider"`
}

type textDocumentSync struct {
	OpenClose bool        `json:"openClose"`
	Change    int         `json:"change"`
	Save      saveOptions `json:"save"`
}

// syncFull is TextDocumentSyncKind.Full: each change carries the whole
// text, so the server never applies range edits.
const syncFull = 1

type saveOptions struct {
	IncludeText bool `json:"includeText"`
}

type codeActionProvider struct {
	CodeActionKinds []string `json:"codeActionKinds"`
}

// kindQuickFix is the code action kind of a suggested fix.
const kindQuickFix = "quickfix"

type textDocumentIdentifier struct {
	URI string `json:"uri"`
}

type versionedTextDocumentIdentifier struct {
	URI     string `json:"uri"`
	Version int32  `json:"version"`
}

type didOpenParams struct {
	TextDocument struct {
		URI        string `json:"uri"`
		LanguageID string `json:"languageId"`
		Version    int32  `json:"version"`
		Text       string `json:"text"`
	} `json:"textDocument"`
}

type didChangeParams struct {
	TextDocument   versionedTextDocumentIdentifier `json:"textDocument"`
	ContentChanges []struct {
		Range *Range `json:"range"` // set only by incremental sync, which the server does not offer
		Text  string `json:"text"`
	} `json:"contentChanges"`
}

type didSaveParams struct {
	TextDocument textDocumentIdentifier `json:"textDocument"`
}

type didCloseParams struct {
	TextDocument textDocumentIdentifier `json:"textDocument"`
}

type publishDiagnosticsParams struct {
	URI         string       `json:"uri"`
	Version     *int32       `json:"version,omitempty"`
	Diagnostics []diagnostic `json:"diagnostics"`
}

type diagnostic struct {
	Range           Range            `json:"range"`
	Severity        int              `json:"severity"`
	Code            string           `json:"code,omitempty"`
	CodeDescription *codeDescription `json:"codeDescription,omitempty"`
	Source          string           `json:"source"`
	Message         string           `json:"message"`
}

type codeDescription struct {
	Href string `json:"href"`
}

type codeActionParams struct {
	TextDocument textDocumentIdentifier `json:"textDocument"`
	Range        Range                  `json:"range"`
	Context      struct {
		Only []string `json:"only"`
	} `json:"context"`
}

type codeAction struct {
	Title       string        `json:"title"`
	Kind        string        `json:"kind"`
	Diagnostics []diagnostic  `json:"diagnostics"`
	IsPreferred bool          `json:"isPreferred,omitempty"`
	Edit        workspaceEdit `json:"edit"`
}

// A workspaceEdit carries its edits either as Changes, keyed by URI, or,
// when the client supports it, as DocumentChanges bound to the version
// the edits were computed against, so that a client rejects them for a
// buffer that has changed since.
type workspaceEdit struct {
	Changes         map[string][]textEdit `json:"changes,omitempty"`
	DocumentChanges []textDocumentEdit    `json:"documentChanges,omitempty"`
}

type textDocumentEdit struct {
	TextDocument optionalVersionedIdentifier `json:"textDocument"`
	Edits        []textEdit                  `json:"edits"`
}

// An optionalVersionedIdentifier names a document and, when Version is
// not JSON null, the version an edit applies to.
type optionalVersionedIdentifier struct {
	URI     string `json:"uri"`
	Version *int32 `json:"version"`
}

type textEdit struct {
	Range   Range  `json:"range"`
	NewText string `json:"newText"`
}

// cancelParams are the params of $/cancelRequest: the ID, a number or a
// string, of the request to cancel.
type cancelParams struct {
	ID json.RawMessage `json:"id"`
}

type showMessageParams struct {
	Type    int    `json:"type"`
	Message string `json:"message"`
}

// messageError is the MessageType of an error shown to the user.
const messageError = 1
