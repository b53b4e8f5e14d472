package lsp

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"sync"
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
)

func (e *responseError) Error() string { return fmt.Sprintf("%s (code %d)", e.Message, e.Code) }

// readMessage reads one framed message: header lines ended by an empty
// line, then a body of exactly Content-Length bytes. It returns io.EOF
// only when r ends cleanly between messages.
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
			return nil, fmt.Errorf("malformed header line %q", line)
		}
		if strings.EqualFold(strings.TrimSpace(name), "Content-Length") {
			n, err := strconv.Atoi(strings.TrimSpace(value))
			if err != nil || n < 0 || n > maxMessageSize {
				return nil, fmt.Errorf("bad Content-Length %q", value)
			}
			length = n
		}
		// Content-Type is optional and always utf-8 JSON in practice.
	}
	if length < 0 {
		return nil, errors.New("message has no Content-Length header")
	}
	body := make([]byte, length)
	if _, err := io.ReadFull(r, body); err != nil {
		return nil, fmt.Errorf("reading %d-byte body: %w", length, noEOF(err))
	}
	return body, nil
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
	mu sync.Mutex
	w  io.Writer
}

// notify sends a notification.
func (c *conn) notify(method string, params any) error {
	raw, err := json.Marshal(params)
	if err != nil {
		return err
	}
	return c.send(&message{JSONRPC: "2.0", Method: method, Params: raw})
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
	return c.send(msg)
}

func (c *conn) send(msg *message) error {
	body, err := json.Marshal(msg)
	if err != nil {
		return err
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	return writeMessage(c.w, body)
}
