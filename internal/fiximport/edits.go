package fiximport

import (
	"go/ast"
	"go/token"
	"strconv"

	"golang.org/x/tools/go/analysis"
)

// A newImport is an import that a file's fixes add.
type newImport struct {
	path, name, defaultName string
}

// spec returns the import spec's source text.
func (imp newImport) spec() string {
	if imp.name == imp.defaultName {
		return strconv.Quote(imp.path)
	}
	return imp.name + " " + strconv.Quote(imp.path)
}

// importEdits returns the edits that add an import to file, as
// goimports would place it, or nil where it finds no safe place. Every
// fix of the file carries the same edits, which drivers coalesce, so each
// fix alone and all of them together leave the file gofmt-clean:
//
//   - a parenthesized import declaration gets the spec in the run of
//     imports it sorts into (standard library or not), or in a new run:
//     standard library first, then a blank line, then the rest;
//   - otherwise a lone import declaration, import "x", becomes such a
//     group holding both; import "C", which belongs to cgo, stays alone;
//   - otherwise a declaration of its own goes after the last import
//     declaration (import "C"), or after the package clause.
func importEdits(tok *token.File, file *ast.File, add newImport) []analysis.TextEdit {
	if decl := groupedImportDecl(tok, file); decl != nil {
		return groupEdits(tok, decl, add)
	}
	if decl, spec := loneImport(tok, file); decl != nil {
		return parenthesizeEdits(tok, spec, add)
	}
	anchor, gap := file.Name.End(), "\n\n"
	for _, d := range file.Decls {
		if gen, ok := d.(*ast.GenDecl); ok && gen.Tok == token.IMPORT {
			anchor, gap = gen.End(), "\n"
		}
	}
	if lineShared(tok, file, anchor) {
		return nil // a declaration shares the line: no place for an import
	}
	pos := lineEnd(tok, anchor)
	return []analysis.TextEdit{{Pos: pos, End: pos, NewText: []byte(gap + "import " + add.spec())}}
}

// lineShared reports whether a declaration other than an import
// declaration starts on the line of pos.
func lineShared(tok *token.File, file *ast.File, pos token.Pos) bool {
	line := rawLine(tok, pos)
	for _, d := range file.Decls {
		if gen, ok := d.(*ast.GenDecl); (!ok || gen.Tok != token.IMPORT) && rawLine(tok, d.Pos()) == line {
			return true
		}
	}
	return false
}

// loneImport returns the file's last unparenthesized import declaration
// other than import "C", and its spec, if it can become a group: it
// starts on a line after the package clause, and no other declaration
// shares its last line.
func loneImport(tok *token.File, file *ast.File) (*ast.GenDecl, *ast.ImportSpec) {
	var decl *ast.GenDecl
	for _, d := range file.Decls {
		gen, ok := d.(*ast.GenDecl)
		if !ok || gen.Tok != token.IMPORT || gen.Lparen.IsValid() || len(gen.Specs) != 1 {
			continue
		}
		if importPath(gen.Specs[0].(*ast.ImportSpec)) == "C" {
			continue // cgo's: its comment is the preamble
		}
		decl = gen
	}
	if decl == nil {
		return nil, nil
	}
	spec := decl.Specs[0].(*ast.ImportSpec)
	if rawLine(tok, decl.Pos()) == rawLine(tok, file.Name.End()) || lineShared(tok, file, specEnd(spec)) {
		return nil, nil
	}
	return decl, spec
}

// specEnd returns the end of spec with its line comment.
func specEnd(spec *ast.ImportSpec) token.Pos {
	if spec.Comment != nil {
		return spec.Comment.End()
	}
	return spec.End()
}

// parenthesizeEdits returns the edits that turn import "x", whose spec
// is old, into a group holding x and the new import, sorted as goimports
// sorts: one run if both are standard library imports or neither is;
// otherwise the standard one first, a blank line, then the other.
// Comments stay with their spec.
func parenthesizeEdits(tok *token.File, old *ast.ImportSpec, add newImport) []analysis.TextEdit {
	before, after := "(\n\t", "\n)"
	switch oldStd := isStd(importPath(old)); {
	case isStd(add.path) && !oldStd:
		before += add.spec() + "\n\n\t"
	case !isStd(add.path) && oldStd:
		after = "\n\n\t" + add.spec() + after
	case add.path < importPath(old):
		before += add.spec() + "\n\t"
	default:
		after = "\n\t" + add.spec() + after
	}
	start, end := old.Pos(), lineEnd(tok, specEnd(old))
	return []analysis.TextEdit{
		{Pos: start, End: start, NewText: []byte(before)},
		{Pos: end, End: end, NewText: []byte(after)},
	}
}

// groupEdits returns the edit that adds an import to a parenthesized
// import declaration: at its sorted place in the run it belongs to, or
// in a new run, at the top for the standard library, else at the bottom.
func groupEdits(tok *token.File, decl *ast.GenDecl, add newImport) []analysis.TextEdit {
	runs := importRuns(tok, decl)
	s := chooseSlot(runs, add.path)
	spec := add.spec()
	var pos token.Pos
	var text string
	switch {
	case s.run < 0 && isStd(add.path):
		// A new run at the top of the declaration.
		pos, text = lineEnd(tok, decl.Lparen), "\n\t"+spec+"\n"
	case s.run < 0:
		// A new run at the bottom of the declaration.
		pos, text = tok.LineStart(rawLine(tok, decl.Rparen)), "\n\t"+spec+"\n"
	case s.index < len(runs[s.run]):
		// Before an existing spec, at the start of its line.
		pos, text = tok.LineStart(firstLine(tok, runs[s.run][s.index])), "\t"+spec+"\n"
	default:
		// After the run, at the end of its last line.
		pos, text = lineEnd(tok, runs[s.run][s.index-1].End()), "\n\t"+spec
	}
	return []analysis.TextEdit{{Pos: pos, End: pos, NewText: []byte(text)}}
}

// An importSlot is where a new spec goes in a parenthesized import
// declaration: before spec index of run run, or, with run < 0, in a new
// run of its own.
type importSlot struct {
	run, index int
}

// chooseSlot returns the slot of a new import of path: the sorted place
// in the run that shares the longest prefix with path among the runs of
// the same kind (standard library or not), or a new run.
func chooseSlot(runs [][]*ast.ImportSpec, path string) importSlot {
	best, bestLen := -1, -1
	for i, run := range runs {
		if !runAccepts(run, path) {
			continue
		}
		n := 0
		for _, spec := range run {
			n = max(n, commonPrefixLen(importPath(spec), path))
		}
		// Ties go to the first standard run or the last other run.
		if n > bestLen || n == bestLen && !isStd(path) {
			best, bestLen = i, n
		}
	}
	if best < 0 {
		return importSlot{run: -1}
	}
	run := runs[best]
	index := len(run)
	for j, spec := range run {
		if importPath(spec) > path {
			index = j
			break
		}
	}
	return importSlot{run: best, index: index}
}

// runAccepts reports whether path belongs in run: a run of standard
// library imports takes standard ones, a run of others takes others, and
// a mixed run takes any.
func runAccepts(run []*ast.ImportSpec, path string) bool {
	std, other := false, false
	for _, spec := range run {
		if isStd(importPath(spec)) {
			std = true
		} else {
			other = true
		}
	}
	return std && other || std == isStd(path)
}

// groupedImportDecl returns the file's first parenthesized import
// declaration whose specs each sit on lines of their own, so that lines
// can be inserted between them; or nil. A declaration importing "C" is
// left to cgo.
func groupedImportDecl(tok *token.File, file *ast.File) *ast.GenDecl {
	for _, d := range file.Decls {
		gen, ok := d.(*ast.GenDecl)
		if !ok || gen.Tok != token.IMPORT {
			continue
		}
		if !gen.Lparen.IsValid() || len(gen.Specs) == 0 {
			continue
		}
		prev := rawLine(tok, gen.Lparen)
		ok = true
		for _, spec := range gen.Specs {
			spec := spec.(*ast.ImportSpec)
			if importPath(spec) == "C" || firstLine(tok, spec) <= prev {
				ok = false
				break
			}
			prev = rawLine(tok, spec.End())
			if spec.Comment != nil {
				prev = rawLine(tok, spec.Comment.End())
			}
		}
		if ok && prev < rawLine(tok, gen.Rparen) && !multilineComment(tok, file, gen) {
			return gen
		}
	}
	return nil
}

// multilineComment reports whether a comment spanning several lines
// starts inside decl, where it could hide the end of a spec's line.
func multilineComment(tok *token.File, file *ast.File, decl *ast.GenDecl) bool {
	for _, group := range file.Comments {
		for _, c := range group.List {
			if c.Pos() > decl.Lparen && c.Pos() < decl.Rparen && rawLine(tok, c.Pos()) != rawLine(tok, c.End()) {
				return true
			}
		}
	}
	return false
}

// importRuns splits the specs of an import declaration into runs of
// consecutive lines, which gofmt sorts independently.
func importRuns(tok *token.File, decl *ast.GenDecl) [][]*ast.ImportSpec {
	var runs [][]*ast.ImportSpec
	lastLine := 0
	for i, s := range decl.Specs {
		spec := s.(*ast.ImportSpec)
		// The same rule as go/ast.SortImports: a gap starts a new run.
		if i == 0 || rawLine(tok, spec.Pos()) > lastLine+1 {
			runs = append(runs, nil)
		}
		runs[len(runs)-1] = append(runs[len(runs)-1], spec)
		lastLine = rawLine(tok, spec.End())
	}
	return runs
}

// firstLine returns the line on which spec, with its doc comment, starts.
func firstLine(tok *token.File, spec *ast.ImportSpec) int {
	if spec.Doc != nil {
		return rawLine(tok, spec.Doc.Pos())
	}
	return rawLine(tok, spec.Pos())
}

// lineEnd returns the position of the newline ending the line of pos, or
// the end of the file on its last line.
func lineEnd(tok *token.File, pos token.Pos) token.Pos {
	line := rawLine(tok, pos)
	if line >= tok.LineCount() {
		return token.Pos(tok.Base() + tok.Size())
	}
	return tok.LineStart(line+1) - 1
}

// commonPrefixLen returns the length of the longest common prefix of a and b.
func commonPrefixLen(a, b string) int {
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	return n
}

// rawLine returns the line of pos in the file itself, ignoring //line
// directives, as token.File.LineStart does.
func rawLine(tok *token.File, pos token.Pos) int {
	return tok.PositionFor(pos, false).Line
}
