package gotesttools

// cmp is another package's Equal under the same name: not gotest.tools'.
type cmp struct{}

func (cmp) Equal(x, y any) bool { return x == y }

func notGotestTools(code int) {
	var c cmp
	_ = c.Equal(code, 200) // code is not a status expression
}
