package fixnethttp

import (
	"example.com/lib"
	"github.com/labstack/echo/v4"
)

// A group of third-party imports only: net/http starts a standard run at
// the top.

func groupedOther(c echo.Context) error {
	return c.String(202, lib.Name) // want `bare HTTP status code 202: use http\.StatusAccepted`
}
