// Package proc runs a command and measures its wall time and peak memory.
package proc

import (
	"bytes"
	"errors"
	"fmt"
	"os/exec"
	"syscall"
	"time"
)

// A Result is what one run of a command printed and cost.
type Result struct {
	Wall     time.Duration // from start to exit
	MaxRSS   int64         // peak resident set size in bytes, of the process or of the largest child it waited for
	Stdout   []byte
	Stderr   []byte
	ExitCode int
}

// Run runs cmd to completion, capturing its output unless cmd already has
// a Stdout or Stderr. A non-zero exit is not an error; it is reported in
// ExitCode. Run fails only when the command cannot be started or is
// killed by a signal.
func Run(cmd *exec.Cmd) (Result, error) {
	var stdout, stderr bytes.Buffer
	if cmd.Stdout == nil {
		cmd.Stdout = &stdout
	}
	if cmd.Stderr == nil {
		cmd.Stderr = &stderr
	}
	start := time.Now()
	err := cmd.Run()
	r := Result{Wall: time.Since(start), Stdout: stdout.Bytes(), Stderr: stderr.Bytes()}
	if cmd.ProcessState == nil {
		return r, err // never started
	}
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		r.MaxRSS = ru.Maxrss * 1024 // Linux reports kilobytes
	}
	r.ExitCode = cmd.ProcessState.ExitCode()
	var exit *exec.ExitError
	if errors.As(err, &exit) {
		if r.ExitCode < 0 {
			return r, fmt.Errorf("%s: %v", cmd.Args[0], exit.ProcessState)
		}
		return r, nil
	}
	return r, err
}
