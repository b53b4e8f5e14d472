// Package fiber2 exercises the status positions of fiber v2.52.15.
package fiber2

import (
	"github.com/gofiber/fiber/v2"
	"github.com/gofiber/fiber/v2/utils"
)

func handler(c *fiber.Ctx) error {
	c.Status(201)                              // want `bare HTTP status code 201: use status\.HTTP_201_CREATED`
	c.Redirect("/x", 301)                      // want `bare HTTP status code 301`
	c.RedirectToRoute("pet", fiber.Map{}, 307) // want `bare HTTP status code 307`
	c.RedirectBack("/", 303)                   // want `bare HTTP status code 303`
	c.Redirect("/x")                           // no status argument
	c.Response().SetStatusCode(202)            // want `bare HTTP status code 202`
	if c.Response().StatusCode() != 200 {      // want `bare HTTP status code 200`
		return fiber.NewError(404, "no such pet") // want `bare HTTP status code 404`
	}
	_ = utils.StatusMessage(418)                 // want `bare HTTP status code 418`
	_ = &fiber.Error{Code: 500, Message: "boom"} // want `bare HTTP status code 500`
	_ = fiber.Error{409, "conflict"}             // want `bare HTTP status code 409`
	return c.SendStatus(204)                     // want `bare HTTP status code 204`
}
