package fixnethttp

// No imports: a class test's fix adds net/http.

func success(r APIResponse) bool {
	return r.Status >= 200 && r.Status < 300 // want `HTTP status class test spelled out: use r\.Status >= http\.StatusOK && r\.Status < http\.StatusMultipleChoices$`
}
