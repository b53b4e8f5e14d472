package proc_test

import (
	"os"
	"os/exec"
	"strconv"
	"testing"
	"time"

	"github.com/barestatus/barestatus/eval/internal/proc"
)

// TestMain lets the test binary act as the measured child: with
// PROC_TEST_ALLOC=n it touches n MiB, sleeps a little and exits with code 7.
func TestMain(m *testing.M) {
	if s := os.Getenv("PROC_TEST_ALLOC"); s != "" {
		n, _ := strconv.Atoi(s)
		buf := make([]byte, n<<20)
		for i := 0; i < len(buf); i += 4096 {
			buf[i] = 1 // touch every page so that it is resident
		}
		time.Sleep(200 * time.Millisecond)
		os.Stdout.WriteString("out" + strconv.Itoa(int(buf[len(buf)-4096])))
		os.Exit(7)
	}
	os.Exit(m.Run())
}

func child(mib int) *exec.Cmd {
	cmd := exec.Command(os.Args[0])
	cmd.Env = append(os.Environ(), "PROC_TEST_ALLOC="+strconv.Itoa(mib))
	return cmd
}

func TestRunMeasuresChild(t *testing.T) {
	small, err := proc.Run(child(1))
	if err != nil {
		t.Fatal(err)
	}
	big, err := proc.Run(child(300))
	if err != nil {
		t.Fatal(err)
	}
	if big.ExitCode != 7 || string(big.Stdout) != "out1" {
		t.Errorf("exit %d, stdout %q; want 7, %q", big.ExitCode, big.Stdout, "out1")
	}
	if big.Wall < 200*time.Millisecond {
		t.Errorf("wall %v, want at least the child's 200ms sleep", big.Wall)
	}
	if big.MaxRSS < 300<<20 {
		t.Errorf("MaxRSS %d, want at least the 300 MiB the child touched", big.MaxRSS)
	}
	if small.MaxRSS >= big.MaxRSS-250<<20 {
		t.Errorf("MaxRSS of the 1 MiB child %d is not well below the 300 MiB child's %d", small.MaxRSS, big.MaxRSS)
	}
}

func TestRunMissingCommand(t *testing.T) {
	if _, err := proc.Run(exec.Command("/nonexistent/barestatus-eval")); err == nil {
		t.Error("running a missing command: want an error")
	}
}
