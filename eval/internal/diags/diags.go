// Package diags reads the -json output of an analysis driver and sorts
// barestatus diagnostics by what they say and where they are.
package diags

import (
	"encoding/json"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

// A Diagnostic is one diagnostic of the analyzer, as printed by -json.
type Diagnostic struct {
	Posn    string // file:line:column
	Message string
	Fixes   int // number of suggested fixes
}

// Kind returns what the message says: "invalid" (net/http would panic),
// "no-constant" (no named constant exists), "fixable" (a fix is offered)
// or "no-fix" (a constant exists but no fix is offered here).
func (d Diagnostic) Kind() string {
	switch {
	case strings.HasPrefix(d.Message, "invalid HTTP status code"):
		return "invalid"
	case strings.HasSuffix(d.Message, ": no named constant"):
		return "no-constant"
	case d.Fixes > 0:
		return "fixable"
	}
	return "no-fix"
}

// File returns the file name of Posn.
func (d Diagnostic) File() string { f, _, _ := d.split(); return f }

// Line returns the 1-based line of Posn, or 0.
func (d Diagnostic) Line() int { _, l, _ := d.split(); return l }

// Column returns the 1-based byte column of Posn, or 0.
func (d Diagnostic) Column() int { _, _, c := d.split(); return c }

func (d Diagnostic) split() (file string, line, col int) {
	rest, colStr, ok := cutLast(d.Posn, ":")
	if !ok {
		return d.Posn, 0, 0
	}
	file, lineStr, ok := cutLast(rest, ":")
	if !ok {
		return d.Posn, 0, 0
	}
	line, _ = strconv.Atoi(lineStr)
	col, _ = strconv.Atoi(colStr)
	return file, line, col
}

func cutLast(s, sep string) (before, after string, ok bool) {
	i := strings.LastIndex(s, sep)
	if i < 0 {
		return s, "", false
	}
	return s[:i], s[i+len(sep):], true
}

// jsonDiagnostic is the schema of one diagnostic in -json output.
type jsonDiagnostic struct {
	Posn           string            `json:"posn"`
	Message        string            `json:"message"`
	SuggestedFixes []json.RawMessage `json:"suggested_fixes"`
}

// Parse reads the -json output of a singlechecker for the named analyzer.
// A file that belongs to a package and to its test variant is reported
// in both; Parse keeps each diagnostic once. It returns the diagnostics
// sorted by position, and the error messages of packages the analyzer
// failed on.
func Parse(out []byte, analyzer string) (diags []Diagnostic, errs []string, err error) {
	// package ID -> analyzer name -> diagnostics, or {"error": "..."}
	var tree map[string]map[string]json.RawMessage
	if err := json.Unmarshal(out, &tree); err != nil {
		return nil, nil, fmt.Errorf("parsing -json output: %v", err)
	}
	seen := make(map[string]bool)
	for id, analyzers := range tree {
		raw, ok := analyzers[analyzer]
		if !ok {
			continue
		}
		var list []jsonDiagnostic
		if err := json.Unmarshal(raw, &list); err != nil {
			var failure struct {
				Error string `json:"error"`
			}
			if json.Unmarshal(raw, &failure) != nil {
				return nil, nil, fmt.Errorf("package %s: neither diagnostics nor an error: %s", id, raw)
			}
			errs = append(errs, id+": "+failure.Error)
			continue
		}
		for _, d := range list {
			key := d.Posn + "\x00" + d.Message
			if seen[key] {
				continue
			}
			seen[key] = true
			diags = append(diags, Diagnostic{Posn: d.Posn, Message: d.Message, Fixes: len(d.SuggestedFixes)})
		}
	}
	sort.Slice(diags, func(i, j int) bool {
		a, b := diags[i], diags[j]
		if a.File() != b.File() {
			return a.File() < b.File()
		}
		if a.Line() != b.Line() {
			return a.Line() < b.Line()
		}
		return a.Column() < b.Column()
	})
	sort.Strings(errs)
	return diags, errs, nil
}
