package fix

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

// Class tests become helper calls; a status field that is not an int is
// converted. The helpers and the constants share one import.

type proxyResponse struct {
	StatusCode int32
}

func classes(c *gin.Context, resp *http.Response, p proxyResponse) bool {
	if resp.StatusCode >= 200 && resp.StatusCode < 300 { // want `use status\.IsSuccess\(resp\.StatusCode\)`
		c.JSON(200, nil) // want `bare HTTP status code 200: use status\.HTTP_200_OK`
	}
	if !(resp.StatusCode/100 == 4) { // want `use !status\.IsClientError\(resp\.StatusCode\)`
		return false
	}
	if p.StatusCode >= 500 && p.StatusCode <= 599 { // want `use status\.IsServerError\(int\(p\.StatusCode\)\)`
		return false
	}
	return resp.StatusCode < 300 || resp.StatusCode > 399 // want `use !status\.IsRedirect\(resp\.StatusCode\)`
}
