// Command barestatus reports bare HTTP status codes in Go packages and
// replaces them with named constants.
//
// Usage:
//
//	barestatus [-fix] [-diff] [-json] [-test=false] [-style=status|nethttp] [-generated] packages...
//	barestatus -version
//
// It also runs under go vet and go fix:
//
//	go vet -vettool=$(which barestatus) ./...
//	go fix -fixtool=$(which barestatus) ./...
package main

import (
	"flag"
	"fmt"
	"os"
	"strconv"

	"golang.org/x/tools/go/analysis/singlechecker"

	"github.com/barestatus/barestatus/analyzer"
	"github.com/barestatus/barestatus/internal/version"
)

func main() {
	flag.Var(versionFlag{}, "version", "print the module version and VCS revision of barestatus and exit")
	fs := checkFlags(os.Args[1:])
	a := analyzer.New()
	if isSet(fs, "fix") {
		g := &fixGuard{diff: isSet(fs, "diff"), style: fs.Lookup("style").Value.String()}
		a = g.wrap(a)
	}
	singlechecker.Main(a)
}

// isSet reports whether the boolean flag name of fs is true.
func isSet(fs *flag.FlagSet, name string) bool {
	return fs.Lookup(name).Value.String() == "true"
}

// versionFlag is the -version flag. Like x/tools' -V, it acts while the
// flags are parsed: singlechecker.Main parses them and runs the analysis
// in one call, leaving main no moment in between.
type versionFlag struct{}

// IsBoolFlag reports that -version needs no value.
func (versionFlag) IsBoolFlag() bool { return true }

func (versionFlag) String() string { return "false" }

// Set prints the version line and exits, unless the value is false.
func (versionFlag) Set(value string) error {
	on, err := strconv.ParseBool(value)
	if err != nil {
		return err
	}
	if on {
		fmt.Println(version.Line("barestatus"))
		os.Exit(0)
	}
	return nil
}
