// Package lib is a stand-in for a third-party dependency.
package lib

// Name is a value to use, so that importing lib is not an error.
const Name = "lib"
