package positions

import "net/http"

// Every spelling of an integer literal is bare.
func spellings(w http.ResponseWriter) {
	w.WriteHeader(0x194)       // want `bare HTTP status code 404: use status\.HTTP_404_NOT_FOUND`
	w.WriteHeader(0o624)       // want `bare HTTP status code 404: use status\.HTTP_404_NOT_FOUND`
	w.WriteHeader(0624)        // want `bare HTTP status code 404: use status\.HTTP_404_NOT_FOUND`
	w.WriteHeader(0b110010100) // want `bare HTTP status code 404: use status\.HTTP_404_NOT_FOUND`
	w.WriteHeader(4_04)        // want `bare HTTP status code 404: use status\.HTTP_404_NOT_FOUND`
	w.WriteHeader((500))       // want `bare HTTP status code 500: use status\.HTTP_500_INTERNAL_SERVER_ERROR`
	w.WriteHeader(int(418))    // want `bare HTTP status code 418: use status\.HTTP_418_IM_A_TEAPOT`
	w.WriteHeader(int((206)))  // want `bare HTTP status code 206: use status\.HTTP_206_PARTIAL_CONTENT`
	w.WriteHeader(+202)        // want `bare HTTP status code 202: use status\.HTTP_202_ACCEPTED`
}
