// Package echo5 exercises the status positions of echo v5.4.4, where
// Context is a struct and NewHTTPError takes one message.
package echo5

import (
	"github.com/labstack/echo/v5"
)

func handler(c *echo.Context) error {
	c.JSON(200, nil)                   // want `bare HTTP status code 200: use status\.HTTP_200_OK`
	c.String(400, "no")                // want `bare HTTP status code 400`
	c.NoContent(204)                   // want `bare HTTP status code 204`
	c.Redirect(308, "/x")              // want `bare HTTP status code 308`
	c.Response().WriteHeader(202)      // want `bare HTTP status code 202`
	_ = &echo.HTTPError{Code: 409}     // want `bare HTTP status code 409`
	_ = echo.ProblemError{Status: 422} // want `bare HTTP status code 422`
	he := echo.NewHTTPError(404, "no") // want `bare HTTP status code 404`
	if he.StatusCode() == 404 {        // want `bare HTTP status code 404`
		return nil
	}
	return he
}
