package flow

import (
	"fmt"
	"net/http"
	"strings"
)

// None of these locals is a status local: each has another use.

// A local also used as a size.
func sized(w http.ResponseWriter) {
	n := 200
	buf := make([]byte, n)
	w.WriteHeader(n)
	w.Write(buf)
}

// A local also used as an index.
func indexed(w http.ResponseWriter, items []string) {
	i := 404
	_ = items[i]
	w.WriteHeader(i)
}

// A local also used as a loop bound.
func bound(w http.ResponseWriter, s string) {
	limit := 300
	for j := 0; j < limit; j++ {
		s += "x"
	}
	w.WriteHeader(limit)
}

// A local also used in arithmetic other than a class test.
func arithmetic(w http.ResponseWriter) {
	code := 500
	w.WriteHeader(code)
	fmt.Println(code + 1)
}

// A local also compared with a value that is not a status code.
func comparedWithSize(w http.ResponseWriter, body string) {
	code := 200
	if code == len(body) {
		return
	}
	w.WriteHeader(code)
}

// A local set from a size.
func setFromSize(w http.ResponseWriter, body string) {
	code := 200
	if body != "" {
		code = strings.Count(body, "x") * 2
	}
	w.WriteHeader(code)
}

// A local whose address escapes.
func addressed(w http.ResponseWriter) {
	code := 200
	fmt.Sscan("404", &code)
	w.WriteHeader(code)
}

// A local incremented.
func incremented(w http.ResponseWriter) {
	code := 200
	code++
	w.WriteHeader(code)
}

// A local that never reaches a status position, only printed.
func printedOnly() {
	code := 404
	if code == 500 {
		fmt.Printf("%d\n", code)
	}
}

// A named constant is never rewritten, nor is its declaration.
func constant(w http.ResponseWriter) {
	const code = 404
	w.WriteHeader(code)
}

// Codes held in a slice or a map are data: quiet.
func data(w http.ResponseWriter, key string) {
	codes := []int{200, 404, 500}
	for _, c := range codes {
		w.WriteHeader(c)
	}
	byKey := map[string]int{"missing": 404}
	w.WriteHeader(byKey[key])
}

// Outside 100-999 a local is not reported, even where WriteHeader would
// call it invalid: the code between may check it.
func outOfRange(w http.ResponseWriter) {
	code := 1000
	w.WriteHeader(code)
}

// A package-level variable is not a slot: any code may set it.
var defaultCode = 200

func packageVar(w http.ResponseWriter) {
	w.WriteHeader(defaultCode)
}
