package lsp

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"go/token"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/packages"
)

// A finding is one diagnostic, converted for one file, with its fixes.
type finding struct {
	diag  diagnostic
	fixes []fix
}

// A fix is one suggested fix: its message and its edits, keyed by file
// path.
type fix struct {
	title string
	edits map[string][]textEdit
}

// A run is one analysis of the packages of one directory.
type run struct {
	analyzers []*analysis.Analyzer
	severity  int
	env       []string
	overlay   map[string][]byte // open documents' contents by file path
	mappers   map[string]*mapper
	cache     *loadCache // go list's answers; nil caches nothing
	reused    bool       // whether load reused go list's answer
}

// analyzeDir loads the packages in dir (with their test variants when
// tests is set) from the overlay's unsaved contents, runs the analyzers
// on them even when they have type errors, and returns the findings by
// file path, with an entry, maybe empty, for each file analysed. An
// analyzer that fails on one package does not hide the findings in the
// others: the error comes back beside them. problems says, in the
// loader's words, why a package was not analysed at all.
func (r *run) analyzeDir(ctx context.Context, dir string, tests bool) (byFile map[string][]finding, problems []string, err error) {
	pkgs, err := r.load(ctx, dir, tests)
	if err != nil {
		return nil, nil, err
	}
	var roots []*packages.Package
	for _, pkg := range pkgs {
		if pkg.Types == nil || pkg.TypesInfo == nil || len(pkg.Syntax) == 0 {
			// Nothing was type-checked (no module, no files, a
			// malformed import path, ...): say why, if go list did.
			for _, e := range pkg.Errors {
				problems = append(problems, e.Msg)
			}
			continue
		}
		roots = append(roots, pkg)
	}
	var errs []error
	byFile = make(map[string][]finding)
	seen := make(map[string]bool) // p and p [p.test] share p's files
	for _, pkg := range roots {
		if err := ctx.Err(); err != nil {
			return nil, nil, err // a package boundary
		}
		outcomes, err := r.analyzePackage(ctx, pkg)
		if err != nil {
			errs = append(errs, err)
			if len(outcomes) == 0 {
				// No analyzer ran: an empty list would read as "all clear".
				problems = append(problems, firstLine(err.Error()))
				continue
			}
		}
		for _, name := range pkg.CompiledGoFiles {
			if name = filepath.Clean(name); byFile[name] == nil {
				byFile[name] = []finding{} // analysed, findings or not
			}
		}
		for _, o := range outcomes {
			for _, d := range o.diagnostics {
				file, f, err := r.convert(pkg.Fset, o.analyzer, d)
				if err != nil {
					errs = append(errs, fmt.Errorf("%s: %w", pkg.ID, err))
					continue
				}
				key := fmt.Sprintf("%s:%v:%s", file, f.diag.Range, f.diag.Message)
				if seen[key] {
					continue
				}
				seen[key] = true
				byFile[file] = append(byFile[file], f)
			}
		}
	}
	for _, fs := range byFile {
		sortFindings(fs)
	}
	return byFile, problems, errors.Join(errs...)
}

// sortFindings sorts a file's findings by position, then message.
func sortFindings(fs []finding) {
	slices.SortFunc(fs, func(a, b finding) int {
		return cmp.Or(
			cmp.Compare(a.diag.Range.Start.Line, b.diag.Range.Start.Line),
			cmp.Compare(a.diag.Range.Start.Character, b.diag.Range.Start.Character),
			strings.Compare(a.diag.Message, b.diag.Message))
	})
}

// firstLine returns s up to its first newline: an analyzer's panic
// comes with a stack that belongs in the log, not in a message box.
func firstLine(s string) string {
	line, _, _ := strings.Cut(s, "\n")
	return line
}

// convert turns an analysis diagnostic into a finding for the file it
// is in, with ranges counted in the content the analysis saw.
func (r *run) convert(fset *token.FileSet, a *analysis.Analyzer, d analysis.Diagnostic) (string, finding, error) {
	file, rng, err := r.span(fset, d.Pos, d.End)
	if err != nil {
		return "", finding{}, err
	}
	f := finding{diag: diagnostic{
		Range:    rng,
		Severity: r.severity,
		Code:     d.Category,
		Source:   a.Name,
		Message:  d.Message,
	}}
	if d.URL != "" {
		f.diag.CodeDescription = &codeDescription{Href: d.URL}
	}
	for _, sf := range d.SuggestedFixes {
		fx := fix{title: sf.Message, edits: make(map[string][]textEdit)}
		for _, e := range sf.TextEdits {
			efile, erng, err := r.span(fset, e.Pos, e.End)
			if err != nil {
				return "", finding{}, err
			}
			fx.edits[efile] = append(fx.edits[efile], textEdit{Range: erng, NewText: string(e.NewText)})
		}
		f.fixes = append(f.fixes, fx)
	}
	return file, f, nil
}

// span returns the file and the LSP range of [pos, end). Positions are
// taken raw, not adjusted by //line directives: the editor shows the
// file itself.
func (r *run) span(fset *token.FileSet, pos, end token.Pos) (string, Range, error) {
	tf := fset.File(pos)
	if tf == nil {
		return "", Range{}, fmt.Errorf("position %d is in no file", pos)
	}
	if !end.IsValid() {
		end = pos // a diagnostic may be a point
	}
	name := filepath.Clean(tf.Name())
	m, err := r.mapper(name)
	if err != nil {
		return "", Range{}, err
	}
	if tf.Size() != len(m.content) {
		return "", Range{}, fmt.Errorf("%s changed on disk during analysis", name)
	}
	rng, err := m.rangeOf(tf.Offset(pos), tf.Offset(end))
	return name, rng, err
}

// mapper returns the position mapper of a file's content: the overlay's
// when the file is open, else the file on disk.
func (r *run) mapper(name string) (*mapper, error) {
	if m, ok := r.mappers[name]; ok {
		return m, nil
	}
	content, ok := r.overlay[name]
	if !ok {
		var err error
		if content, err = os.ReadFile(name); err != nil {
			return nil, err
		}
	}
	m := newMapper(content)
	if r.mappers == nil {
		r.mappers = make(map[string]*mapper)
	}
	r.mappers[name] = m
	return m, nil
}
