package display

import (
	"reflect"
	"strings"
	"testing"

	"gonum.org/v1/gonum/mat"
)

func TestRichMatrix(t *testing.T) {
	small := mat.NewDense(3, 2, []float64{1, 2, 3, 4, 5, 6})
	d, ok, err := Rich(small)
	if !ok || err != nil {
		t.Fatalf("Rich(*mat.Dense) = %v, %v", ok, err)
	}
	text := d.Data[MIMETypeText].(string)
	if !strings.HasPrefix(text, "*mat.Dense 3×2\n") || !strings.Contains(text, "5  6") {
		t.Errorf("text/plain of a 3×2 matrix:\n%s", text)
	}
	if h := d.Data[MIMETypeHTML].(string); strings.Count(h, "<tr>") != 3 || !strings.Contains(h, "<td>6</td>") {
		t.Errorf("text/html of a 3×2 matrix:\n%s", h)
	}
	big := mat.NewDense(100, 50, nil)
	big.Set(99, 49, 7)
	d, _, _ = Rich(big)
	text = d.Data[MIMETypeText].(string)
	if lines := strings.Count(text, "\n"); lines > 10 || !strings.Contains(text, "...") || !strings.Contains(text, "7") {
		t.Errorf("text/plain of a 100×50 matrix (%d lines) is not elided around its corner 7:\n%s", lines, text)
	}
	h := d.Data[MIMETypeHTML].(string)
	if strings.Count(h, "<tr>") != 2*matrixEdge+1 || !strings.Contains(h, "⋱") || !strings.Contains(h, "<td>7</td>") {
		t.Errorf("text/html of a 100×50 matrix:\n%s", h)
	}
}

func TestElidedText(t *testing.T) {
	x := make([]float64, 5000)
	x[0], x[4999] = 1.5, 2.5
	got, ok := ElidedText(reflect.ValueOf(x))
	if want := "[1.5 0 0 ... 0 0 2.5] (length 5000)"; !ok || got != want {
		t.Errorf("ElidedText of 5000 floats = %q, %v; want %q", got, ok, want)
	}
	if _, ok := ElidedText(reflect.ValueOf(make([]int, sliceThreshold))); ok {
		t.Errorf("a slice of %d elements was elided", sliceThreshold)
	}
}
