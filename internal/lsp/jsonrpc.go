package lsp

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
)

// This file holds the JSON-RPC 2.0 layer of LSP: messages framed by a
// Content-Length header, as the base protocol of the LSP specification
// defines them.

// maxMessageSize bounds the body of one incoming message, so that a
// corrupt header cannot make the server allocate without limit.
const maxMessageSize = 256 << 20

// A message is any JSON-RPC message: a request (ID and Method), a
// notification (Method only) or a response (ID and Result or Error).
type message struct {
	JSONRPC string          `json:"jsonrpc"`
	ID      json.RawMessage `json:"id,omitempty"`
	Method  string          `json:"method,omitempty"`
	Params  json.RawMessage `json:"params,omitempty"`
	Result  json.RawMessage `json:"result,omitempty"`
	Error   *responseError  `json:"error,omitempty"`
}

// isRequest reports whether m is a request, which needs a response,
// rather than a notification or a response.
func (m *message) isRequest() bool {
	return m.Method != "" && len(m.ID) > 0 && string(m.ID) != "null"
}

// A responseError is the error member of a failed response.
type responseError struct {
	Code    int    `json:"code"`
	Message string `json:"message"`
}

// JSON-RPC and LSP error codes.
const (
	codeParseError           = -32700
	codeInvalidRequest       = -32600
	codeMethodNotFound       = -32601
	codeInvalidParams        = -32602
	codeInternalError        = -32603
	codeServerNotInitialized = -32002
	codeRequestCancelled     = -32800
)

func (e *responseError) Error() string { return fmt.Sprintf("%s (code %d)", e.Message, e.Code) }

// readMessage reads one framed message: header lines ended by an empty
// line, then a body of exactly Content-Length bytes. It returns io.EOF
// only when r ends cleanly between messages, and a *framingError for a
// header it cannot use.
func readMessage(r *bufio.Reader) ([]byte, error) {
	length := -1
	for first := true; ; first = false {
		line, err := r.ReadString('\n')
		if err != nil {
			if err == io.EOF && first && line == "" {
				return nil, io.EOF // the peer closed the stream between messages
			}
			return nil, fmt.Errorf("reading header: %w", noEOF(err))
		}
		line = strings.TrimRight(line, "\r\n")
		if line == "" {
			break // end of the header
		}
		name, value, ok := strings.Cut(line, ":")
		if !ok {
			return nil, &framingError{fmt.Sprintf("malformed header line %q", line)}
		}
		if strings.EqualFold(strings.TrimSpace(name), "Content-Length") {
			n, err := strconv.Atoi(strings.TrimSpace(value))
			if err != nil || n < 0 || n > maxMessageSize {
				return nil, &framingError{fmt.Sprintf("bad Content-Length %q", value)}
			}
			length = n
		}
		// Content-Type is optional and always utf-8 JSON in practice.
	}
	if length < 0 {
		return nil, &framingError{"message has no Content-Length header"}
	}
	body := make([]byte, length)
	if _, err := io.ReadFull(r, body); err != nil {
		return nil, fmt.Errorf("reading %d-byte body: %w", length, noEOF(err))
	}
	return body, nil
}

// A framingError is a header that does not frame a message. The stream
// goes on, so the server resynchronises rather than exit: see
// skipToHeader and overrun.
type framingError struct {
	msg string
}

func (e *framingError) Error() string { return e.msg }

// contentLength is how a header that starts a message begins; clients
// spell it so, but the name is matched without regard to case.
const contentLength = "Content-Length:"

// skipToHeader discards input up to the next Content-Length header,
// which is where the next message begins, and returns the number of
// bytes discarded. Its error is io.EOF if the stream ends first.
func skipToHeader(r *bufio.Reader) (int, error) {
	for skipped := 0; ; skipped++ {
		head, err := r.Peek(len(contentLength))
		if strings.EqualFold(string(head), contentLength) {
			return skipped, nil
		}
		if err != nil {
			n, _ := r.Discard(len(head))
			return skipped + n, err
		}
		r.Discard(1) // garbage is rare: byte by byte is fast enough
	}
}

// overrun returns the offset in body of a Content-Length header, or
// -1. A body that does not parse and holds one is most likely a frame
// whose Content-Length was larger than its body: it swallowed the start
// of the next message, which begins at the header.
func overrun(body []byte) int {
	return bytes.Index(bytes.ToLower(body), []byte(strings.ToLower(contentLength)))
}

// decodeMessage decodes the body of one message. It returns a nil
// message for a response, which needs nothing since the server sends no
// requests, and an error response for a body that is not a message:
// -32700 for one that is not JSON, -32600 for a batch, which LSP does
// not use (an empty one included, as JSON-RPC asks), or for an object
// that is neither a request, a notification nor a response.
func decodeMessage(body []byte) (*message, *responseError) {
	if trimmed := bytes.TrimLeft(body, " \t\r\n"); len(trimmed) > 0 && trimmed[0] == '[' {
		if json.Valid(trimmed) {
			return nil, &responseError{Code: codeInvalidRequest, Message: "batch requests are not supported"}
		}
	}
	msg := new(message)
	if err := json.Unmarshal(body, msg); err != nil {
		return nil, &responseError{Code: codeParseError, Message: err.Error()}
	}
	if msg.Method == "" {
		if len(msg.ID) > 0 && (msg.Result != nil || msg.Error != nil) {
			return nil, nil // a response
		}
		return msg, &responseError{Code: codeInvalidRequest, Message: "a request needs a method"}
	}
	return msg, nil
}

// noEOF turns io.EOF into io.ErrUnexpectedEOF: the stream ended inside a
// message.
func noEOF(err error) error {
	if err == io.EOF {
		return io.ErrUnexpectedEOF
	}
	return err
}

// writeMessage writes body framed by its Content-Length header.
func writeMessage(w io.Writer, body []byte) error {
	var buf bytes.Buffer
	fmt.Fprintf(&buf, "Content-Length: %d\r\n\r\n", len(body))
	buf.Write(body)
	_, err := w.Write(buf.Bytes())
	return err
}

// A conn sends messages to the client; it is safe for concurrent use, so
// that the analysis worker can publish while requests are answered.
type conn struct {
	mu     sync.Mutex
	w      io.Writer
	quiet  bool        // no more notifications: the server has shut down
	closed atomic.Bool // nothing more at all: Serve has returned
}

// close makes the conn drop every message from now on. It does not wait
// for a write in progress, which may be blocked on a client that has
// stopped reading.
func (c *conn) close() { c.closed.Store(true) }

// notify sends a notification, unless quiet has been called.
func (c *conn) notify(method string, params any) error {
	raw, err := json.Marshal(params)
	if err != nil {
		return err
	}
	return c.send(&message{JSONRPC: "2.0", Method: method, Params: raw}, true)
}

// replyQuiet sends a null result to the request with the given ID and
// drops every notification after it, as the answer to shutdown needs:
// a notification the worker sends at the same time goes before it or
// not at all.
func (c *conn) replyQuiet(id json.RawMessage) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.quiet = true
	if c.closed.Load() {
		return nil
	}
	body, err := json.Marshal(&message{JSONRPC: "2.0", ID: id, Result: json.RawMessage("null")})
	if err != nil {
		return err
	}
	return writeMessage(c.w, body)
}

// reply sends the response to the request with the given ID: result on
// success (JSON null when result is nil), or the error.
func (c *conn) reply(id json.RawMessage, result any, rerr *responseError) error {
	msg := &message{JSONRPC: "2.0", ID: id, Error: rerr}
	if rerr == nil {
		raw, err := json.Marshal(result)
		if err != nil {
			return err
		}
		msg.Result = raw // "null" for a nil result, which a response needs
	}
	if len(msg.ID) == 0 {
		msg.ID = json.RawMessage("null") // a response to an unreadable request
	}
	return c.send(msg, false)
}

// send writes msg; a notification is dropped once the conn is quiet.
func (c *conn) send(msg *message, notification bool) error {
	body, err := json.Marshal(msg)
	if err != nil {
		return err
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if notification && c.quiet || c.closed.Load() {
		return nil
	}
	return writeMessage(c.w, body)
}
