// Package resty is a stub of github.com/go-resty/resty/v2 for the
// analyzer's fixtures. The declarations copy the signatures of resty
// v2.17.2 (response.go); the bodies do nothing.
package resty

import "net/http"

// Response struct holds response values of executed requests.
type Response struct {
	RawResponse *http.Response
}

// Status method returns the HTTP status string for the executed request.
func (r *Response) Status() string { return "" }

// StatusCode method returns the HTTP status code for the executed request.
func (r *Response) StatusCode() int { return 0 }

// IsSuccess method returns true if HTTP status `code >= 200 and <= 299` otherwise false.
func (r *Response) IsSuccess() bool { return false }

// Size method returns the HTTP response size in bytes.
func (r *Response) Size() int64 { return 0 }
