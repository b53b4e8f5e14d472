// Package catalog is the table of HTTP status codes that barestatus knows
// by name: the constants of the bundled status package and, where one
// exists, their net/http counterpart.
//
// The table is generated from codes.tsv, which is also the source of the
// status package's constants, so the two cannot drift apart.
package catalog

//go:generate go run ./gen

import "slices"

// A Code is one named HTTP status code.
type Code struct {
	Value   int    // the numeric code, e.g. 404
	Name    string // the status package's constant, e.g. "HTTP_404_NOT_FOUND"
	NetHTTP string // net/http's constant, e.g. "StatusNotFound"; "" if net/http has none
}

// Lookup returns the named code with the given value, and reports
// whether there is one.
func Lookup(value int) (Code, bool) {
	i, ok := slices.BinarySearchFunc(codes[:], value, func(c Code, v int) int { return c.Value - v })
	if !ok {
		return Code{}, false
	}
	return codes[i], true
}

// All returns every named code, in increasing order of value.
func All() []Code {
	return slices.Clone(codes[:])
}
