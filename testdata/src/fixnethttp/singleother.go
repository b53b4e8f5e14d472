package fixnethttp

import "github.com/labstack/echo/v4" // the line comment stays with its spec

// A lone third-party import: net/http goes first, in a standard run of its
// own.

func singleOther(c echo.Context) error {
	return c.NoContent(204) // want `bare HTTP status code 204: use http\.StatusNoContent`
}
