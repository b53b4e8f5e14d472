package fix

import (
	"net/http"

	"google.golang.org/grpc/status"
)

// gRPC's package is imported as status: the fix picks another name.

func otherStatus(w http.ResponseWriter) *status.Status {
	w.WriteHeader(503) // want `bare HTTP status code 503: use httpstatus\.HTTP_503_SERVICE_UNAVAILABLE`
	return status.New(14, "unavailable")
}
