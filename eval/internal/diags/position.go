package diags

import (
	"strings"
	"unicode"
)

// Position names the kind of status code position at byte offset off of
// src, where a diagnostic's literal starts, by reading the source text
// around it: "WriteHeader(…)", "Error(…)", ".StatusCode ==", "field Code:",
// "switch case", and so on. It is a reading aid for the report, not a
// second analyzer: it only looks at the nearest tokens.
func Position(src []byte, off int) string {
	if off < 0 || off > len(src) {
		return "unknown"
	}
	after := strings.TrimLeft(string(src[off:min(len(src), off+200)]), " \t")
	after = strings.TrimLeft(after, "+-")
	after = strings.TrimLeft(after, "0123456789abcdefABCDEFxXoO_")
	after = strings.TrimLeft(strings.TrimLeft(after, ")"), " \t")
	before := string(src[max(0, off-400):off])
	before = stripOpeners(before)

	switch {
	case strings.HasPrefix(after, "==") || strings.HasPrefix(after, "!="):
		return "comparison (literal first)"
	case strings.HasSuffix(before, "==") || strings.HasSuffix(before, "!="):
		return "comparison " + selectorBefore(before[:len(before)-2])
	case strings.HasSuffix(before, ":=") || strings.HasSuffix(before, "+=") || strings.HasSuffix(before, "-="):
		return "other"
	case strings.HasSuffix(before, "="):
		return "assignment " + selectorBefore(before[:len(before)-1])
	case strings.HasSuffix(before, ":"):
		return "field " + lastIdent(before[:len(before)-1]) + ":"
	}
	if isCase(before) {
		return "switch case"
	}
	open, i := enclosing(before)
	switch open {
	case '(':
		return lastCallee(before[:i]) + "(…)"
	case '{':
		return "composite (positional)"
	}
	return "other"
}

// stripOpeners removes trailing space, opening parentheses and integer
// conversions such as int( from the text before a literal.
func stripOpeners(s string) string {
	for {
		s = strings.TrimRight(s, " \t\r\n")
		if !strings.HasSuffix(s, "(") {
			return s
		}
		rest := strings.TrimRight(s[:len(s)-1], " \t")
		name := lastIdent(rest)
		switch name {
		case "int", "int8", "int16", "int32", "int64", "uint", "uint8", "uint16", "uint32", "uint64", "uintptr":
			s = rest[:len(rest)-len(name)]
		case "":
			s = rest // a parenthesis around the literal
		default:
			return s // a call: the literal is its first argument
		}
	}
}

// isCase reports whether the text before a literal ends inside the list
// of a case clause: "case 404" or "case 301, 302".
func isCase(before string) bool {
	line := before[strings.LastIndexByte(before, '\n')+1:]
	line = strings.TrimSpace(line)
	return (line == "case" || strings.HasPrefix(line, "case ")) && !strings.Contains(line, ":")
}

// enclosing returns the innermost unclosed bracket at the end of s and
// its index, or 0 and -1.
func enclosing(s string) (byte, int) {
	depth := 0
	for i := len(s) - 1; i >= 0; i-- {
		switch c := s[i]; c {
		case ')', ']', '}':
			depth++
		case '(', '[', '{':
			if depth == 0 {
				return c, i
			}
			depth--
		}
	}
	return 0, -1
}

// lastCallee returns the name of the function called just before an
// opening parenthesis: "WriteHeader", "Error", or "call" when it is not
// a plain name.
func lastCallee(s string) string {
	name := lastIdent(strings.TrimRight(s, " \t"))
	if name == "" {
		return "call"
	}
	return name
}

// selectorBefore returns ".Name" for text ending in a selector such as
// resp.StatusCode, and the bare identifier otherwise.
func selectorBefore(s string) string {
	s = strings.TrimRight(s, " \t)")
	name := lastIdent(s)
	if strings.HasSuffix(s[:len(s)-len(name)], ".") {
		return "." + name
	}
	return name
}

// lastIdent returns the identifier at the end of s, or "".
func lastIdent(s string) string {
	s = strings.TrimRight(s, " \t")
	i := len(s)
	for i > 0 {
		r := rune(s[i-1])
		if r != '_' && !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			break
		}
		i--
	}
	return s[i:]
}
