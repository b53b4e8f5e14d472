package fixnethttp

import nethttp "net/http"

// The existing net/http import is reused under its name.

func renamed(w nethttp.ResponseWriter) {
	nethttp.Error(w, "teapot", 418) // want `bare HTTP status code 418: use nethttp\.StatusTeapot`
}
