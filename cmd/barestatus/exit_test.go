package main_test

import (
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/barestatus/barestatus/internal/testmod"
)

// exitFiles are the packages of the module the exit status tests run on.
var exitFiles = map[string]string{
	"found/found.go": `package found

import "net/http"

func h(w http.ResponseWriter) {
	w.WriteHeader(404)
	w.WriteHeader(299)
	http.Error(w, "x", 1000)
}
`,
	"clean/clean.go": `package clean

import "net/http"

func h(w http.ResponseWriter) { w.WriteHeader(http.StatusOK) }
`,
	"broken/broken.go": `package broken

import "net/http"

func h(w http.ResponseWriter) {
	w.WriteHeader(404)
	var x int = "s"
}
`,
	"brokenonly/brokenonly.go": `package brokenonly

var x int = "s"
`,
}

// An exitCase is one row of the README's table of exit statuses and
// output: how the test runs it and what it must see.
type exitCase struct {
	command, when string // the row's first two columns
	status        int    // its last column

	dir  string   // "module": a new module of exitFiles; "bare": one without the status module; "checkout": the repository
	args []string // the command line; "barestatus" is the built binary, "$BIN" its path in go's flags
	want []string // each must appear in the output
	not  []string // none may appear
}

// exitCases covers every row of the README's table.
var exitCases = []exitCase{
	{command: "barestatus ./...", when: "nothing found", status: 0, dir: "module",
		args: []string{"barestatus", "./clean"}, not: []string{"bare HTTP"}},
	{command: "barestatus ./...", when: "bare codes", status: 3, dir: "module",
		args: []string{"barestatus", "./found"}, want: []string{"found.go:6:16: bare HTTP status code 404: use status.HTTP_404_NOT_FOUND\n", "found.go:7:16: bare HTTP status code 299: no named constant\n"}},
	{command: "barestatus ./...", when: "a package that fails to load (no such directory, a pattern matching nothing)", status: 1, dir: "module",
		args: []string{"barestatus", "./nosuch"}, want: []string{"nosuch: directory not found"}},
	{command: "barestatus ./...", when: "type or syntax errors, and a bare code", status: 3, dir: "module",
		args: []string{"barestatus", "./broken"}, want: []string{`cannot use "s"`, "broken.go:6:16: bare HTTP status code 404"}},
	{command: "barestatus ./...", when: "type or syntax errors, no bare code", status: 1, dir: "module",
		args: []string{"barestatus", "./brokenonly"}, want: []string{`cannot use "s"`}, not: []string{"bare HTTP"}},
	{command: "barestatus -json ./...", when: "bare codes", status: 0, dir: "module",
		args: []string{"barestatus", "-json", "./found"}, want: []string{`"message": "bare HTTP status code 404: use status.HTTP_404_NOT_FOUND"`}},
	{command: "barestatus -json ./...", when: "a package that fails to load or has type errors", status: 1, dir: "module",
		args: []string{"barestatus", "-json", "./broken"}, want: []string{`cannot use "s"`, `"message": "bare HTTP status code 404`}},
	{command: "barestatus -fix ./...", when: "bare codes", status: 0, dir: "module",
		args: []string{"barestatus", "-fix", "./found"}, want: []string{
			"found.go:7:16: bare HTTP status code 299: no named constant (not fixed)\n",
			"found.go:8:21: invalid HTTP status code 1000: net/http panics on codes outside 100-999 (not fixed)\n",
		}, not: []string{"404"}},
	{command: "barestatus -fix ./...", when: "the module does not require the status module", status: 1, dir: "bare",
		args: []string{"barestatus", "-fix", "./..."}, want: []string{"go get github.com/barestatus/barestatus/status@latest", "no file was changed"}},
	{command: "barestatus -fix -diff ./...", when: "bare codes", status: 0, dir: "module",
		args: []string{"barestatus", "-fix", "-diff", "./found"}, want: []string{"+\tw.WriteHeader(status.HTTP_404_NOT_FOUND)\n", "(not fixed)"}},
	{command: "barestatus -style=bogus ./...", when: "a bad flag", status: 2, dir: "module",
		args: []string{"barestatus", "-style=bogus", "./..."}, want: []string{`invalid value "bogus" for flag -style`, "Run 'barestatus -h' for the flags.\n"}},
	{command: "barestatus -h", when: "any", status: 0, dir: "module",
		args: []string{"barestatus", "-h"}, want: []string{"Usage: barestatus [-flag] [package]"}},
	{command: "barestatus -version", when: "any", status: 0, dir: "module",
		args: []string{"barestatus", "-version"}, want: []string{"barestatus "}},
	{command: "go run ./cmd/barestatus ./example/...", when: "bare codes", status: 1, dir: "checkout",
		args: []string{"go", "run", "./cmd/barestatus", "./example/..."}, want: []string{"bare HTTP status code 405", "exit status 3\n"}},
	{command: "go vet -vettool=$(which barestatus) ./...", when: "nothing found", status: 0, dir: "module",
		args: []string{"go", "vet", "-vettool=$BIN", "./clean"}, not: []string{"bare HTTP"}},
	{command: "go vet -vettool=$(which barestatus) ./...", when: "bare codes", status: 1, dir: "module",
		args: []string{"go", "vet", "-vettool=$BIN", "./found"}, want: []string{"found.go:6:16: bare HTTP status code 404"}},
	{command: "go fix -fixtool=$(which barestatus) ./...", when: "bare codes", status: 0, dir: "module",
		args: []string{"go", "fix", "-fixtool=$BIN", "./found"}, want: []string{"found.go:7:16: bare HTTP status code 299: no named constant (not fixed)"}},
	{command: "go fix -fixtool=$(which barestatus) -diff ./...", when: "bare codes", status: 1, dir: "module",
		args: []string{"go", "fix", "-fixtool=$BIN", "-diff", "./found"}, want: []string{"+\tw.WriteHeader(status.HTTP_404_NOT_FOUND)\n"}},
}

// TestExitStatus runs every row of the README's table of exit statuses
// with the built command and checks the status and the output.
func TestExitStatus(t *testing.T) {
	bin := buildCommand(t)
	for _, tc := range exitCases {
		t.Run(tc.command+" "+tc.when, func(t *testing.T) {
			var dir string
			switch tc.dir {
			case "module":
				dir = testmod.New(t, "example.com/demo", exitFiles).Dir
			case "bare":
				dir = newBareModule(t)
			case "checkout":
				dir = testmod.Root(t)
			}
			name, args := tc.args[0], slices.Clone(tc.args[1:])
			if name == "barestatus" {
				name = bin
			}
			for i := range args {
				args[i] = strings.ReplaceAll(args[i], "$BIN", bin)
			}
			env := []string{"GOFLAGS=-mod=mod", "GOPROXY=off"}
			if tc.dir == "checkout" {
				env = []string{"GOPROXY=off"} // the workspace allows no -mod=mod
			}
			out, code := runEnv(t, dir, env, name, args...)
			if code != tc.status {
				t.Errorf("exit status %d, want %d\n%s", code, tc.status, out)
			}
			for _, want := range tc.want {
				if !strings.Contains(out, want) {
					t.Errorf("output lacks %q\n%s", want, out)
				}
			}
			for _, not := range tc.not {
				if strings.Contains(out, not) {
					t.Errorf("output has %q\n%s", not, out)
				}
			}
		})
	}
}

// TestExitStatusTable checks that the README's table of exit statuses
// has exactly the rows of exitCases, with the same statuses.
func TestExitStatusTable(t *testing.T) {
	readme, err := os.ReadFile(filepath.Join(testmod.Root(t), "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	_, section, ok := strings.Cut(string(readme), "### Exit status and output\n")
	if !ok {
		t.Fatal("README.md has no section \"Exit status and output\"")
	}
	section, _, _ = strings.Cut(section, "\n\n\n")
	row := regexp.MustCompile("(?m)^\\| `([^`]+)` \\| ([^|]+) \\|.*\\| ([0-9]+) \\|$")
	documented := make(map[string]int)
	for _, m := range row.FindAllStringSubmatch(section, -1) {
		status, _ := strconv.Atoi(m[3])
		documented[m[1]+" | "+strings.TrimSpace(m[2])] = status
	}
	tested := make(map[string]int)
	for _, tc := range exitCases {
		tested[tc.command+" | "+tc.when] = tc.status
	}
	if !maps.Equal(documented, tested) {
		t.Errorf("README.md's table:\n%s\nthe tests:\n%s", rows(documented), rows(tested))
	}
}

// rows formats a table of exit statuses, one row a line, sorted.
func rows(table map[string]int) string {
	var b strings.Builder
	for _, key := range slices.Sorted(maps.Keys(table)) {
		fmt.Fprintf(&b, "%s | %d\n", key, table[key])
	}
	return b.String()
}
