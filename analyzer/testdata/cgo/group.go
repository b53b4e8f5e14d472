package cgo

// #include <stdlib.h>
import "C"

import (
	"fmt"
	"strings"
)

// import "C" stays alone; the group gets the import.

type APIResponse struct {
	Status int
}

var created = APIResponse{Status: 201}

func show() string { return strings.ToUpper(fmt.Sprint(C.int(1))) }
