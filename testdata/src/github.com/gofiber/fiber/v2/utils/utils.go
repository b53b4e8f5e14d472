// Package utils is a stub of github.com/gofiber/fiber/v2/utils for the
// analyzer's fixtures. The declarations copy the signatures of fiber
// v2.52.15 (utils/assertions.go, utils/http.go); the bodies do nothing.
package utils

import "testing"

// AssertEqual checks if values are equal (utils/assertions.go:19).
func AssertEqual(tb testing.TB, expected, actual interface{}, description ...string) {}

// StatusMessage returns the correct message for the provided HTTP
// statuscode (utils/http.go:75).
func StatusMessage(status int) string { panic("stub") }
