package status_test

import (
	"fmt"
	"net/http"
	"net/http/httptest"

	"github.com/barestatus/barestatus/status"
)

func Example() {
	handler := func(w http.ResponseWriter, r *http.Request) {
		http.Error(w, "no such page", status.HTTP_404_NOT_FOUND)
	}
	rec := httptest.NewRecorder()
	handler(rec, httptest.NewRequest(http.MethodGet, "/missing", nil))
	fmt.Println(rec.Code, status.Text(rec.Code), status.IsClientError(rec.Code))
	// Output: 404 Not Found true
}

func ExampleText() {
	fmt.Println(status.Text(status.HTTP_418_IM_A_TEAPOT))
	fmt.Println(status.Text(status.HTTP_509_BANDWIDTH_LIMIT_EXCEEDED))
	fmt.Printf("%q\n", status.Text(299))
	// Output:
	// I'm a teapot
	// Bandwidth Limit Exceeded
	// ""
}

func ExampleIsSuccess() {
	for _, code := range []int{status.HTTP_200_OK, status.HTTP_204_NO_CONTENT, status.HTTP_301_MOVED_PERMANENTLY} {
		fmt.Println(code, status.IsSuccess(code))
	}
	// Output:
	// 200 true
	// 204 true
	// 301 false
}
