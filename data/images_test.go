package data

import (
	"bytes"
	"image/color"
	"image/jpeg"
	"math"
	"strings"
	"testing"

	"gonum.org/v1/gonum/mat"
	"gonum.org/v1/gonum/stat"
)

func TestNaturalImages(t *testing.T) {
	imgs, names, err := NaturalImages()
	if err != nil {
		t.Fatal(err)
	}
	if len(imgs) != 2 || len(names) != 2 || names[0] != "china" || names[1] != "flower" {
		t.Fatalf("got %d images named %v", len(imgs), names)
	}
	for i, im := range imgs {
		r, c := im.Dims()
		if r != 427 || c != 640 {
			t.Errorf("%s is %d×%d, want 427×640", names[i], r, c)
		}
		d := im.RawMatrix().Data
		lo, hi := mat.Min(im), mat.Max(im)
		mean, std := stat.MeanStdDev(d, nil)
		t.Logf("%s: range [%.3f, %.3f], mean %.3f, std %.3f", names[i], lo, hi, mean, std)
		// Real photographs: values in [0,1], well spread.
		if lo < 0 || hi > 1 || hi-lo < 0.5 || std < 0.1 {
			t.Errorf("%s: range [%v, %v], std %v: not a plausible grayscale photograph", names[i], lo, hi, std)
		}
	}
	// The luminance formula, checked on one pixel against the JPEG's RGB.
	raw, err := imageFS.ReadFile("images/china.jpg")
	if err != nil {
		t.Fatal(err)
	}
	img, err := jpeg.Decode(bytes.NewReader(raw))
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range [][2]int{{0, 0}, {100, 200}, {426, 639}, {300, 17}} {
		c := color.RGBAModel.Convert(img.At(p[1], p[0])).(color.RGBA)
		want := (0.299*float64(c.R) + 0.587*float64(c.G) + 0.114*float64(c.B)) / 255
		if got := imgs[0].At(p[0], p[1]); math.Abs(got-want) > 1.0/255 {
			t.Errorf("china pixel %v: %v, want %v from RGB %v", p, got, want, c)
		}
	}
	// Copies: modifying one result must not change the next.
	imgs[0].Set(0, 0, -7)
	again, _, _ := NaturalImages()
	if again[0].At(0, 0) == -7 {
		t.Error("NaturalImages returned shared storage")
	}
}

func TestSamplePatches(t *testing.T) {
	imgs, _, err := NaturalImages()
	if err != nil {
		t.Fatal(err)
	}
	p, err := SamplePatches(imgs, 8, 1000, 42)
	if err != nil {
		t.Fatal(err)
	}
	if r, c := p.Dims(); r != 1000 || c != 64 {
		t.Fatalf("patches %d×%d, want 1000×64", r, c)
	}
	q, _ := SamplePatches(imgs, 8, 1000, 42)
	if !mat.Equal(p, q) {
		t.Error("same seed, different patches")
	}
	o, _ := SamplePatches(imgs, 8, 1000, 43)
	if mat.Equal(p, o) {
		t.Error("different seeds, same patches")
	}

	// Every patch must be found at some position of some image, row-major.
	// Check a few exhaustively on a small synthetic image with distinct
	// pixels, where the position is recoverable from the first pixel.
	a := mat.NewDense(5, 7, nil)
	b := mat.NewDense(4, 3, nil)
	for i := 0; i < 5; i++ {
		for j := 0; j < 7; j++ {
			a.Set(i, j, float64(100*i+j))
		}
	}
	for i := 0; i < 4; i++ {
		for j := 0; j < 3; j++ {
			b.Set(i, j, float64(-1000-100*i-j))
		}
	}
	const n = 20000
	s, err := SamplePatches([]*mat.Dense{a, b}, 3, n, 7)
	if err != nil {
		t.Fatal(err)
	}
	counts := map[float64]int{}
	fromA := 0
	for k := 0; k < n; k++ {
		row := s.RawRowView(k)
		im, sign, base := a, 1.0, row[0]
		if row[0] < 0 {
			im, sign, base = b, -1, -row[0]-1000
		} else {
			fromA++
		}
		y0, x0 := int(base)/100, int(base)%100
		for y := 0; y < 3; y++ {
			for x := 0; x < 3; x++ {
				if row[3*y+x] != im.At(y0+y, x0+x) {
					t.Fatalf("patch %d (sign %v) pixel (%d,%d) is %v, want %v", k, sign, y, x, row[3*y+x], im.At(y0+y, x0+x))
				}
			}
		}
		counts[row[0]]++
	}
	// Uniform over images (half each), then over the 3·5 positions of a
	// and the 2·1 of b: 15 + 2 distinct first pixels.
	if len(counts) != 17 {
		t.Errorf("%d distinct patch positions, want 17", len(counts))
	}
	if f := float64(fromA) / n; math.Abs(f-0.5) > 4*math.Sqrt(0.25/n) {
		t.Errorf("fraction from image a %.4f, want 0.5", f)
	}
	for pos, c := range counts {
		want := float64(n) / 2 / 15
		if pos < 0 {
			want = float64(n) / 2 / 2
		}
		if math.Abs(float64(c)-want) > 5*math.Sqrt(want) {
			t.Errorf("position %v drawn %d times, want about %.0f", pos, c, want)
		}
	}
}

func TestSamplePatchesErrors(t *testing.T) {
	small := mat.NewDense(4, 10, nil)
	nan := mat.NewDense(8, 8, nil)
	nan.Set(3, 3, math.NaN())
	tests := []struct {
		name        string
		imgs        []*mat.Dense
		size, count int
		want        string
	}{
		{"no images", nil, 2, 1, "no images"},
		{"size 0", []*mat.Dense{small}, 0, 1, "size ≥ 1"},
		{"count 0", []*mat.Dense{small}, 2, 0, "count ≥ 1"},
		{"too small", []*mat.Dense{small}, 5, 1, "image 0 is 4×10, smaller than a 5×5 patch"},
		{"nil image", []*mat.Dense{small, nil}, 2, 1, "image 1 is empty"},
		{"nan", []*mat.Dense{nan}, 8, 1, "is NaN"},
	}
	for _, tc := range tests {
		_, err := SamplePatches(tc.imgs, tc.size, tc.count, 1)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: error %v, want %q", tc.name, err, tc.want)
		}
	}
}

func TestNormalizeUFLDL(t *testing.T) {
	imgs, _, err := NaturalImages()
	if err != nil {
		t.Fatal(err)
	}
	p, err := SamplePatches(imgs, 8, 10000, 1)
	if err != nil {
		t.Fatal(err)
	}
	var y mat.Dense
	if err := NormalizeUFLDL(&y, p); err != nil {
		t.Fatal(err)
	}
	lo, hi := mat.Min(&y), mat.Max(&y)
	if lo < 0.1-1e-12 || hi > 0.9+1e-12 {
		t.Errorf("range [%v, %v], want within [0.1, 0.9]", lo, hi)
	}
	// Natural patches are heavy-tailed: some values are clipped at both
	// ends, and the bulk sits near 0.5.
	if lo > 0.1+1e-12 || hi < 0.9-1e-12 {
		t.Errorf("range [%v, %v]: expected clipping at both ends", lo, hi)
	}
	if m := mat.Sum(&y) / 640000; math.Abs(m-0.5) > 0.01 {
		t.Errorf("mean %v, want about 0.5", m)
	}

	// An independent path on a small matrix: the formula written out.
	X := mat.NewDense(3, 4, []float64{
		1, 2, 3, 4,
		0, 0, 0, 10,
		5, 5, 5, 5,
	})
	var c mat.Dense
	c.Apply(func(i, _ int, v float64) float64 { return v - mat.Sum(X.RowView(i))/4 }, X)
	pstd := 3 * stat.StdDev(c.RawMatrix().Data, nil) // N−1 divisor
	var want mat.Dense
	want.Apply(func(_, _ int, v float64) float64 {
		v = math.Max(-pstd, math.Min(pstd, v))
		return (v/pstd+1)*0.4 + 0.1
	}, &c)
	var got mat.Dense
	if err := NormalizeUFLDL(&got, X); err != nil {
		t.Fatal(err)
	}
	if !mat.EqualApprox(&got, &want, 1e-14) {
		t.Errorf("NormalizeUFLDL =\n%v\nwant\n%v", mat.Formatted(&got), mat.Formatted(&want))
	}
	// In place gives the same.
	if err := NormalizeUFLDL(X, X); err != nil {
		t.Fatal(err)
	}
	if !mat.EqualApprox(X, &want, 1e-14) {
		t.Error("in-place NormalizeUFLDL differs")
	}

	// Constant patches: 0.5, not NaN.
	var k mat.Dense
	if err := NormalizeUFLDL(&k, mat.NewDense(2, 2, []float64{3, 3, 1, 1})); err != nil {
		t.Fatal(err)
	}
	for _, v := range k.RawMatrix().Data {
		if v != 0.5 {
			t.Errorf("constant patches give %v, want 0.5", v)
		}
	}
	// A NaN is an error that says where, never a silent NaN output.
	var nn mat.Dense
	err = NormalizeUFLDL(&nn, mat.NewDense(2, 2, []float64{1, 2, math.NaN(), 1}))
	if err == nil || !strings.Contains(err.Error(), "X[1,0] is NaN") {
		t.Errorf("NaN input: err = %v, want it to name X[1,0]", err)
	}
	if !nn.IsEmpty() {
		t.Errorf("NaN input changed dst: %v", mat.Formatted(&nn))
	}
}
