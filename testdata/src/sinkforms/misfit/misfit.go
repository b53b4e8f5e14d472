// Package misfit uses the getters and fields that misfit -sinks entries
// name, so that the run meets them and fails.
package misfit

import (
	"example.com/api"
	"example.com/requests"
)

func use(r requests.Result, h api.HealthStatus) bool {
	return r.Code("k") == 200 || r.Text() == "" || h.Name == ""
}
