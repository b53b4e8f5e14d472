package analyzer

import (
	"fmt"
	"go/token"
	"maps"
	"slices"
	"strconv"
	"strings"
)

// config holds the settings of one analyzer, read from its flags.
type config struct {
	style     style
	generated bool
	sinks     userSinks
	allow     allowList
	nolint    bool
}

// style selects the constants that fixes write.
type style string

const (
	styleStatus  style = "status"  // status.HTTP_404_NOT_FOUND
	styleNetHTTP style = "nethttp" // http.StatusNotFound
)

func (s *style) String() string { return string(*s) }

// Set implements flag.Value, rejecting unknown styles.
func (s *style) Set(v string) error {
	switch style(v) {
	case styleStatus, styleNetHTTP:
		*s = style(v)
		return nil
	}
	return fmt.Errorf("unknown style %q: want %q or %q", v, styleStatus, styleNetHTTP)
}

// allowList is the set of codes that are never reported.
type allowList map[int64]bool

func (l *allowList) String() string {
	var codes []string
	for _, code := range slices.Sorted(maps.Keys(*l)) {
		codes = append(codes, strconv.FormatInt(code, 10))
	}
	return strings.Join(codes, ",")
}

// Set implements flag.Value: it adds a comma-separated list of codes.
func (l *allowList) Set(v string) error {
	if *l == nil {
		*l = make(allowList)
	}
	for entry := range strings.SplitSeq(v, ",") {
		entry = strings.TrimSpace(entry)
		if entry == "" {
			continue
		}
		code, err := strconv.ParseInt(entry, 10, 64)
		if err != nil || code < 100 || code > 999 {
			return fmt.Errorf("invalid -allow entry %q: want a status code from 100 to 999", entry)
		}
		(*l)[code] = true
	}
	return nil
}

// A userSink is a status position named with -sinks: argument arg of a
// function, or of a method of a named type; the result of one; or a
// field of a named struct type.
type userSink struct {
	ref
	entry string // as written, for error messages
	form  sinkForm
	arg   int
}

// A sinkForm says what place of an API a -sinks entry names.
type sinkForm int

const (
	argumentSink sinkForm = iota // example.com/web.Reply:1, (*example.com/web.Ctx).Status:0
	resultSink                   // (example.com/requests.Result).StatusCode()
	fieldSink                    // example.com/api.HealthStatus.StatusCode
)

// sinkForms is the one-line description of the -sinks forms.
const sinkForms = "pkg/path.Func:N, (*pkg/path.Type).Method:N, (pkg/path.Type).Method(), pkg/path.Func() or pkg/path.Type.Field"

// userSinks is the list of positions given with -sinks.
type userSinks []userSink

func (l *userSinks) String() string {
	entries := make([]string, len(*l))
	for i, s := range *l {
		entries[i] = s.entry
	}
	return strings.Join(entries, ",")
}

// Set implements flag.Value: it adds a comma-separated list of entries,
// each in one of the forms of sinkForms.
func (l *userSinks) Set(v string) error {
	for entry := range strings.SplitSeq(v, ",") {
		entry = strings.TrimSpace(entry)
		if entry == "" {
			continue
		}
		s, ok := parseUserSink(entry)
		if !ok {
			return fmt.Errorf("invalid -sinks entry %q: want %s", entry, sinkForms)
		}
		*l = append(*l, s)
	}
	return nil
}

// parseUserSink parses one -sinks entry: an argument (target:N), a
// result (target()), or a field (pkg/path.Type.Field), where a target is
// pkg/path.Func or (pkg/path.Type).Method, with or without the *.
func parseUserSink(entry string) (userSink, bool) {
	s := userSink{entry: entry}
	if target, ok := strings.CutSuffix(entry, "()"); ok {
		s.form = resultSink
		return s, s.parseTarget(target)
	}
	if target, index, ok := strings.Cut(entry, ":"); ok {
		arg, err := strconv.Atoi(index)
		if err != nil || arg < 0 || index[0] == '+' {
			return s, false
		}
		s.arg = arg
		return s, s.parseTarget(target)
	}
	// Have: example.com/api.HealthStatus.StatusCode
	s.form = fieldSink
	dot := strings.LastIndex(entry, ".")
	if dot < 0 || strings.HasPrefix(entry, "(") {
		return s, false
	}
	s.name = entry[dot+1:]
	if !s.parseQualified(entry[:dot]) {
		return s, false
	}
	s.recv, s.name = s.name, entry[dot+1:]
	return s, token.IsIdentifier(s.recv) && token.IsIdentifier(s.name)
}

// parseTarget parses pkg/path.Func or (pkg/path.Type).Method (the * is
// optional) into s.
func (s *userSink) parseTarget(target string) bool {
	rest, ok := strings.CutPrefix(target, "(")
	if !ok {
		return s.parseQualified(target)
	}
	recv, method, ok := strings.Cut(rest, ").")
	if !ok || !token.IsIdentifier(method) || !s.parseQualified(strings.TrimPrefix(recv, "*")) {
		return false
	}
	s.recv, s.name = s.name, method
	return true
}

// parseQualified parses pkg/path.Name into s.pkg and s.name.
func (s *userSink) parseQualified(qualified string) bool {
	dot := strings.LastIndex(qualified, ".")
	if dot <= strings.LastIndex(qualified, "/") {
		return false // no name after the last path element
	}
	s.pkg, s.name = qualified[:dot], qualified[dot+1:]
	return s.pkg != "" && token.IsIdentifier(s.name)
}
