// Package echo4 exercises the status positions of echo v4.16.0.
package echo4

import (
	"io"

	"github.com/labstack/echo/v4"
)

func handler(c echo.Context, r io.Reader) error {
	c.JSON(200, nil)                             // want `bare HTTP status code 200: use status\.HTTP_200_OK`
	c.JSONPretty(201, nil, " ")                  // want `bare HTTP status code 201`
	c.JSONBlob(202, nil)                         // want `bare HTTP status code 202`
	c.JSONP(203, "cb", nil)                      // want `bare HTTP status code 203`
	c.JSONPBlob(204, "cb", nil)                  // want `bare HTTP status code 204`
	c.XML(205, nil)                              // want `bare HTTP status code 205`
	c.XMLPretty(206, nil, " ")                   // want `bare HTTP status code 206`
	c.XMLBlob(207, nil)                          // want `bare HTTP status code 207`
	c.HTML(208, "<p>")                           // want `bare HTTP status code 208`
	c.HTMLBlob(226, nil)                         // want `bare HTTP status code 226`
	c.String(400, "no")                          // want `bare HTTP status code 400`
	c.Blob(401, "text/plain", nil)               // want `bare HTTP status code 401`
	c.Stream(402, "text/plain", r)               // want `bare HTTP status code 402`
	c.NoContent(204)                             // want `bare HTTP status code 204`
	c.Redirect(301, "/x")                        // want `bare HTTP status code 301`
	c.Render(403, "tmpl", nil)                   // want `bare HTTP status code 403`
	c.Response().WriteHeader(201)                // want `bare HTTP status code 201`
	_ = &echo.HTTPError{Code: 418}               // want `bare HTTP status code 418`
	return echo.NewHTTPError(404, "no such pet") // want `bare HTTP status code 404`
}

// A project's own context embedding echo.Context: the promoted methods
// are echo's.
type customContext struct {
	echo.Context
}

func custom(c customContext, err *echo.HTTPError) error {
	if err.Code == 404 { // want `bare HTTP status code 404`
		return nil
	}
	return c.JSON(500, nil) // want `bare HTTP status code 500`
}
