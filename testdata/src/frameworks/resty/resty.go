// Package resty exercises resty v2.17.2's (*Response).StatusCode().
package resty

import (
	"net/http"

	"github.com/go-resty/resty/v2"
)

type other struct{}

func (other) StatusCode() int { return 0 }

func check(resp *resty.Response, o other) bool {
	if resp.StatusCode() == 404 { // want `bare HTTP status code 404: use status\.HTTP_404_NOT_FOUND`
		return false
	}
	switch resp.StatusCode() {
	case 200, 201: // want `bare HTTP status code 200` `bare HTTP status code 201`
		return true
	}
	if resp.StatusCode() >= 200 && resp.StatusCode() < 300 { // want `HTTP status class test spelled out`
		return true
	}

	// Quiet.
	if resp.StatusCode() == http.StatusOK || resp.StatusCode() == 0 {
		return true
	}
	if resp.Size() == 404 { // not a status
		return false
	}
	return o.StatusCode() == 200 // another type's StatusCode
}
