// Package speed runs several tools over the same packages in alternation
// and summarizes their wall time and peak memory by the median.
package speed

import (
	"fmt"
	"os/exec"
	"slices"
	"time"

	"github.com/barestatus/barestatus/eval/internal/proc"
)

// A Tool is one command to time.
type Tool struct {
	Name string
	Cmd  func() *exec.Cmd // a fresh command for each run
}

// A Sample is the median cost of one tool over n runs.
type Sample struct {
	Tool   string
	Runs   int
	Wall   time.Duration // median
	MaxRSS int64         // median of the peaks, bytes
	Walls  []time.Duration
	Exit   int // exit code of the last run
}

// Runner runs one command; proc.Run in production.
type Runner func(*exec.Cmd) (proc.Result, error)

// Measure runs each tool once untimed to warm caches, then n rounds in
// which every tool runs once, in the order given: a, b, c, a, b, c, ...
// Alternating spreads drift in the machine's load over all tools alike.
func Measure(tools []Tool, n int, run Runner) ([]Sample, error) {
	if n < 1 {
		return nil, fmt.Errorf("runs must be at least 1, not %d", n)
	}
	for _, t := range tools {
		if _, err := run(t.Cmd()); err != nil {
			return nil, fmt.Errorf("%s (warm-up): %v", t.Name, err)
		}
	}
	walls := make([][]time.Duration, len(tools))
	rss := make([][]int64, len(tools))
	exits := make([]int, len(tools))
	for range n {
		for i, t := range tools {
			r, err := run(t.Cmd())
			if err != nil {
				return nil, fmt.Errorf("%s: %v", t.Name, err)
			}
			walls[i] = append(walls[i], r.Wall)
			rss[i] = append(rss[i], r.MaxRSS)
			exits[i] = r.ExitCode
		}
	}
	samples := make([]Sample, len(tools))
	for i, t := range tools {
		samples[i] = Sample{Tool: t.Name, Runs: n, Wall: Median(walls[i]), MaxRSS: Median(rss[i]), Walls: walls[i], Exit: exits[i]}
	}
	return samples, nil
}

// Median returns the median of xs, the mean of the middle two for an
// even count, or zero for none.
func Median[T time.Duration | int64](xs []T) T {
	if len(xs) == 0 {
		return 0
	}
	s := slices.Clone(xs)
	slices.Sort(s)
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}

// PairRatios summarizes a's wall time against b's round by round, as
// Measure ran them one after the other: the median of the ratios
// a.Walls[i]/b.Walls[i] and their range. Pairing keeps the ratio
// meaningful when the machine's speed drifts during the runs. All three
// are zero when the two have no rounds in common.
func PairRatios(a, b Sample) (median, lo, hi float64) {
	n := min(len(a.Walls), len(b.Walls))
	if n == 0 {
		return 0, 0, 0
	}
	rs := make([]float64, n)
	for i := range rs {
		rs[i] = Ratio(a.Walls[i], b.Walls[i])
	}
	slices.Sort(rs)
	median = rs[n/2]
	if n%2 == 0 {
		median = (rs[n/2-1] + rs[n/2]) / 2
	}
	return median, rs[0], rs[n-1]
}

// Ratio returns a/b, or 0 when b is zero.
func Ratio[T time.Duration | int64](a, b T) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}
