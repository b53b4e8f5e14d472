package fixnethttp

import (
	"example.com/lib"
	"fmt"
)

// One mixed run, and both new imports sort after its last spec.

func sameSlotEnd() {
	a := APIResponse{Status: 401} // want `bare HTTP status code 401: use http\.StatusUnauthorized`
	b := APIResponse{Status: 306} // want `bare HTTP status code 306: use status\.HTTP_306_RESERVED`
	fmt.Println(a, b, lib.Name)
}
