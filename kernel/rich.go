package kernel

import (
	"bytes"
	"fmt"
	"image"
	"image/png"
	"maps"

	"github.com/linae/linae/kernel/display"
)

// RichBundle returns the MIME bundle (MIME type → content, binary content
// base64-encoded) under which the kernel shows v, the value of a cell's last
// expression, when v has a rich representation: a display.Data is shown as
// built; an image.Image as image/png; a value with PNG(), JPEG(), SVG(),
// HTML(), Markdown() or Latex() methods (a *plotting.Figure, whose PNG is
// preferred over its SVG) through them, see display.Rich.
//
// ok is false when v has no rich representation; the kernel then shows its
// usual text. An error from v's rendering method (or a panic in it, or an
// image that cannot be PNG-encoded) is returned with ok false so that the
// kernel reports it in the cell's output instead of showing a broken image.
//
// The bundle holds text/plain only when v brings its own (display.Data
// values and images do); the kernel adds its text representation of v when
// the bundle has none. The returned map is a copy the caller may modify.
func RichBundle(v any) (bundle map[string]any, ok bool, err error) {
	d, ok, err := RichData(v)
	return d.Data, ok, err
}

// RichData is RichBundle with the bundle's metadata (image sizes) and
// transient fields (display_id) as well, for the kernel's execute_result
// and display_data messages.
func RichData(v any) (d display.Data, ok bool, err error) {
	switch x := v.(type) {
	case display.Data:
		return copyData(x)
	case *display.Data:
		if x == nil {
			return display.Data{}, false, nil
		}
		return copyData(*x)
	case image.Image:
		return imageData(x)
	}
	return display.Rich(v)
}

func copyData(d display.Data) (display.Data, bool, error) {
	if len(d.Data) == 0 {
		return display.Data{}, false, nil
	}
	return display.Data{
		Data:      maps.Clone(d.Data),
		Metadata:  maps.Clone(d.Metadata),
		Transient: maps.Clone(d.Transient),
	}, true, nil
}

func imageData(img image.Image) (d display.Data, ok bool, err error) {
	defer func() {
		// A nil pointer inside the interface, or a broken user-defined
		// image, panics in Bounds or At: report it, keep the kernel alive.
		if r := recover(); r != nil {
			d, ok, err = display.Data{}, false, fmt.Errorf("kernel: cannot encode %T as PNG: panic: %v", img, r)
		}
	}()
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		return display.Data{}, false, fmt.Errorf("kernel: cannot encode %T as PNG: %w", img, err)
	}
	d = display.PNG(buf.Bytes())
	r := img.Bounds()
	d.Data[display.MIMETypeText] = fmt.Sprintf("<image %dx%d>", r.Dx(), r.Dy())
	d.Metadata = map[string]any{display.MIMETypePNG: map[string]any{"width": r.Dx(), "height": r.Dy()}}
	return d, true, nil
}
