package data

import (
	"fmt"
	"math"

	"gonum.org/v1/gonum/dsp/fourier"
	"gonum.org/v1/gonum/mat"
	"gonum.org/v1/gonum/stat"
)

// WhitenImage whitens a whole photograph the way Olshausen and Field
// prepared the natural images of their sparse-coding experiments (Nature
// 381, 1996), which are the pre-whitened images of the UFLDL
// sparse-autoencoder exercise: the image's mean is removed and its 2-D
// Fourier transform is multiplied by the radial filter
//
//	R(f) = f·exp(−(f/cutoff)⁴),
//
// f in cycles per pixel. The factor f flattens the roughly 1/f amplitude
// spectrum of natural images, so that edges and not the large smooth
// regions carry the variance; the exponential cuts off the highest
// frequencies, where noise and aliasing live. Olshausen and Field use
// cutoff = 0.4 cycles per pixel (0.8 of Nyquist). The result is scaled to
// variance 0.1, as their images are, and stored in dst. The transform is
// periodic, so a narrow band along the image's borders mixes with the
// opposite border.
//
// A zero-value dst is resized; dst may be img. It returns an error, and
// leaves dst unchanged, if img is empty, smaller than 2×2, holds a NaN or
// infinite value or is constant, or if cutoff is not positive and finite.
// It panics if dst is not empty and not the shape of img.
func WhitenImage(dst *mat.Dense, img mat.Matrix, cutoff float64) error {
	const fn = "WhitenImage"
	if err := checkData(img, fn); err != nil {
		return err
	}
	if !(cutoff > 0) || math.IsInf(cutoff, 1) {
		return fmt.Errorf("data: %s: cutoff %v cycles per pixel, want a positive finite value", fn, cutoff)
	}
	r, c := img.Dims()
	if r < 2 || c < 2 {
		return fmt.Errorf("data: %s: image is %d×%d, want at least 2×2", fn, r, c)
	}
	mean := 0.0
	for i := 0; i < r; i++ {
		for j := 0; j < c; j++ {
			mean += img.At(i, j)
		}
	}
	mean /= float64(r * c)

	rowFFT, colFFT := fourier.NewCmplxFFT(c), fourier.NewCmplxFFT(r)
	z := make([]complex128, r*c) // row-major, transformed in place
	for i := 0; i < r; i++ {
		row := z[i*c : (i+1)*c]
		for j := range row {
			row[j] = complex(img.At(i, j)-mean, 0)
		}
		rowFFT.Coefficients(row, row)
	}
	col := make([]complex128, r)
	for j := 0; j < c; j++ {
		for i := range col {
			col[i] = z[i*c+j]
		}
		colFFT.Coefficients(col, col)
		fx := rowFFT.Freq(j)
		for i := range col {
			f := math.Hypot(fx, colFFT.Freq(i))
			col[i] *= complex(f*math.Exp(-math.Pow(f/cutoff, 4)), 0)
		}
		colFFT.Sequence(col, col)
		for i := range col {
			z[i*c+j] = col[i]
		}
	}
	out := make([]float64, r*c)
	for i := 0; i < r; i++ {
		row := z[i*c : (i+1)*c]
		rowFFT.Sequence(row, row)
		for j, v := range row {
			out[i*c+j] = real(v)
		}
	}
	// The unnormalised inverse transforms scale by r·c; the variance
	// normalisation below removes that factor with the rest.
	sd := stat.PopStdDev(out, nil)
	if !(sd > 0) {
		return fmt.Errorf("data: %s: the image is constant, nothing to whiten", fn)
	}
	s := math.Sqrt(0.1) / sd
	for i := range out {
		out[i] *= s
	}
	resizeDst(dst, r, c)
	dst.Copy(mat.NewDense(r, c, out))
	return nil
}

// Downsample stores in dst the image img reduced by factor in both
// directions, each output pixel the mean of a factor×factor block; rows and
// columns beyond the last whole block are dropped. Downsampling a
// photograph before WhitenImage makes an 8×8 patch cover a larger part of
// the scene, as the 512×512 images of Olshausen and Field, taken from
// larger photographs, do.
//
// A zero-value dst is resized; dst must not be img. It returns an error,
// and leaves dst unchanged, if img is empty, holds a NaN or infinite value
// or is smaller than one block, or if factor is below 1. It panics if dst
// is not empty and not the shape of the result.
func Downsample(dst *mat.Dense, img mat.Matrix, factor int) error {
	const fn = "Downsample"
	if err := checkData(img, fn); err != nil {
		return err
	}
	if factor < 1 {
		return fmt.Errorf("data: %s: factor %d, want at least 1", fn, factor)
	}
	r, c := img.Dims()
	if r < factor || c < factor {
		return fmt.Errorf("data: %s: image is %d×%d, smaller than one %d×%d block", fn, r, c, factor, factor)
	}
	R, C := r/factor, c/factor
	out := mat.NewDense(R, C, nil)
	area := float64(factor * factor)
	for i := 0; i < R; i++ {
		for j := 0; j < C; j++ {
			s := 0.0
			for a := 0; a < factor; a++ {
				for b := 0; b < factor; b++ {
					s += img.At(i*factor+a, j*factor+b)
				}
			}
			out.Set(i, j, s/area)
		}
	}
	resizeDst(dst, R, C)
	dst.Copy(out)
	return nil
}
