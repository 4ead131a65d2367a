package display_test

import (
	"encoding/base64"
	"errors"
	"image"
	"strings"
	"testing"

	"github.com/linae/linae/kernel/display"
	"github.com/linae/linae/plotting"
)

func decodePNG(t *testing.T, b map[string]any) []byte {
	t.Helper()
	s, ok := b[display.MIMETypePNG].(string)
	if !ok {
		t.Fatalf("no image/png string in bundle %v", b)
	}
	raw, err := base64.StdEncoding.DecodeString(s)
	if err != nil {
		t.Fatalf("image/png is not base64: %v", err)
	}
	if !strings.HasPrefix(string(raw), "\x89PNG") {
		t.Fatalf("image/png content is not a PNG")
	}
	return raw
}

// bundle is Rich without the metadata: the MIME type → content map.
func bundle(v any) (map[string]any, bool, error) {
	d, ok, err := display.Rich(v)
	return d.Data, ok, err
}

func TestRichFigure(t *testing.T) {
	fig, err := plotting.Curves("t", "x", "y", []plotting.Series{{Name: "a", X: []float64{1, 2}, Y: []float64{1, 4}}}, false, false)
	if err != nil {
		t.Fatal(err)
	}
	b, ok, err := bundle(fig)
	if !ok || err != nil {
		t.Fatalf("Rich(*plotting.Figure) = %v, %v", ok, err)
	}
	decodePNG(t, b)
	if _, has := b[display.MIMETypeSVG]; has {
		t.Error("figure bundle has SVG as well: front ends would show it instead of the PNG")
	}
	if _, has := b[display.MIMETypeText]; has {
		t.Error("figure bundle has text/plain; the kernel adds its own")
	}
	var nilFig *plotting.Figure
	if _, ok, err := bundle(nilFig); ok || err != nil {
		t.Errorf("Rich(nil figure) = %v, %v; want plain", ok, err)
	}
}

func TestRichImageAndData(t *testing.T) {
	b, ok, err := bundle(image.NewGray(image.Rect(0, 0, 4, 3)))
	if !ok || err != nil {
		t.Fatalf("image: %v, %v", ok, err)
	}
	decodePNG(t, b)
	if b[display.MIMETypeText] != "<image 4x3>" {
		t.Errorf("image text/plain = %v", b[display.MIMETypeText])
	}
	d := display.HTML("<b>x</b>")
	b, ok, err = bundle(d)
	if !ok || err != nil || b[display.MIMETypeHTML] != "<b>x</b>" {
		t.Fatalf("display.Data: %v, %v, %v", b, ok, err)
	}
	b["extra"] = 1
	if _, leaked := d.Data["extra"]; leaked {
		t.Error("Rich returned the caller's map, not a copy")
	}
	if _, ok, _ := bundle(&d); !ok {
		t.Error("*display.Data not rich")
	}
	dd, ok, _ := display.Rich(display.Image(image.NewGray(image.Rect(0, 0, 2, 2))))
	if !ok || dd.Metadata[display.MIMETypePNG] == nil {
		t.Errorf("Rich lost the image metadata: %v", dd.Metadata)
	}
}

func TestRichErrorsAndPlain(t *testing.T) {
	for _, v := range []any{42, "text", nil, []float64{1}, display.Data{}, (*display.Data)(nil)} {
		if b, ok, err := bundle(v); ok || err != nil || b != nil {
			t.Errorf("Rich(%#v) = %v, %v, %v; want not rich", v, b, ok, err)
		}
	}
	if _, ok, err := bundle(badPNG{}); ok || err == nil || !strings.Contains(err.Error(), "out of ink") {
		t.Errorf("Rich(bad PNG) = %v, %v; want the error", ok, err)
	}
	if _, ok, err := bundle(image.NewRGBA(image.Rect(0, 0, 0, 0))); ok || err == nil {
		t.Errorf("Rich(empty image) = %v, %v; want an encoding error", ok, err)
	}
	if _, ok, err := bundle(brokenImage{}); ok || err == nil || !strings.Contains(err.Error(), "panic") {
		t.Errorf("Rich(panicking image) = %v, %v; want the panic as an error", ok, err)
	}
	b, ok, err := bundle(htmlMarkdown{})
	if !ok || err != nil || b[display.MIMETypeHTML] != "<p>h</p>" || b[display.MIMETypeMarkdown] != "m" {
		t.Errorf("Rich(HTML+Markdown) = %v, %v, %v", b, ok, err)
	}
}

type badPNG struct{}

func (badPNG) PNG() ([]byte, error) { return nil, errors.New("out of ink") }

type brokenImage struct{ image.Image }

func (brokenImage) Bounds() image.Rectangle { panic("no bounds") }

type htmlMarkdown struct{}

func (htmlMarkdown) HTML() (string, error) { return "<p>h</p>", nil }
func (htmlMarkdown) Markdown() []byte      { return []byte("m") }

// TestAutoRendersAsRich: what a cell shows with display.Show and what the
// kernel shows for the same value as a cell's result come from one dispatch.
func TestAutoRendersAsRich(t *testing.T) {
	fig, err := plotting.Curves("t", "x", "y", []plotting.Series{{Name: "a", X: []float64{1, 2}, Y: []float64{1, 4}}}, false, false)
	if err != nil {
		t.Fatal(err)
	}
	for _, v := range []any{fig, image.NewGray(image.Rect(0, 0, 4, 3)), display.HTML("<b>x</b>"), htmlMarkdown{}} {
		rich, ok, err := display.Rich(v)
		if !ok || err != nil {
			t.Fatalf("Rich(%T) = %v, %v", v, ok, err)
		}
		auto := display.Auto(v)
		for mime, content := range rich.Data {
			if auto.Data[mime] != content {
				t.Errorf("Auto(%T) and Rich differ under %s", v, mime)
			}
		}
	}
	if d := display.Auto(brokenImage{}); !strings.Contains(d.Data[display.MIMETypeText].(string), "panic") {
		t.Errorf("Auto(panicking image) = %v; want the panic as text", d.Data)
	}
	if d := display.Image(brokenImage{}); !strings.Contains(d.Data[display.MIMETypeText].(string), "panic") {
		t.Errorf("Image(panicking image) = %v; want the panic as text", d.Data)
	}
}
