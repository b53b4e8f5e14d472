package cgo

// #include <stdlib.h>
import "C"

// import "C" is the only import: it stays alone, with its preamble, and
// the fix adds a declaration after it.

type APIResponse struct {
	Status int
}

var notFound = APIResponse{Status: 404}

func free(p *C.char) { C.free(nil) }
