package display

import (
	"encoding/base64"
	"encoding/json"
	"errors"
	"image"
	"image/color"
	"strings"
	"testing"
)

var pngSig = []byte("\x89PNG\r\n\x1a\n")

func TestConstructorsHaveTextFallback(t *testing.T) {
	img := image.NewGray(image.Rect(0, 0, 3, 2))
	cases := map[string]struct {
		d    Data
		mime string
	}{
		"PNG":      {PNG(pngSig), MIMETypePNG},
		"JPEG":     {JPEG([]byte{0xff, 0xd8, 0xff}), MIMETypeJPEG},
		"SVG":      {SVG("<svg/>"), MIMETypeSVG},
		"HTML":     {HTML("<b>x</b>"), MIMETypeHTML},
		"Markdown": {Markdown("# x"), MIMETypeMarkdown},
		"Latex":    {Latex(`$x$`), MIMETypeLatex},
		"Math":     {Math(`x^2`), MIMETypeLatex},
		"JSON":     {JSON(map[string]any{"a": 1}), MIMETypeJSON},
		"Image":    {Image(img), MIMETypePNG},
		"MIME":     {MIME(map[string]any{"text/csv": "a,b"}, nil), "text/csv"},
		"Any":      {Any("text/csv", []byte("a,b")), "text/csv"},
	}
	for name, c := range cases {
		if _, ok := c.d.Data[c.mime]; !ok {
			t.Errorf("%s: no %s in %v", name, c.mime, c.d.Data)
		}
		if s, ok := c.d.Data[MIMETypeText].(string); !ok || s == "" {
			t.Errorf("%s: no text/plain fallback", name)
		}
		if _, err := json.Marshal(c.d.Data); err != nil {
			t.Errorf("%s: bundle is not JSON-encodable: %v", name, err)
		}
	}
	if got := Math(" x^2 ").Data[MIMETypeLatex]; got != "$$x^2$$" {
		t.Errorf("Math = %q", got)
	}
	b, _ := base64.StdEncoding.DecodeString(PNG(pngSig).Data[MIMETypePNG].(string))
	if string(b) != string(pngSig) {
		t.Error("PNG content is not the base64 of the bytes")
	}
	d := Image(img)
	b, _ = base64.StdEncoding.DecodeString(d.Data[MIMETypePNG].(string))
	if !strings.HasPrefix(string(b), string(pngSig)) {
		t.Error("Image is not PNG-encoded")
	}
	if d.Data[MIMETypeText] != "<image 3x2>" {
		t.Errorf("Image text = %v", d.Data[MIMETypeText])
	}
}

func TestBadInputGivesTextNotPanic(t *testing.T) {
	if d := Image(nil); !strings.Contains(d.Data[MIMETypeText].(string), "nil image") || len(d.Data) != 1 {
		t.Errorf("Image(nil) = %v", d.Data)
	}
	var nilImg *image.RGBA
	if d := Image(nilImg); len(d.Data) != 1 {
		t.Errorf("Image(nil *RGBA) = %v", d.Data)
	}
	if d := Image(image.NewRGBA(image.Rect(0, 0, 0, 0))); len(d.Data) != 1 {
		t.Errorf("Image(empty) = %v, want text only", d.Data)
	}
	if d := JSON(map[string]any{"f": func() {}}); len(d.Data) != 1 || !strings.Contains(d.Data[MIMETypeText].(string), "display.JSON") {
		t.Errorf("JSON(unencodable) = %v", d.Data)
	}
}

func TestAuto(t *testing.T) {
	img := image.NewRGBA(image.Rect(0, 0, 2, 2))
	img.Set(0, 0, color.White)
	var pngBytes []byte
	{
		b, _ := base64.StdEncoding.DecodeString(Image(img).Data[MIMETypePNG].(string))
		pngBytes = b
	}
	cases := []struct {
		name string
		v    any
		mime string
	}{
		{"Data", HTML("<i>x</i>"), MIMETypeHTML},
		{"image", img, MIMETypePNG},
		{"png bytes", pngBytes, MIMETypePNG},
		{"jpeg bytes", []byte("\xff\xd8\xff\xe0\x00\x10JFIF\x00"), MIMETypeJPEG},
		{"svg bytes", []byte(`<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"></svg>`), MIMETypeSVG},
		{"html bytes", []byte("<html><body>x</body></html>"), MIMETypeHTML},
		{"string", "hello", MIMETypeText},
		{"figure-like", fakeFigure{}, MIMETypePNG},
		{"markdowner", md("*x*"), MIMETypeMarkdown},
		{"int", 42, MIMETypeText},
		{"nil", nil, MIMETypeText},
	}
	for _, c := range cases {
		d := Auto(c.v)
		if _, ok := d.Data[c.mime]; !ok {
			t.Errorf("Auto(%s) = %v, want %s", c.name, keys(d), c.mime)
		}
		if _, ok := d.Data[MIMETypeText]; !ok {
			t.Errorf("Auto(%s) has no text/plain", c.name)
		}
	}
	if d := Auto(42); d.Data[MIMETypeText] != "42" {
		t.Errorf("Auto(42) text = %v", d.Data[MIMETypeText])
	}
	if d := Auto(fakeFigure{}); d.Data[MIMETypeSVG] != nil {
		t.Error("Auto of a value with PNG and SVG rendered SVG too; PNG is preferred")
	}
	if d := Auto(failing{}); len(d.Data) != 1 || !strings.Contains(d.Data[MIMETypeText].(string), "no ink") {
		t.Errorf("Auto(failing) = %v, want the error as text", d.Data)
	}
}

func keys(d Data) []string {
	var out []string
	for k := range d.Data {
		out = append(out, k)
	}
	return out
}

type fakeFigure struct{}

func (fakeFigure) PNG() ([]byte, error) { return pngSig, nil }
func (fakeFigure) SVG() ([]byte, error) { return []byte("<svg/>"), nil }

type md string

func (m md) Markdown() string { return string(m) }

type failing struct{}

func (failing) PNG() ([]byte, error) { return nil, errors.New("no ink") }

type panicking struct{}

func (panicking) HTML() string { panic("boom") }

type wrongSig struct{}

func (wrongSig) PNG(scale int) []byte { return nil }
func (wrongSig) HTML() int            { return 0 }

func TestRich(t *testing.T) {
	d, ok, err := Rich(fakeFigure{})
	if !ok || err != nil || d.Data[MIMETypePNG] != base64.StdEncoding.EncodeToString(pngSig) {
		t.Errorf("Rich(figure) = %v, %v, %v", d.Data, ok, err)
	}
	if _, has := d.Data[MIMETypeText]; has {
		t.Error("Rich set text/plain; the caller adds its own")
	}
	svgOnly := struct{ svger }{}
	if d, ok, _ := Rich(svgOnly); !ok || d.Data[MIMETypeSVG] != "<svg/>" {
		t.Errorf("Rich(SVG only) = %v, %v", d.Data, ok)
	}
	if _, ok, err := Rich(failing{}); ok || err == nil || !strings.Contains(err.Error(), "PNG") {
		t.Errorf("Rich(failing) = %v, %v; want the method's error", ok, err)
	}
	if _, ok, err := Rich(panicking{}); ok || err == nil || !strings.Contains(err.Error(), "boom") {
		t.Errorf("Rich(panicking) = %v, %v; want the panic as an error", ok, err)
	}
	for _, v := range []any{wrongSig{}, 3, "s", nil, (*fakeFigure)(nil)} {
		if _, ok, err := Rich(v); ok || err != nil {
			t.Errorf("Rich(%T) = %v, %v; want not rich", v, ok, err)
		}
	}
}

type svger struct{}

func (svger) SVG() string { return "<svg/>" }

func TestPublish(t *testing.T) {
	defer func(p func(Data, bool) error) { Publisher = p }(Publisher)
	Publisher = nil
	if err := Display(HTML("x")); !errors.Is(err, ErrNoKernel) {
		t.Errorf("Display without kernel: %v", err)
	}
	type sent struct {
		d      Data
		update bool
	}
	var got []sent
	Publisher = func(d Data, update bool) error {
		got = append(got, sent{d, update})
		return nil
	}
	orig := Markdown("50%")
	if err := DisplayID("bar", orig); err != nil {
		t.Fatal(err)
	}
	if err := Update("bar", Markdown("100%")); err != nil {
		t.Fatal(err)
	}
	if err := Show(md("*x*")); err != nil {
		t.Fatal(err)
	}
	if len(got) != 3 || got[0].update || !got[1].update || got[2].update {
		t.Fatalf("published %+v", got)
	}
	if got[0].d.Transient["display_id"] != "bar" || got[1].d.Transient["display_id"] != "bar" {
		t.Errorf("display ids: %v, %v", got[0].d.Transient, got[1].d.Transient)
	}
	if orig.Transient != nil {
		t.Error("DisplayID modified the caller's Data")
	}
	if err := Update("", HTML("x")); err == nil {
		t.Error("Update with an empty id: no error")
	}
	if err := Display(Data{}); err == nil {
		t.Error("Display of an empty Data: no error")
	}
	Publisher = func(Data, bool) error { return errors.New("closed") }
	if err := Display(HTML("x")); err == nil || err.Error() != "closed" {
		t.Errorf("Publisher error not returned: %v", err)
	}
}
