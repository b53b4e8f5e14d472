// Command barestatus reports bare HTTP status codes in Go packages and
// replaces them with named constants.
//
// Usage:
//
//	barestatus [-fix] [-diff] [-json] [-test=false] [-style=status|nethttp] [-generated] packages...
//
// It also runs under go vet and go fix:
//
//	go vet -vettool=$(which barestatus) ./...
//	go fix -fixtool=$(which barestatus) ./...
package main

import (
	"golang.org/x/tools/go/analysis/singlechecker"

	"github.com/barestatus/barestatus/analyzer"
)

func main() { singlechecker.Main(analyzer.Analyzer) }
