package fix

import (
	"fmt"
	"net/http"

	"example.com/lib"
	// A comment on the spec that sorts after status.
	"google.golang.org/grpc/status"
)

// The fix joins the non-standard run, in sorted order, under a free name.

func groupedRuns(w http.ResponseWriter) {
	fmt.Fprintln(w, lib.Name, status.New(5, "x"))
	w.WriteHeader(202) // want `bare HTTP status code 202: use httpstatus\.HTTP_202_ACCEPTED`
}
