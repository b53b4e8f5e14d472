package lsp

import (
	"bufio"
	"bytes"
	"errors"
	"io"
	"strings"
	"testing"
)

func TestFramingRoundTrip(t *testing.T) {
	bodies := []string{
		`{"jsonrpc":"2.0","id":1,"method":"initialize","params":{}}`,
		`{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"text":"naïve 😀"}}`, // Content-Length counts bytes
		`{}`,
	}
	var buf bytes.Buffer
	for _, b := range bodies {
		if err := writeMessage(&buf, []byte(b)); err != nil {
			t.Fatal(err)
		}
	}
	if !strings.HasPrefix(buf.String(), "Content-Length: 58\r\n\r\n{") {
		t.Errorf("frame starts %q, want a Content-Length header of the byte count", buf.String()[:30])
	}
	r := bufio.NewReader(&buf)
	for _, want := range bodies {
		got, err := readMessage(r)
		if err != nil {
			t.Fatal(err)
		}
		if string(got) != want {
			t.Errorf("read %q, want %q", got, want)
		}
	}
	if _, err := readMessage(r); err != io.EOF {
		t.Errorf("after the last message: %v, want io.EOF", err)
	}
}

func TestReadMessageHeaders(t *testing.T) {
	for _, tc := range []struct {
		name, input, want string
		wantErr           error // nil: want == body
	}{
		{"content type and odd case", "content-length: 2\r\nContent-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n{}", "{}", nil},
		{"bare newlines", "Content-Length: 2\n\n{}", "{}", nil},
		{"no length", "Content-Type: x\r\n\r\n{}", "", errors.New("message has no Content-Length header")},
		{"bad length", "Content-Length: two\r\n\r\n{}", "", errors.New(`bad Content-Length " two"`)},
		{"huge length", "Content-Length: 999999999999\r\n\r\n{}", "", errors.New(`bad Content-Length " 999999999999"`)},
		{"malformed header", "Content-Length 2\r\n\r\n{}", "", errors.New(`malformed header line "Content-Length 2"`)},
		{"truncated body", "Content-Length: 10\r\n\r\n{}", "", io.ErrUnexpectedEOF},
		{"truncated header", "Content-Length: 2\r\n", "", io.ErrUnexpectedEOF},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := readMessage(bufio.NewReader(strings.NewReader(tc.input)))
			switch {
			case tc.wantErr == nil && err != nil:
				t.Fatalf("error %v", err)
			case tc.wantErr == nil && string(got) != tc.want:
				t.Errorf("read %q, want %q", got, tc.want)
			case tc.wantErr != nil && err == nil:
				t.Errorf("read %q, want error %v", got, tc.wantErr)
			case tc.wantErr != nil && !errors.Is(err, tc.wantErr) && !strings.Contains(err.Error(), tc.wantErr.Error()):
				t.Errorf("error %v, want %v", err, tc.wantErr)
			}
		})
	}
}

func TestReplyShapes(t *testing.T) {
	var buf bytes.Buffer
	c := &conn{w: &buf}
	if err := c.reply([]byte("7"), nil, nil); err != nil {
		t.Fatal(err)
	}
	if err := c.reply([]byte(`"a"`), nil, &responseError{Code: codeMethodNotFound, Message: "no"}); err != nil {
		t.Fatal(err)
	}
	if err := c.reply(nil, nil, &responseError{Code: codeParseError, Message: "bad"}); err != nil {
		t.Fatal(err)
	}
	r := bufio.NewReader(&buf)
	for _, want := range []string{
		`{"jsonrpc":"2.0","id":7,"result":null}`, // a success needs a result, null included
		`{"jsonrpc":"2.0","id":"a","error":{"code":-32601,"message":"no"}}`,
		`{"jsonrpc":"2.0","id":null,"error":{"code":-32700,"message":"bad"}}`,
	} {
		got, err := readMessage(r)
		if err != nil {
			t.Fatal(err)
		}
		if string(got) != want {
			t.Errorf("wrote %s, want %s", got, want)
		}
	}
}
