package analyzer

import (
	"fmt"
	"go/ast"
	"go/token"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// suppressions are the lines of a file on which diagnostics are silenced
// by comments:
//
//	//nolint:barestatus                at the end of the line (golangci-lint)
//	//lint:ignore barestatus reason    at the end of the line or alone on
//	                                   the line above (staticcheck)
//	//lint:file-ignore barestatus reason  anywhere: the whole file
//
// Lines are raw line numbers, not adjusted by //line directives.
type suppressions struct {
	file  bool
	lines map[int]bool
}

// silenced reports whether a diagnostic at pos is silenced. Most files
// have no suppression comment, and then pos's line is not computed
// (BenchmarkAnalyzer/handlers).
func (s suppressions) silenced(tok *token.File, pos token.Pos) bool {
	return s.file || len(s.lines) > 0 && s.lines[tok.PositionFor(pos, false).Line]
}

// suppressions reads the suppression comments of file. A //lint:ignore
// or //lint:file-ignore directive for barestatus without a reason is
// reported, as staticcheck does, and silences nothing.
func (c *checker) suppressions(tok *token.File, file *ast.File, content *fileContent) suppressions {
	s := suppressions{lines: make(map[int]bool)}
	for _, group := range file.Comments {
		for _, comment := range group.List {
			text := comment.Text
			if !strings.HasPrefix(text, "//nolint") && !strings.HasPrefix(text, "//lint:") {
				continue // fast path: most comments are prose
			}
			line := tok.PositionFor(comment.Pos(), false).Line
			if rest, ok := strings.CutPrefix(text, "//nolint"); ok {
				if c.cfg.nolint && nolintNames(rest) {
					s.lines[line] = true
				}
				continue
			}
			directive, rest, _ := strings.Cut(strings.TrimPrefix(text, "//lint:"), " ")
			if directive != "ignore" && directive != "file-ignore" {
				continue
			}
			checks, reason, _ := strings.Cut(strings.TrimSpace(rest), " ")
			if !slices.Contains(strings.Split(checks, ","), "barestatus") {
				continue
			}
			if strings.TrimSpace(reason) == "" {
				c.pass.Report(analysis.Diagnostic{
					Pos:      comment.Pos(),
					End:      comment.End(),
					Category: categoryDirective,
					Message:  fmt.Sprintf("malformed //lint:%s directive: want //lint:%s barestatus <reason>", directive, directive),
				})
				continue
			}
			if directive == "file-ignore" {
				s.file = true
				continue
			}
			s.lines[line] = true
			if aloneOnLine(content, comment) {
				s.lines[line+1] = true // a directive on the line above
			}
		}
	}
	return s
}

// nolintNames reports whether the rest of a //nolint comment, after
// "//nolint", names barestatus: //nolint, //nolint:all or a list with
// barestatus, each optionally followed by a space and an explanation.
func nolintNames(rest string) bool {
	if rest == "" || rest[0] == ' ' {
		return true // //nolint: every linter
	}
	list, ok := strings.CutPrefix(rest, ":")
	if !ok {
		return false // //nolintfoo is not a directive
	}
	list, _, _ = strings.Cut(list, " ")
	for name := range strings.SplitSeq(list, ",") {
		if name == "barestatus" || name == "all" {
			return true
		}
	}
	return false
}

// aloneOnLine reports whether nothing but space precedes comment on its
// line. Without the file's content it answers false: the directive then
// silences its own line only.
func aloneOnLine(content *fileContent, comment *ast.Comment) bool {
	src := content.get()
	if src == nil {
		return false
	}
	tok := content.tok
	offset := tok.Offset(comment.Pos())
	start := tok.Offset(tok.LineStart(tok.PositionFor(comment.Pos(), false).Line))
	return strings.TrimSpace(string(src[start:offset])) == ""
}
