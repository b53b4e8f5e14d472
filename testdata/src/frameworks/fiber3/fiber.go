// Package fiber3 exercises the status positions of fiber v3.1.0, whose
// Ctx is an interface and whose DefaultCtx embeds DefaultRes.
package fiber3

import (
	"github.com/gofiber/fiber/v3"
)

func handler(c fiber.Ctx) error {
	c.Status(201)                     // want `bare HTTP status code 201: use status\.HTTP_201_CREATED`
	c.Res().Status(202)               // want `bare HTTP status code 202`
	c.Res().SendStatus(203)           // want `bare HTTP status code 203`
	c.Redirect().Status(301)          // want `bare HTTP status code 301`
	_ = fiber.NewErrorf(400, "%d", 1) // want `bare HTTP status code 400`
	_ = fiber.Error{"conflict", 409}  // want `bare HTTP status code 409`
	return c.SendStatus(204)          // want `bare HTTP status code 204`
}

func concrete(d *fiber.DefaultCtx) error {
	d.Status(202)                        // want `bare HTTP status code 202`
	return fiber.NewError(404, "no pet") // want `bare HTTP status code 404`
}

func promoted(d *fiber.DefaultCtx) error {
	return d.SendStatus(205) // want `bare HTTP status code 205`
}
