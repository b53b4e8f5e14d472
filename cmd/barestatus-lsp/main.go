// Command barestatus-lsp is a language server that reports bare HTTP
// status codes in the Go files open in an editor and offers the
// barestatus fixes as quick fixes. It runs beside gopls, which cannot
// load third-party analyzers, and speaks LSP over standard input and
// output.
//
// Usage:
//
//	barestatus-lsp [-debounce=300ms] [-maxwait=1s] [-severity=warning] [analyzer flags]
//	barestatus-lsp -version
//
// It takes the analyzer flags of the barestatus command, such as
// -style=nethttp, and logs to standard error.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log"
	"os"

	"golang.org/x/tools/go/analysis"

	"github.com/barestatus/barestatus/analyzer"
	"github.com/barestatus/barestatus/internal/lsp"
	"github.com/barestatus/barestatus/internal/version"
)

func main() {
	a := analyzer.New()
	opts, err := parseFlags(a, os.Args[1:], os.Stderr)
	if err == errVersion {
		fmt.Println(version.Line("barestatus-lsp"))
		os.Exit(0)
	} else if err == flag.ErrHelp {
		os.Exit(0)
	} else if err != nil {
		os.Exit(2) // the flag set has printed the error and the usage
	}
	opts.Log = log.New(os.Stderr, "barestatus-lsp: ", log.LstdFlags)
	srv := lsp.NewServer([]*analysis.Analyzer{a}, opts)
	if err := srv.Serve(context.Background(), os.Stdin, os.Stdout); err != nil {
		opts.Log.Print(err)
		os.Exit(1)
	}
}

// errVersion is the error of parseFlags when -version is given: like
// flag.ErrHelp, it asks main to print something and exit 0.
var errVersion = errors.New("-version given")

// parseFlags parses the server's flags and the analyzer's, which it sets
// on a, and returns the server's options. Every flag of the analyzer,
// including ones added later, works here as it does for the barestatus
// command.
func parseFlags(a *analysis.Analyzer, args []string, stderr io.Writer) (lsp.Options, error) {
	fs := flag.NewFlagSet("barestatus-lsp", flag.ContinueOnError)
	fs.SetOutput(stderr)
	debounce := fs.Duration("debounce", lsp.DefaultDebounce, "how long to wait after an edit before analysing")
	maxWait := fs.Duration("maxwait", lsp.DefaultMaxWait, "how long edits that keep coming may postpone an analysis")
	severity := fs.String("severity", "warning", "severity of the diagnostics: error, warning, information or hint")
	showVersion := fs.Bool("version", false, "print the module version and VCS revision of barestatus-lsp and exit")
	a.Flags.VisitAll(func(f *flag.Flag) { fs.Var(f.Value, f.Name, f.Usage) })
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), "usage: barestatus-lsp [flags]\n\nA language server for barestatus, speaking LSP on standard input and output.\n\nFlags:\n")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return lsp.Options{}, err
	}
	if *showVersion {
		return lsp.Options{}, errVersion
	}
	if fs.NArg() > 0 {
		err := fmt.Errorf("unexpected argument %q", fs.Arg(0))
		fmt.Fprintln(fs.Output(), err)
		fs.Usage()
		return lsp.Options{}, err
	}
	sev, err := lsp.ParseSeverity(*severity)
	if err != nil {
		fmt.Fprintln(fs.Output(), err)
		return lsp.Options{}, err
	}
	return lsp.Options{Debounce: *debounce, MaxWait: *maxWait, Severity: sev}, nil
}
