package fix

// The doc comment of the declaration stays above it.
import "github.com/labstack/echo/v4" // the line comment stays with its spec

// A lone third-party import: the status package joins it in one run,
// sorted before it.

func singleComment(c echo.Context) error {
	return c.NoContent(204) // want `bare HTTP status code 204: use status\.HTTP_204_NO_CONTENT`
}
