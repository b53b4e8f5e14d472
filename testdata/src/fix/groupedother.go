package fix

import (
	"example.com/lib"
	"github.com/labstack/echo/v4"
)

// A group of third-party imports only: the status package joins it at its
// sorted place.

func groupedOther(c echo.Context) error {
	return c.String(202, lib.Name) // want `bare HTTP status code 202: use status\.HTTP_202_ACCEPTED`
}
