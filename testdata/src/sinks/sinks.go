// Package sinks is checked with -sinks naming functions of
// example.com/webkit, and with -allow=200.
package sinks

import "example.com/webkit"

func handler(c *webkit.Ctx, v webkit.Ctx) {
	webkit.Reply("created", 201) // want `bare HTTP status code 201: use status\.HTTP_201_CREATED`
	c.Status(404)                // want `bare HTTP status code 404`
	v.Status(409)                // want `bare HTTP status code 409`
	webkit.Either("moved", 301)  // want `bare HTTP status code 301`
	webkit.Reply("ok", 200)      // in -allow: quiet
	c.Status(200)                // in -allow: quiet
	webkit.Reply("zero", 0)      // outside 100-999
	c.Status(200).Status(202)    // want `bare HTTP status code 202`
}
