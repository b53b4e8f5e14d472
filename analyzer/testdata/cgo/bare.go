package cgo

// #include <stdlib.h>
import "C"

import "fmt"

// import "C" stays alone; the other lone import becomes a group.

type APIResponse struct {
	Status int
}

func show(r APIResponse) string {
	if r.Status == 404 {
		return fmt.Sprint(C.int(1))
	}
	return ""
}
