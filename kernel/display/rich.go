package display

import (
	"encoding/base64"
	"fmt"
	"reflect"
)

// richMethods are the methods Rich looks for, with the MIME type each one
// produces. Each may return string or []byte, optionally with an error.
var richMethods = []struct {
	name, mime string
	binary     bool
}{
	{"PNG", MIMETypePNG, true},
	{"JPEG", MIMETypeJPEG, true},
	{"SVG", MIMETypeSVG, false},
	{"HTML", MIMETypeHTML, false},
	{"Markdown", MIMETypeMarkdown, false},
	{"Latex", MIMETypeLatex, false},
}

var errorType = reflect.TypeOf((*error)(nil)).Elem()

// Rich builds a bundle from the rendering methods of v: PNG() and JPEG()
// for images, SVG(), HTML(), Markdown() and Latex() for text formats, each
// returning string or []byte, with or without a trailing error. A
// *plotting.Figure, for one, has PNG() ([]byte, error) and SVG() ([]byte, error).
//
// When v has a PNG method that succeeds, SVG is not rendered: Jupyter front
// ends prefer SVG over PNG when both are present, and for the project's
// figures the PNG (pixel-exact mosaics, small size) is the better default
// while rendering both would double the cost of every figure.
//
// ok is false when v has none of the methods (or is a nil pointer). An
// error or a panic from a method is returned as err, naming the method, so
// the kernel can report it instead of showing a broken image. The bundle has
// no text/plain entry: the caller adds its own representation of v.
//
// Only methods of compiled types are seen: methods declared on types of
// interpreted notebook code are invisible to reflection.
func Rich(v any) (d Data, ok bool, err error) {
	if isNil(v) {
		return Data{}, false, nil
	}
	rv := reflect.ValueOf(v)
	out := map[string]any{}
	for _, rm := range richMethods {
		if rm.name == "SVG" && out[MIMETypePNG] != nil {
			continue
		}
		m := rv.MethodByName(rm.name)
		if !m.IsValid() || !renderSignature(m.Type()) {
			continue
		}
		b, err := callRender(m, rm.name)
		if err != nil {
			return Data{}, false, fmt.Errorf("display: %T.%s: %w", v, rm.name, err)
		}
		if rm.binary {
			out[rm.mime] = base64.StdEncoding.EncodeToString(b)
		} else {
			out[rm.mime] = string(b)
		}
	}
	if len(out) == 0 {
		return Data{}, false, nil
	}
	return Data{Data: out}, true, nil
}

// renderSignature reports whether t is func() T or func() (T, error) with
// T string or []byte.
func renderSignature(t reflect.Type) bool {
	if t.NumIn() != 0 || t.NumOut() < 1 || t.NumOut() > 2 {
		return false
	}
	r := t.Out(0)
	if r.Kind() != reflect.String && (r.Kind() != reflect.Slice || r.Elem().Kind() != reflect.Uint8) {
		return false
	}
	return t.NumOut() == 1 || t.Out(1) == errorType
}

// callRender calls a method accepted by renderSignature, turning a panic in
// user code into an error.
func callRender(m reflect.Value, name string) (b []byte, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("panic in %s(): %v", name, r)
		}
	}()
	res := m.Call(nil)
	if len(res) == 2 && !res[1].IsNil() {
		return nil, res[1].Interface().(error)
	}
	if res[0].Kind() == reflect.String {
		return []byte(res[0].String()), nil
	}
	return res[0].Bytes(), nil
}
