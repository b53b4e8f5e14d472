package fixnethttp

import (
	"net/http"
	"net/http/httptest"
)

// Many fixes in one file, and codes net/http does not name: no fix.

func several(w http.ResponseWriter, resp *http.Response) {
	switch resp.StatusCode {
	case 200, 0xC9: // want `use http\.StatusOK` `bare HTTP status code 201: use http\.StatusCreated`
		w.WriteHeader(int(418)) // want `bare HTTP status code 418: use http\.StatusTeapot`
	case 306: // want `bare HTTP status code 306: no net/http constant \(status\.HTTP_306_RESERVED under -style=status\)`
		http.Error(w, "reserved", 500) // want `use http\.StatusInternalServerError`
	}
	rec := httptest.NewRecorder()
	rec.Code = 509                      // want `bare HTTP status code 509: no net/http constant \(status\.HTTP_509_BANDWIDTH_LIMIT_EXCEEDED under -style=status\)`
	_ = &http.Response{StatusCode: 502} // want `use http\.StatusBadGateway`
}
