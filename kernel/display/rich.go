package display

import (
	"bytes"
	"encoding/base64"
	"fmt"
	"image"
	"image/png"
	"maps"
	"reflect"

	"gonum.org/v1/gonum/mat"
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

// Rich is the one place that decides how a value is rendered richly. Auto
// uses it for what a cell shows with Show, and the kernel for the value of a
// cell's last expression, so both render a value the same way:
//
//   - a Data (or *Data) as built, copied so the caller may modify it;
//   - an image.Image as PNG, with its size as metadata;
//   - a gonum mat.Matrix as an HTML table and as text, both with its
//     dimensions and, when it is large, its middle rows and columns elided;
//   - a value with rendering methods through them: PNG() and JPEG() for
//     images, SVG(), HTML(), Markdown() and Latex() for text formats, each
//     returning string or []byte, with or without a trailing error. A
//     *plotting.Figure, for one, has PNG() ([]byte, error) and SVG()
//     ([]byte, error).
//
// When v has a PNG method that succeeds, SVG is not rendered: Jupyter front
// ends prefer SVG over PNG when both are present, and for the project's
// figures the PNG (pixel-exact mosaics, small size) is the better default
// while rendering both would double the cost of every figure.
//
// ok is false when v has no rich representation (a number, a string, a
// []byte, nil, a nil pointer, an empty Data): the caller shows v as text.
// An error or a panic from a rendering method, or an image that cannot be
// encoded, is returned as err with ok false, so that the caller can report
// it instead of showing a broken image. The bundle holds text/plain only
// when v brings its own (Data values and images do); the caller adds its
// own representation of v otherwise.
//
// Only methods of compiled types are seen: methods declared on types of
// interpreted notebook code are invisible to reflection.
func Rich(v any) (d Data, ok bool, err error) {
	if isNil(v) {
		return Data{}, false, nil
	}
	switch x := v.(type) {
	case Data:
		return copyData(x)
	case *Data:
		return copyData(*x)
	case image.Image:
		d, err := imageData(x)
		if err != nil {
			return Data{}, false, err
		}
		return d, true, nil
	case mat.Matrix:
		return matrixData(x), true, nil
	}
	return renderMethods(v)
}

// copyData returns a copy of d's maps, so that a caller adding text/plain
// or a display id does not modify the bundle a cell still holds.
func copyData(d Data) (Data, bool, error) {
	if len(d.Data) == 0 {
		return Data{}, false, nil
	}
	return Data{
		Data:      maps.Clone(d.Data),
		Metadata:  maps.Clone(d.Metadata),
		Transient: maps.Clone(d.Transient),
	}, true, nil
}

// imageData encodes img as a PNG bundle with its size as text/plain and
// metadata.
func imageData(img image.Image) (d Data, err error) {
	defer func() {
		// A broken user-defined image panics in Bounds or At: report it
		// instead of taking the cell (or the kernel) down.
		if r := recover(); r != nil {
			d, err = Data{}, fmt.Errorf("display: cannot encode %T as PNG: panic: %v", img, r)
		}
	}()
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		return Data{}, fmt.Errorf("display: cannot encode %T as PNG: %w", img, err)
	}
	d = PNG(buf.Bytes())
	r := img.Bounds()
	d.Data[MIMETypeText] = fmt.Sprintf("<image %dx%d>", r.Dx(), r.Dy())
	d.Metadata = map[string]any{MIMETypePNG: map[string]any{"width": r.Dx(), "height": r.Dy()}}
	return d, nil
}

// renderMethods builds a bundle from v's rendering methods (see Rich).
func renderMethods(v any) (d Data, ok bool, err error) {
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
