package fixnethttp

import (
	"net/http"

	"github.com/labstack/echo/v4"
)

// Whatever the style, class tests use the status package's helpers: net/http
// has none. Codes use net/http's constants.

func classes(c echo.Context, resp *http.Response) error {
	if resp.StatusCode/100 != 2 { // want `use !status\.IsSuccess\(resp\.StatusCode\)`
		return echo.NewHTTPError(502, "upstream") // want `bare HTTP status code 502: use http\.StatusBadGateway`
	}
	return c.NoContent(204) // want `bare HTTP status code 204: use http\.StatusNoContent`
}
