package main

import (
	"bytes"
	"os"
	"testing"
)

// TestGeneratedFilesAreCurrent fails when codes.tsv or this generator
// changed without a rerun of go generate ./internal/catalog.
func TestGeneratedFilesAreCurrent(t *testing.T) {
	outputs, err := generate("..")
	if err != nil {
		t.Fatal(err)
	}
	if len(outputs) != 2 {
		t.Fatalf("generate returned %d files, want 2", len(outputs))
	}
	for path, want := range outputs {
		got, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s is stale: run go generate ./internal/catalog", path)
		}
	}
}

func TestParseRejectsBadRows(t *testing.T) {
	for _, tc := range []struct{ name, tsv string }{
		{"too few fields", "h\n404\tHTTP_404_NOT_FOUND\n"},
		{"bad code", "h\nx\tHTTP_404_NOT_FOUND\t\tNot Found\tRFC\t\n"},
		{"name mismatch", "h\n404\tHTTP_405_NOT_FOUND\t\tNot Found\tRFC\t\n"},
		{"alias mismatch", "h\n404\tHTTP_404_NOT_FOUND\t\tNot Found\tRFC\tHTTP_405_X\n"},
		{"missing text", "h\n404\tHTTP_404_NOT_FOUND\t\t\tRFC\t\n"},
		{"out of order", "h\n404\tHTTP_404_NOT_FOUND\t\tNot Found\tRFC\t\n400\tHTTP_400_BAD_REQUEST\t\tBad Request\tRFC\t\n"},
	} {
		if _, err := parse([]byte(tc.tsv)); err == nil {
			t.Errorf("%s: parse succeeded, want an error", tc.name)
		}
	}
}
