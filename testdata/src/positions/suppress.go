package positions

import "net/http"

func suppressed(w http.ResponseWriter) {
	w.WriteHeader(404) //nolint:barestatus
	w.WriteHeader(404) //nolint:errcheck,barestatus // legacy client expects it
	w.WriteHeader(404) //nolint:all
	w.WriteHeader(404) //nolint
	w.WriteHeader(404) //lint:ignore barestatus the client matches on the number
	//lint:ignore barestatus the client matches on the number
	w.WriteHeader(404)
	w.WriteHeader(404) // want `bare HTTP status code 404`

	w.WriteHeader(404) //nolint:errcheck // want `bare HTTP status code 404`
	w.WriteHeader(404) //nolintx:barestatus // want `bare HTTP status code 404`
	w.WriteHeader(404) //lint:ignore SA1019 another check // want `bare HTTP status code 404`
	w.WriteHeader(404) /* want `bare HTTP status code 404` `malformed //lint:ignore directive: want //lint:ignore barestatus <reason>` */ //lint:ignore barestatus

	w.WriteHeader(410) //lint:ignore barestatus trailing: the next line is not silenced
	w.WriteHeader(410) // want `bare HTTP status code 410`
}
