package data

import (
	"bytes"
	"embed"
	"fmt"
	"image"
	"image/jpeg"
	"math"
	"math/rand/v2"
	"sync"

	"gonum.org/v1/gonum/mat"

	"github.com/linae/linae/internal/numeric"
)

// The two photographs scikit-learn ships as sample images (CC BY 2.0; see
// images/ATTRIBUTION.md). They stand in for the whitened natural images of
// the UFLDL exercise, which are not freely available.
//
//go:embed images/china.jpg images/flower.jpg
var imageFS embed.FS

// naturalImageNames lists the embedded photographs in the order
// NaturalImages returns them.
var naturalImageNames = []string{"china", "flower"}

var (
	naturalOnce sync.Once
	naturalImgs []*mat.Dense
	naturalErr  error
)

// NaturalImages returns the embedded photographs (china.jpg and flower.jpg,
// 427×640 pixels each, CC BY 2.0, attribution in images/ATTRIBUTION.md) as
// grayscale matrices, one per image with rows = image rows, holding the
// luminance 0.299R + 0.587G + 0.114B scaled to [0,1], and their names
// ("china", "flower"). The JPEGs are decoded once; every call returns fresh
// copies, which the caller may modify.
func NaturalImages() ([]*mat.Dense, []string, error) {
	naturalOnce.Do(func() {
		for _, name := range naturalImageNames {
			g, err := decodeGray("images/" + name + ".jpg")
			if err != nil {
				naturalErr = err
				naturalImgs = nil
				return
			}
			naturalImgs = append(naturalImgs, g)
		}
	})
	if naturalErr != nil {
		return nil, nil, naturalErr
	}
	out := make([]*mat.Dense, len(naturalImgs))
	for i, g := range naturalImgs {
		out[i] = mat.DenseCopyOf(g)
	}
	return out, append([]string(nil), naturalImageNames...), nil
}

// decodeGray decodes an embedded JPEG to luminance in [0,1].
func decodeGray(path string) (*mat.Dense, error) {
	b, err := imageFS.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("data: NaturalImages: %w", err)
	}
	img, err := jpeg.Decode(bytes.NewReader(b))
	if err != nil {
		return nil, fmt.Errorf("data: NaturalImages: decoding %s: %w", path, err)
	}
	return grayOf(img), nil
}

// grayOf converts img to a matrix of luminance values in [0,1].
func grayOf(img image.Image) *mat.Dense {
	r := img.Bounds()
	g := mat.NewDense(r.Dy(), r.Dx(), nil)
	for y := r.Min.Y; y < r.Max.Y; y++ {
		row := g.RawRowView(y - r.Min.Y)
		for x := r.Min.X; x < r.Max.X; x++ {
			cr, cg, cb, _ := img.At(x, y).RGBA() // 16-bit channels
			row[x-r.Min.X] = (0.299*float64(cr) + 0.587*float64(cg) + 0.114*float64(cb)) / 0xffff
		}
	}
	return g
}

// SamplePatches draws count square patches of size×size pixels from images,
// each from an image chosen uniformly at random and at a position chosen
// uniformly among those where the patch fits, and returns them as the rows
// of a count×(size·size) matrix (pixels in row-major order). The same seed
// gives the same patches.
//
// It returns an error if there are no images, size or count is below 1, an
// image is nil or smaller than size in either direction, or a patch holds a
// NaN or infinite value.
func SamplePatches(images []*mat.Dense, size, count int, seed uint64) (*mat.Dense, error) {
	if len(images) == 0 {
		return nil, fmt.Errorf("data: SamplePatches: no images")
	}
	if size < 1 || count < 1 {
		return nil, fmt.Errorf("data: SamplePatches: need size ≥ 1 and count ≥ 1, have size=%d count=%d", size, count)
	}
	for i, im := range images {
		if im == nil || im.IsEmpty() {
			return nil, fmt.Errorf("data: SamplePatches: image %d is empty", i)
		}
		if r, c := im.Dims(); r < size || c < size {
			return nil, fmt.Errorf("data: SamplePatches: image %d is %d×%d, smaller than a %d×%d patch", i, r, c, size, size)
		}
	}
	rnd := rand.New(rand.NewPCG(seed, 0x9a7c))
	out := mat.NewDense(count, size*size, nil)
	for k := 0; k < count; k++ {
		im := images[rnd.IntN(len(images))]
		r, c := im.Dims()
		y0 := rnd.IntN(r - size + 1)
		x0 := rnd.IntN(c - size + 1)
		dst := out.RawRowView(k)
		for y := 0; y < size; y++ {
			for x := 0; x < size; x++ {
				v := im.At(y0+y, x0+x)
				if !numeric.IsFinite(v) {
					return nil, fmt.Errorf("data: SamplePatches: pixel (%d,%d) of an image is %v", y0+y, x0+x, v)
				}
				dst[y*size+x] = v
			}
		}
	}
	return out, nil
}

// NormalizeUFLDL applies the UFLDL sparse-autoencoder exercise's
// normalizeData to the patches in the rows of X and stores the result in
// dst: it removes each patch's own mean (the row mean, discarding
// brightness), clips at ±3σ where σ is the standard deviation (divisor N−1,
// as MATLAB's std) of all the centred values together, and maps [−3σ, 3σ]
// linearly onto [0.1, 0.9] via (x/(3σ) + 1)·0.4 + 0.1. The range suits a
// sigmoid output layer, which cannot reach 0 or 1.
//
// If σ is 0 (every patch constant) every output is 0.5. A NaN or infinite
// value in X is an error naming its place, and dst is then left unchanged.
// A zero-value dst is resized; dst may be X. It panics if dst is not empty
// and not the shape of X.
func NormalizeUFLDL(dst *mat.Dense, X mat.Matrix) error {
	if err := checkFinite("NormalizeUFLDL", X); err != nil {
		return err
	}
	m, n := X.Dims()
	resizeDst(dst, m, n)
	w := mat.DenseCopyOf(X)
	var sum2 float64
	for i := 0; i < m; i++ {
		row := w.RawRowView(i)
		var mean float64
		for _, v := range row {
			mean += v
		}
		mean /= float64(n)
		for j := range row {
			row[j] -= mean
			sum2 += row[j] * row[j]
		}
	}
	// The centred values have mean zero overall, so σ² = Σx²/(N−1).
	var pstd float64
	if N := m * n; N > 1 {
		pstd = 3 * math.Sqrt(sum2/float64(N-1))
	}
	for i := 0; i < m; i++ {
		row := w.RawRowView(i)
		for j, v := range row {
			var x float64
			if pstd > 0 {
				x = math.Max(math.Min(v, pstd), -pstd) / pstd
			}
			row[j] = (x+1)*0.4 + 0.1
		}
	}
	dst.Copy(w)
	return nil
}

// resizeDst makes dst m×n: a zero-value (empty) dst is resized, any other
// must already have that shape.
func resizeDst(dst *mat.Dense, m, n int) {
	if dst.IsEmpty() {
		dst.ReuseAs(m, n)
		return
	}
	if r, c := dst.Dims(); r != m || c != n {
		panic(mat.ErrShape)
	}
}
