package analyzer

import (
	"fmt"
	"go/token"
	"maps"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// New returns a fresh barestatus analyzer with its own flag set, so that
// callers such as golangci-lint and tests can configure it independently.
func New() *analysis.Analyzer {
	cfg := &config{style: styleStatus, nolint: true}
	a := &analysis.Analyzer{
		Name:             "barestatus",
		Doc:              analyzerDoc,
		URL:              "https://pkg.go.dev/github.com/barestatus/barestatus/analyzer",
		RunDespiteErrors: true,
		Run:              cfg.run,
	}
	a.Flags.Var(&cfg.style, "style", "constants the fixes use: status (github.com/barestatus/barestatus/status) or nethttp (net/http only, never importing the status module)")
	a.Flags.BoolVar(&cfg.generated, "generated", false, "also check files with a generated-code header")
	a.Flags.Var(&cfg.sinks, "sinks", "comma-separated extra status positions: pkg/path.Func:N or (*pkg/path.Type).Method:N, N counted from 0 after the receiver")
	a.Flags.Var(&cfg.allow, "allow", "comma-separated status codes never reported, e.g. 200,404")
	a.Flags.BoolVar(&cfg.nolint, "nolint", true, "honour //nolint:barestatus comments (set false where golangci-lint handles them)")
	return a
}

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
// function, or of a method of a named type.
type userSink struct {
	ref
	entry string // as written, for error messages
	arg   int
}

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
// each pkg/path.Func:N, (pkg/path.Type).Method:N or (*pkg/path.Type).Method:N.
func (l *userSinks) Set(v string) error {
	for entry := range strings.SplitSeq(v, ",") {
		entry = strings.TrimSpace(entry)
		if entry == "" {
			continue
		}
		s, ok := parseUserSink(entry)
		if !ok {
			return fmt.Errorf("invalid -sinks entry %q: want pkg/path.Func:N or (*pkg/path.Type).Method:N", entry)
		}
		*l = append(*l, s)
	}
	return nil
}

func parseUserSink(entry string) (userSink, bool) {
	s := userSink{entry: entry}
	target, index, ok := strings.Cut(entry, ":")
	if !ok {
		return s, false
	}
	arg, err := strconv.Atoi(index)
	if err != nil || arg < 0 || index[0] == '+' {
		return s, false
	}
	s.arg = arg
	qualified, method := target, "" // pkg/path.Name, and the method's name
	if rest, ok := strings.CutPrefix(target, "("); ok {
		recv, name, ok := strings.Cut(rest, ").")
		if !ok || !token.IsIdentifier(name) {
			return s, false
		}
		qualified, method = strings.TrimPrefix(recv, "*"), name
	}
	dot := strings.LastIndex(qualified, ".")
	if dot <= strings.LastIndex(qualified, "/") {
		return s, false // no name after the last path element
	}
	s.pkg, s.name = qualified[:dot], qualified[dot+1:]
	if method != "" {
		s.recv, s.name = s.name, method
	}
	return s, s.pkg != "" && token.IsIdentifier(s.name) && (s.recv == "" || token.IsIdentifier(s.recv))
}
