package analyzer

import (
	"go/types"
)

// A ref names a function, a method or a struct field by the import
// path of the declaring package, the name of the receiver or struct type
// ("" for a function) and its own name. It is the one way this package
// names a place in an API: call positions, assertions, status fields,
// status getters and -sinks entries all carry one.
type ref struct {
	pkg  string // import path of the declaring package
	recv string // receiver type name (pointer or not) or struct type name; "" for a function
	name string
}

// function returns the ref of the function pkg.name.
func function(pkg, name string) ref { return ref{pkg: pkg, name: name} }

// method returns the ref of the method name of the type pkg.recv or of
// a pointer to it.
func method(pkg, recv, name string) ref { return ref{pkg: pkg, recv: recv, name: name} }

// field returns the ref of the field name of the struct type pkg.typ.
func field(pkg, typ, name string) ref { return ref{pkg: pkg, recv: typ, name: name} }

// matchesVar reports whether v is the package-level variable r names
// (r names no receiver).
func (r ref) matchesVar(v *types.Var) bool {
	return r.recv == "" && v.Name() == r.name && v.Pkg() != nil && v.Pkg().Path() == r.pkg && v.Parent() == v.Pkg().Scope()
}

// matches reports whether fn is the function or method r names.
func (r ref) matches(fn *types.Func) bool {
	return fn.Name() == r.name && fn.Pkg() != nil && fn.Pkg().Path() == r.pkg && recvName(fn) == r.recv
}

// owns reports whether obj is the struct type whose field r names.
func (r ref) owns(obj *types.TypeName) bool {
	return obj.Pkg() != nil && obj.Pkg().Path() == r.pkg && obj.Name() == r.recv
}

// A callPosition is the status code parameter of a function or method.
type callPosition struct {
	ref
	arg  int // index of the status argument, counted after the receiver
	kind kind
}

const (
	ginPath      = "github.com/gin-gonic/gin"
	echo4Path    = "github.com/labstack/echo/v4"
	echo5Path    = "github.com/labstack/echo/v5"
	fiber2Path   = "github.com/gofiber/fiber/v2"
	fiber3Path   = "github.com/gofiber/fiber/v3"
	renderPath   = "github.com/go-chi/render"
	fasthttpPath = "github.com/valyala/fasthttp"
	assertPath   = "github.com/stretchr/testify/assert"
	requirePath  = "github.com/stretchr/testify/require"
	humaPath     = "github.com/danielgtaylor/huma/v2"
	restyPath    = "github.com/go-resty/resty/v2"
	googleAPI    = "google.golang.org/api/googleapi"
	openAPIPath  = "github.com/go-openapi/runtime"
	gomegaPath   = "github.com/onsi/gomega"
	gotestPath   = "gotest.tools/v3/assert"
)

// callPositions lists the status parameters of net/http and of the
// supported frameworks, whose signatures were checked against their
// sources (versions in the README). WriteHeader is not here: it is
// matched on every type implementing net/http.ResponseWriter.
var callPositions = concat(
	[]callPosition{
		{ref: function("net/http", "Error"), arg: 2, kind: writeHeaderCodes},           // Error(w, error string, code int)
		{ref: function("net/http", "Redirect"), arg: 3, kind: writeHeaderCodes},        // Redirect(w, r, url string, code int)
		{ref: function("net/http", "RedirectHandler"), arg: 1, kind: writeHeaderCodes}, // RedirectHandler(url string, code int)
		{ref: function("net/http", "StatusText"), arg: 0, kind: validCodes},            // StatusText(code int): 0 is no status
		{ref: function(renderPath, "Status"), arg: 1, kind: validCodes},                // Status(r *http.Request, status int)
	},
	// gin: (*Context).JSON(code int, obj any) and the like.
	methods(ginPath, "Context", 0,
		"JSON", "IndentedJSON", "SecureJSON", "JSONP", "AsciiJSON", "PureJSON",
		"XML", "YAML", "TOML", "ProtoBuf", "BSON", "String", "HTML", "Data",
		"DataFromReader", "Status", "Render", "Negotiate", "AbortWithStatus",
		"AbortWithStatusJSON", "AbortWithStatusPureJSON", "AbortWithError"),
	[]callPosition{
		{ref: method(ginPath, "Context", "Redirect"), arg: 0, kind: validCodes}, // Redirect(code int, location string)
	},
	// echo v4: Context is an interface; v5: Context is a struct.
	methods(echo4Path, "Context", 0, echoMethods...),
	methods(echo5Path, "Context", 0, echoMethods...),
	[]callPosition{
		{ref: method(echo4Path, "Context", "Redirect"), arg: 0, kind: validCodes}, // Redirect(code int, url string)
		{ref: method(echo5Path, "Context", "Redirect"), arg: 0, kind: validCodes},
		{ref: function(echo4Path, "NewHTTPError"), arg: 0, kind: validCodes}, // NewHTTPError(code int, message ...any)
		{ref: function(echo5Path, "NewHTTPError"), arg: 0, kind: validCodes}, // NewHTTPError(code int, message string)
	},
	// fiber v2: (*Ctx).Status(status int), Redirect(location string, status ...int).
	[]callPosition{
		{ref: method(fiber2Path, "Ctx", "Status"), arg: 0, kind: validCodes},
		{ref: method(fiber2Path, "Ctx", "SendStatus"), arg: 0, kind: validCodes},
		{ref: method(fiber2Path, "Ctx", "Redirect"), arg: 1, kind: validCodes},          // Redirect(location string, status ...int)
		{ref: method(fiber2Path, "Ctx", "RedirectToRoute"), arg: 2, kind: validCodes},   // RedirectToRoute(routeName string, params Map, status ...int)
		{ref: method(fiber2Path, "Ctx", "RedirectBack"), arg: 1, kind: validCodes},      // RedirectBack(fallback string, status ...int)
		{ref: function(fiber2Path+"/utils", "StatusMessage"), arg: 0, kind: validCodes}, // StatusMessage(status int) string
		{ref: function(fiber2Path, "NewError"), arg: 0, kind: validCodes},
		{ref: function(fiber3Path, "NewError"), arg: 0, kind: validCodes},
		{ref: function(fiber3Path, "NewErrorf"), arg: 0, kind: validCodes},
	},
	methods(fiber3Path, "Ctx", 0, "Status", "SendStatus"),
	methods(fiber3Path, "DefaultCtx", 0, "Status", "SendStatus"),
	methods(fiber3Path, "Res", 0, "Status", "SendStatus"),
	methods(fiber3Path, "DefaultRes", 0, "Status", "SendStatus"),
	methods(fiber3Path, "Redirect", 0, "Status"),
	// fasthttp, under fiber: SetStatusCode(statusCode int), Error(msg string, statusCode int).
	methods(fasthttpPath, "Response", 0, "SetStatusCode"),
	methods(fasthttpPath, "ResponseHeader", 0, "SetStatusCode"),
	methods(fasthttpPath, "RequestCtx", 0, "SetStatusCode"),
	methods(fasthttpPath, "RequestCtx", 1, "Error", "Redirect", "RedirectBytes", "TimeoutErrorWithCode"), // Error(msg string, statusCode int)
	[]callPosition{
		{ref: function(fasthttpPath, "TimeoutWithCodeHandler"), arg: 3, kind: validCodes}, // TimeoutWithCodeHandler(h, timeout, msg string, statusCode int)
		{ref: function(fasthttpPath, "StatusMessage"), arg: 0, kind: validCodes},          // StatusMessage(statusCode int) string
	},
	// testify: HTTPStatusCode(t, handler, method, url string, values url.Values, statuscode int, ...).
	methods(assertPath, "", 5, "HTTPStatusCode", "HTTPStatusCodef"),
	methods(requirePath, "", 5, "HTTPStatusCode", "HTTPStatusCodef"),
	methods(assertPath, "Assertions", 4, "HTTPStatusCode", "HTTPStatusCodef"),
	methods(requirePath, "Assertions", 4, "HTTPStatusCode", "HTTPStatusCodef"),
	// huma: ctx.SetStatus(code int), WriteErr(api, ctx, status int, msg string, errs ...error).
	[]callPosition{
		{ref: method(humaPath, "Context", "SetStatus"), arg: 0, kind: validCodes},
		{ref: function(humaPath, "WriteErr"), arg: 2, kind: validCodes},
	},
)

// funcVarPositions lists the status parameters of package-level
// variables of func type, which a service may replace: huma's
// NewError(status int, msg string, errs ...error) and
// NewErrorWithContext(ctx Context, status int, msg string, errs ...error).
// They are matched by the variable's package and name.
var funcVarPositions = []callPosition{
	{ref: function(humaPath, "NewError"), arg: 0, kind: validCodes},
	{ref: function(humaPath, "NewErrorWithContext"), arg: 1, kind: validCodes},
}

// everyArgPositions lists functions each of whose arguments is a status
// code: gomega's HaveHTTPStatus(expected ...any), which also accepts
// status lines such as "404 Not Found" (not literals of an integer).
var everyArgPositions = []callPosition{
	{ref: function(gomegaPath, "HaveHTTPStatus"), kind: validCodes},
}

// echoMethods are the methods of echo's Context whose first parameter is
// the status code.
var echoMethods = []string{
	"JSON", "JSONPretty", "JSONBlob", "JSONP", "JSONPBlob", "XML",
	"XMLPretty", "XMLBlob", "HTML", "HTMLBlob", "String", "Blob", "Stream",
	"NoContent", "Render",
}

// methods returns the positions of the named methods of one type (or
// the functions of a package, if recv is ""), all with the status code
// at argument arg.
func methods(pkg, recv string, arg int, names ...string) []callPosition {
	ps := make([]callPosition, len(names))
	for i, name := range names {
		ps[i] = callPosition{ref: method(pkg, recv, name), arg: arg, kind: validCodes}
	}
	return ps
}

func concat[T any](lists ...[]T) []T {
	var all []T
	for _, l := range lists {
		all = append(all, l...)
	}
	return all
}

// A fieldPosition is a struct field that holds a status code.
type fieldPosition struct {
	ref
	kind kind
}

// fieldPositions lists the status fields of net/http and the frameworks.
// Fields of a project's own types are matched by shape (see fieldKind).
var fieldPositions = []fieldPosition{
	{field("net/http", "Response", "StatusCode"), validCodes},
	{field("net/http/httptest", "ResponseRecorder", "Code"), validCodes},
	{field(echo4Path, "HTTPError", "Code"), validCodes},
	{field(echo5Path, "HTTPError", "Code"), validCodes},
	{field(fiber2Path, "Error", "Code"), validCodes},
	{field(fiber3Path, "Error", "Code"), validCodes},
	{field(echo5Path, "ProblemError", "Status"), validCodes},
	{field(ginPath+"/render", "Redirect", "Code"), validCodes},
	{field(googleAPI, "Error", "Code"), validCodes},
	{field(humaPath, "ErrorModel", "Status"), validCodes},
	{field(humaPath, "Operation", "DefaultStatus"), validCodes},
}

// codeListFields lists the fields that hold a slice of status codes, each
// element a position: huma's Operation{Errors: []int{404, 412}}.
var codeListFields = []fieldPosition{
	{field(humaPath, "Operation", "Errors"), validCodes},
}

// statusGetters lists methods that return a status code, such as
// fasthttp's (*Response).StatusCode() and gin's c.Writer.Status().
var statusGetters = []callPosition{
	{ref: method(ginPath, "ResponseWriter", "Status"), kind: validCodes},
	{ref: method(echo5Path, "HTTPError", "StatusCode"), kind: validCodes},
	{ref: method(fasthttpPath, "Response", "StatusCode"), kind: validCodes},
	{ref: method(fasthttpPath, "ResponseHeader", "StatusCode"), kind: validCodes},
	{ref: method(restyPath, "Response", "StatusCode"), kind: validCodes},
	{ref: method(openAPIPath, "ClientResponse", "Code"), kind: validCodes}, // an interface: go-swagger's generated clients
	{ref: method(humaPath, "StatusError", "GetStatus"), kind: validCodes},  // an interface
	{ref: method(humaPath, "ErrorModel", "GetStatus"), kind: validCodes},
	{ref: method(humaPath, "Context", "Status"), kind: validCodes},
}

// A funcIndex finds positions by the name of the function or method.
type funcIndex[T any] map[string][]T

func indexBy[T any](list []T, name func(T) string) funcIndex[T] {
	idx := make(funcIndex[T])
	for _, x := range list {
		idx[name(x)] = append(idx[name(x)], x)
	}
	return idx
}

var (
	callIndex     = indexBy(callPositions, func(p callPosition) string { return p.name })
	getterIndex   = indexBy(statusGetters, func(p callPosition) string { return p.name })
	funcVarIndex  = indexBy(funcVarPositions, func(p callPosition) string { return p.name })
	everyArgIndex = indexBy(everyArgPositions, func(p callPosition) string { return p.name })
)
