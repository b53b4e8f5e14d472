// Package petstore is a small HTTP API written the way much Go code is:
// with bare status numbers. It is barestatus's demonstration package:
//
//	go run ./cmd/barestatus ./example/...
package petstore

import (
	"encoding/json"
	"net/http"
	"strings"
	"sync"
)

// Pet is an animal for sale.
type Pet struct {
	Name string `json:"name"`
}

// APIResponse is the envelope of every JSON reply.
type APIResponse struct {
	Status  int    `json:"status"`
	Message string `json:"message,omitempty"`
	Pet     *Pet   `json:"pet,omitempty"`
}

// Store serves the pets over HTTP.
type Store struct {
	mu   sync.Mutex
	pets map[string]Pet
}

// NewStore returns an empty store.
func NewStore() *Store { return &Store{pets: make(map[string]Pet)} }

// ServeHTTP implements http.Handler: GET /pets/{name} and POST /pets.
func (s *Store) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	switch {
	case r.Method == http.MethodGet && strings.HasPrefix(r.URL.Path, "/pets/"):
		s.get(w, strings.TrimPrefix(r.URL.Path, "/pets/"))
	case r.Method == http.MethodPost && r.URL.Path == "/pets":
		s.create(w, r)
	case r.URL.Path == "/":
		http.Redirect(w, r, "/pets/", 301)
	default:
		http.Error(w, "method not allowed", 405)
	}
}

func (s *Store) get(w http.ResponseWriter, name string) {
	s.mu.Lock()
	pet, ok := s.pets[name]
	s.mu.Unlock()
	if !ok {
		reply(w, APIResponse{Status: 404, Message: "no such pet"})
		return
	}
	reply(w, APIResponse{Status: 200, Pet: &pet})
}

func (s *Store) create(w http.ResponseWriter, r *http.Request) {
	var pet Pet
	if err := json.NewDecoder(r.Body).Decode(&pet); err != nil || pet.Name == "" {
		http.Error(w, "a pet needs a name", 0x190)
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, dup := s.pets[pet.Name]; dup {
		reply(w, APIResponse{Status: 409, Message: "pet exists"})
		return
	}
	s.pets[pet.Name] = pet
	reply(w, APIResponse{Status: 201, Pet: &pet})
}

// reply writes resp as JSON, with its Status as the HTTP status.
func reply(w http.ResponseWriter, resp APIResponse) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(resp.Status)
	_ = json.NewEncoder(w).Encode(resp)
}
