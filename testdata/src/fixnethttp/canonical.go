package fixnethttp

import "net/http"

// The tests the fixes write are not class tests any more: running again
// reports nothing.

func canonical(resp *http.Response) []bool {
	return []bool{
		resp.StatusCode >= http.StatusContinue && resp.StatusCode < http.StatusOK,
		resp.StatusCode >= http.StatusOK && resp.StatusCode < http.StatusMultipleChoices,
		resp.StatusCode < http.StatusBadRequest || resp.StatusCode >= http.StatusInternalServerError,
		!(resp.StatusCode >= http.StatusInternalServerError && resp.StatusCode < 600),
		resp.StatusCode < http.StatusInternalServerError || resp.StatusCode >= 600,
	}
}
