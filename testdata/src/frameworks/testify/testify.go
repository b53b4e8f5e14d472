// Package testify exercises testify's equality assertions and fiber's
// utils.AssertEqual on status expressions.
package testify

import (
	"testing"

	"github.com/gofiber/fiber/v2/utils"
	"github.com/valyala/fasthttp"
)

// CheckFiber is how fiber's own tests assert statuses.
func CheckFiber(t *testing.T, resp *fasthttp.Response) {
	utils.AssertEqual(t, 200, resp.StatusCode()) // want `bare HTTP status code 200: use status\.HTTP_200_OK`
	utils.AssertEqual(t, 3, len(resp.Body()))    // not a status expression
}
