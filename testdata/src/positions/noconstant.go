package positions

import "net/http"

// Codes without a named constant are reported without a fix.
func noConstant(w http.ResponseWriter, resp *http.Response) {
	w.WriteHeader(299)          // want `bare HTTP status code 299: no named constant`
	w.WriteHeader(104)          // want `bare HTTP status code 104: no named constant`
	if resp.StatusCode == 999 { // want `bare HTTP status code 999: no named constant`
		return
	}
}
