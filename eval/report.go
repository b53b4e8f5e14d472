package main

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/barestatus/barestatus/eval/internal/speed"
)

// machine describes where the figures were measured.
type machine struct {
	Date      string
	NumCPU    int
	CPU       string
	Memory    string
	GoVersion string
}

// report is the result of one eval run.
type report struct {
	Machine  machine
	Checkout string
	Modules  []*moduleResult
}

// write saves the report as report.md and results.json in dir.
func (r *report) write(dir string) error {
	if err := writeJSON(filepath.Join(dir, "results.json"), r); err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(dir, "report.md"), []byte(r.markdown()), 0o644)
}

// kinds are the diagnostic kinds in the order the report shows them.
var kinds = []string{"fixable", "no-fix", "no-constant", "invalid"}

// markdown renders the report.
func (r *report) markdown() string {
	var b strings.Builder
	m := r.Machine
	fmt.Fprintf(&b, "Measured %s on %d CPUs (%s, %s), %s.\n\n", m.Date, m.NumCPU, m.CPU, m.Memory, m.GoVersion)

	b.WriteString("## Diagnostics\n\n")
	b.WriteString("barestatus -json ./... on each module, tests included; a diagnostic in a package and its test variant counts once.\n\n")
	b.WriteString("| module | version | packages (with tests) | diagnostics | " + strings.Join(kinds, " | ") + " | wall | peak RSS | load errors |\n")
	b.WriteString("|---|---|---|---|" + strings.Repeat("---|", len(kinds)) + "---|---|---|\n")
	for _, mr := range r.Modules {
		fmt.Fprintf(&b, "| %s | %s | %d (%d) | %d |", mr.Name, mr.Version, mr.Packages, mr.TestPackages, mr.Diagnostics)
		for _, k := range kinds {
			fmt.Fprintf(&b, " %d |", mr.ByKind[k])
		}
		fmt.Fprintf(&b, " %s | %s | %d |\n", seconds(mr.Wall), mib(mr.MaxRSS), len(mr.LoadErrors))
	}

	b.WriteString("\n### By position\n\n")
	b.WriteString("Classified by the source text around each literal.\n\n")
	for _, mr := range r.Modules {
		if mr.Diagnostics == 0 {
			continue
		}
		fmt.Fprintf(&b, "- %s: %s\n", mr.Name, countList(mr.ByPosition))
	}

	if r.any(func(mr *moduleResult) bool { return mr.Fix != nil }) {
		b.WriteString("\n## Fix safety\n\n")
		b.WriteString("In a copy requiring this checkout: go build and go vet before and after barestatus -fix ./..., gofmt -l, and a second run.\n\n")
		b.WriteString("| module | files changed | build before → after | vet before → after | new gofmt -l | left after fix (fixable) | verdict |\n")
		b.WriteString("|---|---|---|---|---|---|---|\n")
		for _, mr := range r.Modules {
			f := mr.Fix
			if f == nil {
				continue
			}
			fmt.Fprintf(&b, "| %s | %d | %s → %s | %s → %s | %d | %d (%d) | %s |\n", mr.Name, f.FilesChanged,
				short(f.BuildBefore), short(f.BuildAfter), short(f.VetBefore), short(f.VetAfter),
				len(f.NewUnformatted), f.Remaining, f.FixableAfter, f.Verdict)
		}
	}

	if r.any(func(mr *moduleResult) bool { return mr.Speed != nil }) {
		b.WriteString("\n## Speed\n\n")
		b.WriteString("Each tool on ./... with tests, alternating runs after one warm-up run each; medians. The floor is a no-op analyzer in the same singlechecker driver. \"Pairs\" is the median of the ratios to the floor's run of the same round, with their range.")
		if r.any(func(mr *moduleResult) bool { return mr.Speed != nil && len(mr.Speed.Samples) > 2 }) {
			b.WriteString(" staticcheck runs with an empty cache each time, and again with a warm one.")
		}
		b.WriteString("\n\n")
		b.WriteString("| module | tool | runs | wall | × floor | pairs × floor | peak RSS | × floor |\n|---|---|---|---|---|---|---|---|\n")
		for _, mr := range r.Modules {
			s := mr.Speed
			if s == nil {
				continue
			}
			floor := s.Samples[1]
			for _, smp := range s.Samples {
				med, lo, hi := speed.PairRatios(smp, floor)
				fmt.Fprintf(&b, "| %s | %s | %d | %s | %.3f | %.3f (%.2f–%.2f) | %s | %.3f |\n", mr.Name, smp.Tool, smp.Runs,
					seconds(smp.Wall), speed.Ratio(smp.Wall, floor.Wall), med, lo, hi, mib(smp.MaxRSS), speed.Ratio(smp.MaxRSS, floor.MaxRSS))
			}
		}
		b.WriteString("\nbarestatus's own time (sum of -debug=tp action timings) against the wall time of that sequential run:\n\n")
		for _, mr := range r.Modules {
			if s := mr.Speed; s != nil {
				fmt.Fprintf(&b, "- %s: %s of %s (%.2f%%)\n", mr.Name, s.AnalyzerTime.Round(time.Microsecond), seconds(s.RunWall), 100*speed.Ratio(s.AnalyzerTime, s.RunWall))
			}
		}
	}

	var errs []string
	for _, mr := range r.Modules {
		for _, e := range mr.LoadErrors {
			errs = append(errs, mr.Name+": "+e)
		}
	}
	if len(errs) > 0 {
		b.WriteString("\n## Analyzer errors\n\n")
		for _, e := range errs {
			fmt.Fprintf(&b, "- %s\n", e)
		}
	}
	return b.String()
}

// any reports whether some module satisfies f.
func (r *report) any(f func(*moduleResult) bool) bool {
	for _, mr := range r.Modules {
		if f(mr) {
			return true
		}
	}
	return false
}

// countList renders counts as "a 3, b 1", largest first.
func countList(counts map[string]int) string {
	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if counts[keys[i]] != counts[keys[j]] {
			return counts[keys[i]] > counts[keys[j]]
		}
		return keys[i] < keys[j]
	})
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = fmt.Sprintf("`%s` %d", k, counts[k])
	}
	return strings.Join(parts, ", ")
}

// short returns "ok", or "FAIL" for a failing check's output.
func short(s string) string {
	if s == "ok" {
		return s
	}
	return "FAIL"
}

func seconds(d time.Duration) string { return fmt.Sprintf("%.2fs", d.Seconds()) }

func mib(n int64) string { return fmt.Sprintf("%.0f MiB", float64(n)/(1<<20)) }
