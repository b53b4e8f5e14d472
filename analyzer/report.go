package analyzer

import (
	"go/ast"

	"golang.org/x/tools/go/analysis"

	"github.com/barestatus/barestatus/internal/fiximport"
)

// report reports the findings of one file, with a fix for each that has
// a named constant or helper, except those silenced by -allow or by a
// comment.
func (c *checker) report(file *ast.File, found []finding) {
	tok := c.pass.Fset.File(file.Pos())
	content := &fileContent{pass: c.pass, tok: tok}
	quiet := c.suppressions(tok, file, content)
	// verdicts never grows past its capacity, so that each site can
	// point into it.
	verdicts := make([]verdict, 0, len(found))
	refs := make([]*fiximport.Ref, 0, len(found))
	for _, f := range found {
		if quiet.silenced(tok, f.lit.Pos()) || f.class == nil && c.cfg.allow[f.value] {
			continue
		}
		verdicts = append(verdicts, c.judge(f))
		if v := &verdicts[len(verdicts)-1]; v.fixable {
			v.site = &v.target
			refs = append(refs, v.site)
		}
	}
	fiximport.Plan(c.pass.Fset, c.info, c.pass.Pkg, file, refs)
	for i := range verdicts {
		v := &verdicts[i]
		text, ok := c.replacement(v)
		diag := analysis.Diagnostic{
			Pos:      v.lit.Pos(),
			End:      v.lit.End(),
			Category: v.category,
			Message:  v.message(text),
		}
		if ok && v.site.OK {
			diag.SuggestedFixes = fix(content, v, text)
		}
		c.pass.Report(diag)
	}
}
