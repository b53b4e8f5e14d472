package fixnethttp

import (
	"fmt"
	"strings"

	"example.com/lib"
	"github.com/labstack/echo/v4"
)

// Standard and third-party runs: net/http joins the standard one.

func groupedRuns(c echo.Context) error {
	return c.String(202, strings.ToUpper(fmt.Sprint(lib.Name))) // want `bare HTTP status code 202: use http\.StatusAccepted`
}
