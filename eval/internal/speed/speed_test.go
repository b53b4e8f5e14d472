package speed_test

import (
	"errors"
	"os/exec"
	"strings"
	"testing"
	"time"

	"github.com/barestatus/barestatus/eval/internal/proc"
	"github.com/barestatus/barestatus/eval/internal/speed"
)

func TestMedian(t *testing.T) {
	for _, tc := range []struct {
		in   []int64
		want int64
	}{
		{nil, 0},
		{[]int64{5}, 5},
		{[]int64{9, 1, 5}, 5},
		{[]int64{4, 1, 3, 100}, 3}, // (3+4)/2, integer
	} {
		if got := speed.Median(tc.in); got != tc.want {
			t.Errorf("Median(%v) = %d, want %d", tc.in, got, tc.want)
		}
	}
	if got := speed.Ratio(time.Duration(3), 2); got != 1.5 {
		t.Errorf("Ratio(3, 2) = %v", got)
	}
	if got := speed.Ratio(int64(3), 0); got != 0 {
		t.Errorf("Ratio(3, 0) = %v, want 0", got)
	}
}

// TestMeasureAlternates checks the order of runs (one warm-up each, then
// rounds) and the medians, with a fake runner whose costs are known.
func TestMeasureAlternates(t *testing.T) {
	var order []string
	costs := map[string][]time.Duration{"a": {100, 10, 30, 20}, "b": {100, 40, 60, 50}}
	run := func(cmd *exec.Cmd) (proc.Result, error) {
		name := cmd.Args[0]
		order = append(order, name)
		c := costs[name][0]
		costs[name] = costs[name][1:]
		return proc.Result{Wall: c, MaxRSS: int64(c) * 2}, nil
	}
	tool := func(name string) speed.Tool {
		return speed.Tool{Name: name, Cmd: func() *exec.Cmd { return &exec.Cmd{Args: []string{name}} }}
	}
	samples, err := speed.Measure([]speed.Tool{tool("a"), tool("b")}, 3, run)
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(order, ""); got != "abababab" {
		t.Errorf("run order %s, want abababab", got)
	}
	if samples[0].Wall != 20 || samples[0].MaxRSS != 40 || samples[1].Wall != 50 || samples[1].Runs != 3 {
		t.Errorf("samples %+v", samples)
	}
}

func TestMeasureFails(t *testing.T) {
	fail := func(*exec.Cmd) (proc.Result, error) { return proc.Result{}, errors.New("boom") }
	tools := []speed.Tool{{Name: "a", Cmd: func() *exec.Cmd { return &exec.Cmd{} }}}
	if _, err := speed.Measure(tools, 1, fail); err == nil || !strings.Contains(err.Error(), "boom") {
		t.Errorf("err = %v, want the runner's error", err)
	}
	if _, err := speed.Measure(tools, 0, fail); err == nil {
		t.Error("zero runs: want an error")
	}
}

// TestPairRatios checks that the ratios are taken round by round, not of
// the medians: b's drift from round to round is divided out.
func TestPairRatios(t *testing.T) {
	a := speed.Sample{Walls: []time.Duration{110, 220, 330, 400}}
	b := speed.Sample{Walls: []time.Duration{100, 200, 300, 400}}
	med, lo, hi := speed.PairRatios(a, b)
	if med != 1.1 || lo != 1 || hi != 1.1 {
		t.Errorf("PairRatios = %v, %v, %v; want 1.1, 1, 1.1", med, lo, hi)
	}
	if med, _, _ := speed.PairRatios(a, speed.Sample{Walls: b.Walls[:3]}); med != 1.1 {
		t.Errorf("PairRatios over the common 3 rounds = %v, want 1.1", med)
	}
	if med, lo, hi := speed.PairRatios(a, speed.Sample{}); med != 0 || lo != 0 || hi != 0 {
		t.Errorf("PairRatios with no rounds = %v, %v, %v; want zeros", med, lo, hi)
	}
}
