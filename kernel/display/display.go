// Package display lets notebook cells show rich output (images, HTML,
// Markdown, LaTeX, JSON) in Jupyter, with the API of gophernotes' display
// package so that notebooks written for gophernotes keep working.
//
// A constructor (PNG, SVG, HTML, Markdown, Math, Image, Auto, ...) builds a
// Data bundle: a map from MIME type to content, always with a text/plain
// fallback so that front ends without a rich renderer (a terminal console,
// nbconvert --to markdown) still show something. A Data value that is the
// last expression of a cell is displayed as the cell's result; Display shows
// one in the middle of a cell, and DisplayID with Update show one that later
// updates in place (a progress bar, a live loss curve).
//
// Binary content (PNG, JPEG, PDF) is stored base64-encoded, as the Jupyter
// messaging protocol sends it, so a Data bundle can be JSON-encoded as is.
//
// The kernel installs Publisher when it starts; outside a kernel (a plain Go
// program, a test) Display returns ErrNoKernel instead of failing silently.
package display

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"image"
	"net/http"
	"reflect"
	"sort"
	"strings"
)

// MIME types understood by Jupyter front ends. They are the keys of Data.Data.
const (
	MIMETypeHTML       = "text/html"
	MIMETypeJavaScript = "application/javascript"
	MIMETypeJPEG       = "image/jpeg"
	MIMETypeJSON       = "application/json"
	MIMETypeLatex      = "text/latex"
	MIMETypeMarkdown   = "text/markdown"
	MIMETypePNG        = "image/png"
	MIMETypePDF        = "application/pdf"
	MIMETypeSVG        = "image/svg+xml"
	MIMETypeText       = "text/plain"
)

// Data is one display bundle of the Jupyter protocol: the content under each
// MIME type (Data), per-type metadata such as image sizes (Metadata), and
// transient fields that are not stored in the notebook, such as the
// display_id that lets Update replace an earlier output (Transient).
// The field names and layout follow gophernotes' display.Data.
type Data struct {
	Data      map[string]any
	Metadata  map[string]any
	Transient map[string]any
}

// Publisher sends a bundle to the notebook: a display_data message when
// update is false, an update_display_data message (which replaces the output
// with the same display_id) when it is true. The kernel sets it once before
// running the first cell; it is nil outside a kernel. It is a variable, not
// an interface, so that the kernel can set it without this package importing
// the kernel.
var Publisher func(d Data, update bool) error

// ErrNoKernel is returned by Display, DisplayID and Update when no kernel
// has installed a Publisher, e.g. when notebook code runs in a plain program.
var ErrNoKernel = errors.New("display: no notebook kernel to display to (display.Publisher is nil)")

// Display shows d in the notebook below the running cell.
func Display(d Data) error {
	return publish(d, false)
}

// Show displays any value: it is Display(Auto(v)), for the common case of
// showing a figure or an image in the middle of a cell.
func Show(v any) error {
	return Display(Auto(v))
}

// DisplayID shows d under the display id id, so that Update(id, ...) can
// later replace it in place instead of appending new output.
func DisplayID(id string, d Data) error {
	if id == "" {
		return errors.New("display: DisplayID needs a non-empty display id")
	}
	return publish(withID(d, id), false)
}

// Update replaces the output shown earlier with DisplayID(id, ...) by d.
// It is how a progress bar or a live figure redraws without flooding the
// notebook with one output per step.
func Update(id string, d Data) error {
	if id == "" {
		return errors.New("display: Update needs a non-empty display id")
	}
	return publish(withID(d, id), true)
}

func publish(d Data, update bool) error {
	if len(d.Data) == 0 {
		return errors.New("display: empty Data (no MIME type to show)")
	}
	p := Publisher
	if p == nil {
		return ErrNoKernel
	}
	return p(d, update)
}

// withID returns d with Transient["display_id"] = id, copying the Transient
// map so that the caller's bundle is not modified behind its back.
func withID(d Data, id string) Data {
	t := make(map[string]any, len(d.Transient)+1)
	for k, v := range d.Transient {
		t[k] = v
	}
	t["display_id"] = id
	d.Transient = t
	return d
}

// bundle builds a Data with one MIME type plus the text/plain fallback.
func bundle(mime string, content any, text string) Data {
	d := Data{Data: map[string]any{MIMETypeText: text}}
	if mime != MIMETypeText {
		d.Data[mime] = content
	}
	return d
}

// PNG returns a bundle showing the PNG-encoded image b.
func PNG(b []byte) Data {
	return bundleBytes(MIMETypePNG, b)
}

// JPEG returns a bundle showing the JPEG-encoded image b.
func JPEG(b []byte) Data {
	return bundleBytes(MIMETypeJPEG, b)
}

// PDF returns a bundle showing the PDF document b (front ends that cannot
// render PDF show the text/plain fallback).
func PDF(b []byte) Data {
	return bundleBytes(MIMETypePDF, b)
}

func bundleBytes(mime string, b []byte) Data {
	text := fmt.Sprintf("<%s, %d bytes>", mime, len(b))
	return bundle(mime, base64.StdEncoding.EncodeToString(b), text)
}

// SVG returns a bundle showing the SVG document s.
func SVG(s string) Data {
	return bundle(MIMETypeSVG, s, fmt.Sprintf("<%s, %d bytes>", MIMETypeSVG, len(s)))
}

// HTML returns a bundle showing the HTML fragment s.
func HTML(s string) Data {
	return bundle(MIMETypeHTML, s, s)
}

// Markdown returns a bundle showing the Markdown text s.
func Markdown(s string) Data {
	return bundle(MIMETypeMarkdown, s, s)
}

// JavaScript returns a bundle that runs the script s in the front end
// (classic notebook only; JupyterLab ignores it for security).
func JavaScript(s string) Data {
	return bundle(MIMETypeJavaScript, s, s)
}

// Latex returns a bundle showing the LaTeX text s as given; wrap formulas in
// $...$ or $$...$$ yourself, or use Math.
func Latex(s string) Data {
	return bundle(MIMETypeLatex, s, s)
}

// Math returns a bundle showing the LaTeX formula s in display mode
// (wrapped in $$ ... $$).
func Math(s string) Data {
	return bundle(MIMETypeLatex, "$$"+strings.TrimSpace(s)+"$$", s)
}

// JSON returns a bundle showing the JSON object m as an interactive tree in
// front ends that support it, and indented JSON text elsewhere. A value that
// cannot be JSON-encoded gives a text/plain bundle naming the error.
func JSON(m map[string]any) Data {
	b, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return Text(fmt.Sprintf("display.JSON: %v", err))
	}
	return bundle(MIMETypeJSON, m, string(b))
}

// Text returns a plain-text bundle.
func Text(s string) Data {
	return bundle(MIMETypeText, nil, s)
}

// Image returns a bundle showing img, PNG-encoded. An image that cannot be
// encoded (nil, empty, or one whose methods panic) gives a text/plain
// bundle saying why, so a cell shows the problem instead of failing.
func Image(img image.Image) Data {
	if isNil(img) {
		return Text("display.Image: nil image")
	}
	d, err := imageData(img)
	if err != nil {
		return Text(fmt.Sprintf("display.Image: %v", err))
	}
	return d
}

// MIME returns a bundle with the given content per MIME type and metadata,
// for types the other constructors do not cover. Binary content must already
// be base64-encoded, as the protocol requires. A text/plain fallback listing
// the MIME types is added when data has none. The maps are copied.
func MIME(data, metadata map[string]any) Data {
	d := Data{Data: make(map[string]any, len(data)+1)}
	for k, v := range data {
		d.Data[k] = v
	}
	if _, ok := d.Data[MIMETypeText]; !ok {
		types := make([]string, 0, len(data))
		for k := range data {
			types = append(types, k)
		}
		sort.Strings(types)
		d.Data[MIMETypeText] = "<" + strings.Join(types, ", ") + ">"
	}
	if metadata != nil {
		d.Metadata = make(map[string]any, len(metadata))
		for k, v := range metadata {
			d.Metadata[k] = v
		}
	}
	return d
}

// Any returns a bundle showing v under the MIME type mime: a []byte is
// base64-encoded for image/*, application/pdf and other binary types and
// taken as text for text/*, JSON and SVG; a string is taken as is; any other
// value is stored as is (it must JSON-encode to what the MIME type expects).
func Any(mime string, v any) Data {
	switch x := v.(type) {
	case []byte:
		if isTextMIME(mime) {
			return bundle(mime, string(x), textFallback(mime, string(x)))
		}
		return bundleBytes(mime, x)
	case string:
		return bundle(mime, x, textFallback(mime, x))
	default:
		return bundle(mime, v, fmt.Sprint(v))
	}
}

func isTextMIME(mime string) bool {
	return strings.HasPrefix(mime, "text/") || mime == MIMETypeSVG ||
		mime == MIMETypeJSON || mime == MIMETypeJavaScript ||
		strings.HasSuffix(mime, "+json") || strings.HasSuffix(mime, "+xml")
}

// textFallback is the text/plain shown for textual content: the content
// itself unless it is markup a reader would not want to see raw.
func textFallback(mime, s string) string {
	if mime == MIMETypeSVG {
		return fmt.Sprintf("<%s, %d bytes>", mime, len(s))
	}
	return s
}

// Auto returns the most fitting bundle for v: a []byte by its content
// (PNG, JPEG, GIF, SVG, HTML, PDF or text, sniffed with
// http.DetectContentType); a string as plain text; a Data, an image.Image
// or a value with PNG, JPEG, SVG, HTML, Markdown or Latex methods (such as a
// *plotting.Figure) as Rich renders it, which is how the kernel shows the
// same value as a cell's result; anything else as fmt.Sprint(v). Errors
// from rendering are shown as text rather than lost.
func Auto(v any) Data {
	switch x := v.(type) {
	case []byte:
		return sniff(x)
	case string:
		return Text(x)
	case nil:
		return Text("<nil>")
	}
	d, ok, err := Rich(v)
	if err != nil {
		return Text(fmt.Sprintf("%v (display error: %v)", describe(v), err))
	}
	if ok {
		if _, has := d.Data[MIMETypeText]; !has {
			d.Data[MIMETypeText] = describe(v)
		}
		return d
	}
	return Text(fmt.Sprint(v))
}

// describe is a short text/plain for a value shown richly: a figure's full
// %v dump would be unreadable.
func describe(v any) string {
	if s, ok := v.(fmt.Stringer); ok && !isNil(v) {
		return s.String()
	}
	return fmt.Sprintf("<%T>", v)
}

func sniff(b []byte) Data {
	ct := http.DetectContentType(b)
	mime, _, _ := strings.Cut(ct, ";")
	switch {
	case mime == MIMETypePNG || mime == MIMETypeJPEG || mime == "image/gif" || mime == MIMETypePDF:
		return bundleBytes(mime, b)
	case looksLikeSVG(b):
		return SVG(string(b))
	case mime == MIMETypeHTML:
		return HTML(string(b))
	case strings.HasPrefix(mime, "text/"):
		return Text(string(b))
	default:
		return bundle(MIMETypeText, nil, fmt.Sprintf("<%d bytes of %s>", len(b), mime))
	}
}

// looksLikeSVG reports whether b is an SVG document: DetectContentType calls
// those text/xml or text/plain.
func looksLikeSVG(b []byte) bool {
	head := b
	if len(head) > 1024 {
		head = head[:1024]
	}
	return bytes.Contains(head, []byte("<svg"))
}

// isNil reports whether v is nil or a nil pointer, map, slice, func or
// interface inside an interface, which would panic when its methods run.
func isNil(v any) bool {
	if v == nil {
		return true
	}
	rv := reflect.ValueOf(v)
	switch rv.Kind() {
	case reflect.Pointer, reflect.Map, reflect.Slice, reflect.Func, reflect.Interface, reflect.Chan:
		return rv.IsNil()
	}
	return false
}
