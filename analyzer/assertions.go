package analyzer

// An assertion is a test assertion comparing two values, expected and
// actual, at arguments first and first+1 (counted after the receiver).
type assertion struct {
	ref
	first int
}

// assertions lists testify's equality assertions, as functions of assert
// and require and as methods of their Assertions types (which testify's
// suite.Suite embeds), and fiber's utils.AssertEqual.
var assertions = func() []assertion {
	var all []assertion
	for _, name := range []string{
		"Equal", "Equalf", "NotEqual", "NotEqualf",
		"EqualValues", "EqualValuesf", "NotEqualValues", "NotEqualValuesf",
	} {
		for _, pkg := range []string{assertPath, requirePath} {
			all = append(all,
				assertion{ref: function(pkg, name), first: 1},             // assert.Equal(t, expected, actual, ...)
				assertion{ref: method(pkg, "Assertions", name), first: 0}, // a.Equal(expected, actual, ...)
			)
		}
	}
	return append(all,
		assertion{ref: function(fiber2Path+"/utils", "AssertEqual"), first: 1}, // AssertEqual(tb, expected, actual, description ...string)
		assertion{ref: function(gotestPath, "Equal"), first: 1},                // assert.Equal(t, x, y, msgAndArgs ...any)
		assertion{ref: function(gotestPath+"/cmp", "Equal"), first: 0},         // cmp.Equal(x, y), under assert.Check or assert.Assert
	)
}()

// gomegaActuals lists the calls that wrap gomega's actual value, with its
// argument index in first: Expect(actual), Ω(actual),
// ExpectWithOffset(offset, actual), as functions, as methods of WithT
// (NewWithT(t).Expect), and of the Gomega interface.
var gomegaActuals = func() []assertion {
	var all []assertion
	for _, recv := range []ref{
		function(gomegaPath, ""),
		method(gomegaPath+"/internal", "Gomega", ""), // gomega.WithT is an alias of internal.Gomega
		method(gomegaPath+"/types", "Gomega", ""),    // the interface, gomega.Gomega
	} {
		for name, first := range map[string]int{"Expect": 0, "Ω": 0, "ExpectWithOffset": 1} {
			all = append(all, assertion{ref: method(recv.pkg, recv.recv, name), first: first})
		}
	}
	return all
}()

// gomegaVerbs are the methods of gomega's Assertion that apply a matcher
// to the actual value: Expect(x).To(m).
var gomegaVerbs = []ref{
	method(gomegaPath+"/types", "Assertion", "To"),
	method(gomegaPath+"/types", "Assertion", "ToNot"),
	method(gomegaPath+"/types", "Assertion", "NotTo"),
	method(gomegaPath+"/types", "Assertion", "Should"),
	method(gomegaPath+"/types", "Assertion", "ShouldNot"),
}

// gomegaWithOffset is Assertion.WithOffset, which returns the assertion
// it is called on: Expect(x).WithOffset(1).To(m).
var gomegaWithOffset = method(gomegaPath+"/types", "Assertion", "WithOffset")

// gomegaEquality lists gomega's matchers of one expected value that
// succeed when the actual value equals it: Equal(200), BeEquivalentTo(200).
var gomegaEquality = []ref{
	function(gomegaPath, "Equal"),
	function(gomegaPath, "BeEquivalentTo"),
}

// The assertion tables indexed by function or method name.
var (
	assertionIndex = indexBy(assertions, func(a assertion) string { return a.name })
	verbIndex      = indexBy(gomegaVerbs, func(r ref) string { return r.name })
)
