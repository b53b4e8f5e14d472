// Package http is a stand-in for a third-party package named http, such
// as a framework's.
package http

// Serve pretends to serve.
func Serve() error { return nil }
