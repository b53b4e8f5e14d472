package app

import "example.com/app/respond"

// Health reports the health of a dependency: its status field and getter
// are status positions only when the sinks setting names them.
func Health(r respond.Result) respond.Health {
	if r.Code() == 404 {
		return respond.Health{Name: "db", StatusCode: 503}
	}
	return respond.Health{Name: "db"}
}
