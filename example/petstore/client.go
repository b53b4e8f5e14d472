package petstore

import (
	"errors"
	"fmt"
	"net/http"
)

// ErrNotFound is returned by Fetch for a pet the store lacks.
var ErrNotFound = errors.New("petstore: no such pet")

// Fetch asks a store at baseURL whether it has the named pet.
func Fetch(client *http.Client, baseURL, name string) error {
	resp, err := client.Get(baseURL + "/pets/" + name)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	switch resp.StatusCode {
	case 200:
		return nil
	case 404, 410:
		return ErrNotFound
	}
	if resp.StatusCode >= 500 {
		return fmt.Errorf("petstore: server error %d", resp.StatusCode)
	}
	return fmt.Errorf("petstore: unexpected status %s", resp.Status)
}
