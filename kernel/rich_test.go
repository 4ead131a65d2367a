package kernel

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

func TestRichBundleFigure(t *testing.T) {
	fig, err := plotting.Curves("t", "x", "y", []plotting.Series{{Name: "a", X: []float64{1, 2}, Y: []float64{1, 4}}}, false, false)
	if err != nil {
		t.Fatal(err)
	}
	b, ok, err := RichBundle(fig)
	if !ok || err != nil {
		t.Fatalf("RichBundle(*plotting.Figure) = %v, %v", ok, err)
	}
	decodePNG(t, b)
	if _, has := b[display.MIMETypeSVG]; has {
		t.Error("figure bundle has SVG as well: front ends would show it instead of the PNG")
	}
	if _, has := b[display.MIMETypeText]; has {
		t.Error("figure bundle has text/plain; the kernel adds its own")
	}
	var nilFig *plotting.Figure
	if _, ok, err := RichBundle(nilFig); ok || err != nil {
		t.Errorf("RichBundle(nil figure) = %v, %v; want plain", ok, err)
	}
}

func TestRichBundleImageAndData(t *testing.T) {
	b, ok, err := RichBundle(image.NewGray(image.Rect(0, 0, 4, 3)))
	if !ok || err != nil {
		t.Fatalf("image: %v, %v", ok, err)
	}
	decodePNG(t, b)
	if b[display.MIMETypeText] != "<image 4x3>" {
		t.Errorf("image text/plain = %v", b[display.MIMETypeText])
	}
	d := display.HTML("<b>x</b>")
	b, ok, err = RichBundle(d)
	if !ok || err != nil || b[display.MIMETypeHTML] != "<b>x</b>" {
		t.Fatalf("display.Data: %v, %v, %v", b, ok, err)
	}
	b["extra"] = 1
	if _, leaked := d.Data["extra"]; leaked {
		t.Error("RichBundle returned the caller's map, not a copy")
	}
	if _, ok, _ := RichBundle(&d); !ok {
		t.Error("*display.Data not rich")
	}
	dd, ok, _ := RichData(display.Image(image.NewGray(image.Rect(0, 0, 2, 2))))
	if !ok || dd.Metadata[display.MIMETypePNG] == nil {
		t.Errorf("RichData lost the image metadata: %v", dd.Metadata)
	}
}

func TestRichBundleErrorsAndPlain(t *testing.T) {
	for _, v := range []any{42, "text", nil, []float64{1}, display.Data{}, (*display.Data)(nil)} {
		if b, ok, err := RichBundle(v); ok || err != nil || b != nil {
			t.Errorf("RichBundle(%#v) = %v, %v, %v; want not rich", v, b, ok, err)
		}
	}
	if _, ok, err := RichBundle(badPNG{}); ok || err == nil || !strings.Contains(err.Error(), "out of ink") {
		t.Errorf("RichBundle(bad PNG) = %v, %v; want the error", ok, err)
	}
	if _, ok, err := RichBundle(image.NewRGBA(image.Rect(0, 0, 0, 0))); ok || err == nil {
		t.Errorf("RichBundle(empty image) = %v, %v; want an encoding error", ok, err)
	}
	if _, ok, err := RichBundle(brokenImage{}); ok || err == nil || !strings.Contains(err.Error(), "panic") {
		t.Errorf("RichBundle(panicking image) = %v, %v; want the panic as an error", ok, err)
	}
	b, ok, err := RichBundle(htmlMarkdown{})
	if !ok || err != nil || b[display.MIMETypeHTML] != "<p>h</p>" || b[display.MIMETypeMarkdown] != "m" {
		t.Errorf("RichBundle(HTML+Markdown) = %v, %v, %v", b, ok, err)
	}
}

type badPNG struct{}

func (badPNG) PNG() ([]byte, error) { return nil, errors.New("out of ink") }

type brokenImage struct{ image.Image }

func (brokenImage) Bounds() image.Rectangle { panic("no bounds") }

type htmlMarkdown struct{}

func (htmlMarkdown) HTML() (string, error) { return "<p>h</p>", nil }
func (htmlMarkdown) Markdown() []byte      { return []byte("m") }
