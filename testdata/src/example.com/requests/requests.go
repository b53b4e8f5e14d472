// Package requests is a stand-in for a project's HTTP client in another
// package, whose status getters barestatus learns from -sinks.
package requests

// Result is the result of a request.
type Result struct{ code int }

// StatusCode returns the response's status code.
func (r Result) StatusCode() int { return r.code }

// Retries returns how many times the request was retried.
func (r Result) Retries() int { return 0 }

// Text returns the status line.
func (r Result) Text() string { return "" }

// Code returns the code for a key: it takes a parameter.
func (r Result) Code(key string) int { return 0 }

// Last returns the last status code seen by the client.
func Last() int { return 0 }
