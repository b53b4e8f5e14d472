// Package chirender exercises go-chi/render v1.0.3's Status.
package chirender

import (
	"net/http"

	"github.com/go-chi/render"
)

func handler(w http.ResponseWriter, r *http.Request) {
	render.Status(r, 201) // want `bare HTTP status code 201: use status\.HTTP_201_CREATED`
	render.JSON(w, r, nil)
	render.Status(r, http.StatusAccepted)
}
