package app

import "net/http"

// Reply writes an empty reply; its parameter status takes the name the
// fix would give the import, so the fix picks another.
func Reply(w http.ResponseWriter, status string) {
	if status == "" {
		w.WriteHeader(500)
		return
	}
	w.WriteHeader(202)
}
