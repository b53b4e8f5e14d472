// Package gin exercises the status positions of gin v1.12.0's Context.
package gin

import (
	"errors"
	"io"
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/gin-gonic/gin/render"
)

func handlers(c *gin.Context, r render.Render, body io.Reader) {
	c.JSON(200, gin.H{})                              // want `bare HTTP status code 200: use status\.HTTP_200_OK`
	c.IndentedJSON(201, nil)                          // want `bare HTTP status code 201`
	c.SecureJSON(202, nil)                            // want `bare HTTP status code 202`
	c.JSONP(203, nil)                                 // want `bare HTTP status code 203`
	c.AsciiJSON(204, nil)                             // want `bare HTTP status code 204`
	c.PureJSON(205, nil)                              // want `bare HTTP status code 205`
	c.XML(206, nil)                                   // want `bare HTTP status code 206`
	c.YAML(207, nil)                                  // want `bare HTTP status code 207`
	c.TOML(208, nil)                                  // want `bare HTTP status code 208`
	c.ProtoBuf(226, nil)                              // want `bare HTTP status code 226`
	c.BSON(400, nil)                                  // want `bare HTTP status code 400`
	c.String(401, "no")                               // want `bare HTTP status code 401`
	c.HTML(402, "tmpl", nil)                          // want `bare HTTP status code 402`
	c.Data(403, "text/plain", nil)                    // want `bare HTTP status code 403`
	c.DataFromReader(404, 0, "text/plain", body, nil) // want `bare HTTP status code 404`
	c.Redirect(301, "/elsewhere")                     // want `bare HTTP status code 301`
	c.Status(405)                                     // want `bare HTTP status code 405`
	c.Render(406, r)                                  // want `bare HTTP status code 406`
	c.Negotiate(407, gin.Negotiate{})                 // want `bare HTTP status code 407`
	c.AbortWithStatus(408)                            // want `bare HTTP status code 408`
	c.AbortWithStatusJSON(409, nil)                   // want `bare HTTP status code 409`
	c.AbortWithStatusPureJSON(410, nil)               // want `bare HTTP status code 410`
	c.AbortWithError(500, errors.New("boom"))         // want `bare HTTP status code 500`
	c.Writer.WriteHeader(503)                         // want `bare HTTP status code 503`
	_ = render.Redirect{Code: 302}                    // want `bare HTTP status code 302`
	if c.Writer.Status() != 200 {                     // want `bare HTTP status code 200`
		return
	}

	c.Render(-1, r)                 // -1: gin writes no status, quiet
	c.JSON(http.StatusOK, gin.H{})  // a named constant
	c.String(0, "")                 // outside 100-999: not a status here
	c.Writer.Header().Set("X", "1") // no status
}
