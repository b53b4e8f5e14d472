// Package api is a stand-in for a project's API types in another
// package, whose status fields barestatus learns from -sinks.
package api

// HealthStatus is the body of a health check.
type HealthStatus struct {
	Name       string
	StatusCode int
	Checks     int
}

// Other has a StatusCode field that no -sinks entry names.
type Other struct{ StatusCode int }
