package fixnethttp

import (
	"net/http"

	"github.com/labstack/echo/v4"
)

// Under -style=nethttp no fix imports the status module: a pair of bounds
// becomes the canonical pair with net/http's constants as bounds (600, the
// end of 5xx, has none), x/100 == n gets no fix. Codes use net/http's
// constants.

func classes(c echo.Context, resp *http.Response) error {
	if resp.StatusCode/100 != 2 { // want `HTTP status class test spelled out: use resp\.StatusCode < http\.StatusOK \|\| resp\.StatusCode >= http\.StatusMultipleChoices`
		return echo.NewHTTPError(502, "upstream") // want `bare HTTP status code 502: use http\.StatusBadGateway`
	}
	return c.NoContent(204) // want `bare HTTP status code 204: use http\.StatusNoContent`
}

func pairs(resp *http.Response) []bool {
	return []bool{
		resp.StatusCode >= 100 && resp.StatusCode < 200,     // want `use resp\.StatusCode >= http\.StatusContinue && resp\.StatusCode < http\.StatusOK$`
		resp.StatusCode > 199 && resp.StatusCode <= 299,     // want `use resp\.StatusCode >= http\.StatusOK && resp\.StatusCode < http\.StatusMultipleChoices$`
		300 <= resp.StatusCode && resp.StatusCode < 400,     // want `use resp\.StatusCode >= http\.StatusMultipleChoices && resp\.StatusCode < http\.StatusBadRequest$`
		resp.StatusCode < 400 || resp.StatusCode > 499,      // want `use resp\.StatusCode < http\.StatusBadRequest \|\| resp\.StatusCode >= http\.StatusInternalServerError$`
		!(resp.StatusCode >= 500 && resp.StatusCode <= 599), // want `use !\(resp\.StatusCode >= http\.StatusInternalServerError && resp\.StatusCode < 600\)$`
		!(resp.StatusCode/100 == 4),                         // want `use !\(resp\.StatusCode >= http\.StatusBadRequest && resp\.StatusCode < http\.StatusInternalServerError\)$`
	}
}

// A shape-matched field of another integer type needs no conversion:
// net/http's constants are untyped.
type WideResponse struct {
	StatusCode uint16
}

func wide(r WideResponse) bool {
	return r.StatusCode >= 200 && r.StatusCode < 300 // want `use r\.StatusCode >= http\.StatusOK && r\.StatusCode < http\.StatusMultipleChoices$`
}
