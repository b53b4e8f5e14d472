// Package sinkforms is checked with -sinks naming a result and a field:
// (example.com/requests.Result).StatusCode(), example.com/requests.Last()
// and example.com/api.HealthStatus.StatusCode.
package sinkforms

import (
	"net/http"

	"example.com/api"
	"example.com/requests"
)

func results(r requests.Result, p *requests.Result) bool {
	if r.StatusCode() == 200 { // want `bare HTTP status code 200: use status\.HTTP_200_OK`
		return true
	}
	switch p.StatusCode() {
	case 404, 410: // want `bare HTTP status code 404` `bare HTTP status code 410`
		return false
	}
	if r.StatusCode() >= 500 && r.StatusCode() < 600 { // want `HTTP status class test spelled out: use status\.IsServerError\(r\.StatusCode\(\)\)`
		return false
	}
	if requests.Last() != 503 { // want `bare HTTP status code 503`
		return false
	}

	// Quiet.
	return r.Retries() == 200 || r.StatusCode() == http.StatusOK || r.StatusCode() == 0
}

func fields(o api.Other) api.HealthStatus {
	h := api.HealthStatus{Name: "db", StatusCode: 503, Checks: 200} // want `bare HTTP status code 503: use status\.HTTP_503_SERVICE_UNAVAILABLE`
	h.StatusCode = 200                                              // want `bare HTTP status code 200`
	if h.StatusCode != 204 {                                        // want `bare HTTP status code 204`
		h.Checks = 404 // not the field named
	}
	if o.StatusCode == 404 { // another type's field
		return h
	}
	return api.HealthStatus{"x", 429, 1} // want `bare HTTP status code 429`
}

// A helper comparing a parameter with the field has a status parameter.
func expectHealth(h api.HealthStatus, want int) bool { return h.StatusCode == want }

func useHelper() bool {
	return expectHealth(api.HealthStatus{}, 500) // want `bare HTTP status code 500`
}
