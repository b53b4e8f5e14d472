package flow

import "net/http"

// Case is a status field's type exported to the external test package.
type Case struct{ Want int }

func (c Case) Write(w http.ResponseWriter) { w.WriteHeader(c.Want) }

var _ = Case{Want: 418} // want `bare HTTP status code 418`
