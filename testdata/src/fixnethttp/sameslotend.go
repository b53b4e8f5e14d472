package fixnethttp

import (
	"example.com/lib"
	"fmt"
)

// One mixed run, and net/http sorts after its last spec.

func sameSlotEnd() {
	a := APIResponse{Status: 401} // want `bare HTTP status code 401: use http\.StatusUnauthorized`
	b := APIResponse{Status: 306} // want `bare HTTP status code 306: no net/http constant \(status\.HTTP_306_RESERVED under -style=status\)`
	fmt.Println(a, b, lib.Name)
}
