package data

import (
	"fmt"
	"math"
	"sort"

	"gonum.org/v1/gonum/mat"

	"github.com/linae/linae/internal/numeric"
)

// Center subtracts from every column of X its mean, stores the result in
// dst and returns the means. The theory (PCA floor, Baldi–Hornik) is stated
// for centred data; apply the returned means to other data (a test set)
// to centre it consistently. A zero-value dst is resized; dst may be X.
//
// It returns an error, and leaves dst unchanged, if X is empty or holds a
// NaN or infinite value. It panics if dst is not empty and not the shape
// of X.
func Center(dst *mat.Dense, X mat.Matrix) ([]float64, error) {
	return center(dst, X, "Center")
}

// center is Center for the function fn, which errors name.
func center(dst *mat.Dense, X mat.Matrix, fn string) ([]float64, error) {
	if err := checkData(X, fn); err != nil {
		return nil, err
	}
	m, n := X.Dims()
	resizeDst(dst, m, n)
	mean := columnMeans(X)
	if dst != X {
		dst.Copy(X)
	}
	numeric.AddToRows(dst.RawMatrix(), mean, -1)
	return mean, nil
}

// AddMean adds mean to every row of X and stores the result in dst: the
// inverse of Center, which puts the training mean back on reconstructions
// of centred data so that they can be drawn beside the originals. A
// zero-value dst is resized; dst may be X.
//
// It returns an error, and leaves dst unchanged, if X is empty or holds a
// NaN or infinite value. It panics if len(mean) is not the number of
// columns of X or dst is not empty and not the shape of X.
func AddMean(dst *mat.Dense, X mat.Matrix, mean []float64) error {
	return shiftRows(dst, X, mean, 1, "AddMean")
}

// SubtractMean subtracts mean from every row of X and stores the result in
// dst: it centres other data (a test set) with the means Center returned
// for the training data, as the theory requires. A zero-value dst is
// resized; dst may be X. It returns errors and panics as AddMean does.
func SubtractMean(dst *mat.Dense, X mat.Matrix, mean []float64) error {
	return shiftRows(dst, X, mean, -1, "SubtractMean")
}

// shiftRows stores X + sign·mean (mean added to every row) in dst.
func shiftRows(dst *mat.Dense, X mat.Matrix, mean []float64, sign float64, fn string) error {
	if err := checkData(X, fn); err != nil {
		return err
	}
	m, n := X.Dims()
	if len(mean) != n {
		panic(fmt.Sprintf("data: %s: len(mean) = %d, want %d (columns of X)", fn, len(mean), n))
	}
	resizeDst(dst, m, n)
	if dst != X {
		dst.Copy(X)
	}
	numeric.AddToRows(dst.RawMatrix(), mean, sign)
	return nil
}

// checkData returns an error naming fn if X is empty or holds a NaN or
// infinite value.
func checkData(X mat.Matrix, fn string) error {
	if X == nil {
		return fmt.Errorf("data: %s: X is nil", fn)
	}
	if m, n := X.Dims(); m == 0 || n == 0 {
		return fmt.Errorf("data: %s: X is empty (%d×%d)", fn, m, n)
	}
	return checkFinite(fn, X)
}

// columnMeans returns the means of X's columns.
func columnMeans(X mat.Matrix) []float64 {
	m, n := X.Dims()
	mean := make([]float64, n)
	if d, ok := X.(*mat.Dense); ok {
		for i := 0; i < m; i++ {
			for j, v := range d.RawRowView(i) {
				mean[j] += v
			}
		}
	} else {
		for i := 0; i < m; i++ {
			for j := 0; j < n; j++ {
				mean[j] += X.At(i, j)
			}
		}
	}
	for j := range mean {
		mean[j] /= float64(m)
	}
	return mean
}

// Whitening is an affine map x ↦ (x − Mean)·Transform, applied to each row
// (sample) x, that makes the data it was fitted on have (nearly) identity
// covariance.
type Whitening struct {
	// Mean holds the column means of the fitted data.
	Mean []float64
	// Transform is n×n. For ZCA it is the symmetric E (Λ+εI)^{-1/2} Eᵀ; for
	// PCA whitening it is E (Λ+εI)^{-1/2} with the columns in order of
	// decreasing eigenvalue, so its first k columns give the top-k whitened
	// principal components.
	Transform *mat.Dense
	// Eigenvalues are the eigenvalues Λ of the fitted data's covariance
	// (divisor m−1), in decreasing order; values below n·2⁻⁵²·λ_max
	// (round-off, including negatives) are set to 0.
	Eigenvalues []float64
}

// Apply stores (X − w.Mean)·w.Transform in dst. A zero-value dst is resized;
// dst may be X only if Transform is square (it is, as the whitening
// functions build it).
//
// It returns an error, and leaves dst unchanged, if X is empty or holds a
// NaN or infinite value. It panics if X does not have len(w.Mean) columns.
func (w *Whitening) Apply(dst *mat.Dense, X mat.Matrix) error {
	if err := checkData(X, "Whitening.Apply"); err != nil {
		return err
	}
	m, n := X.Dims()
	if n != len(w.Mean) {
		panic(mat.ErrShape)
	}
	var xc mat.Dense
	xc.CloneFrom(X)
	numeric.AddToRows(xc.RawMatrix(), w.Mean, -1)
	_, k := w.Transform.Dims()
	resizeDst(dst, m, k)
	dst.Mul(&xc, w.Transform)
	return nil
}

// ZCAWhiten fits ZCA ("zero-phase") whitening to the rows of X and, if dst
// is not nil, stores the whitened X in it. ZCA is the whitening closest to
// the identity map, so whitened image patches still look like patches
// (with edges enhanced), which is why the UFLDL exercises use it. eps is
// added to every eigenvalue before the inverse square root; it regularises
// directions of tiny variance (UFLDL uses 0.1 for unnormalised patches,
// 1e-5 for normalised ones); eps = 0 gives exact whitening of full-rank data.
//
// The covariance is XcᵀXc/(m−1) of the centred Xc (the unbiased divisor,
// as numpy.cov and scikit-learn's PCA), diagonalised by mat.EigenSym. It
// returns an error if X has fewer than 2 rows, holds a NaN or infinite
// value, eps is negative or not finite, the decomposition fails, or an
// eigenvalue plus eps is (numerically) zero.
func ZCAWhiten(dst *mat.Dense, X mat.Matrix, eps float64) (*Whitening, error) {
	w, vecs, scale, err := fitWhitening("ZCAWhiten", X, eps)
	if err != nil {
		return nil, err
	}
	var es mat.Dense
	es.Apply(func(_, j int, v float64) float64 { return v * scale[j] }, vecs)
	w.Transform = mat.NewDense(len(scale), len(scale), nil)
	w.Transform.Mul(&es, vecs.T())
	if dst != nil {
		if err := w.Apply(dst, X); err != nil {
			return nil, err
		}
	}
	return w, nil
}

// PCAWhiten fits PCA whitening to the rows of X and, if dst is not nil,
// stores the whitened X in it: the coordinates of the centred data in the
// principal directions (decreasing eigenvalue), each divided by
// sqrt(eigenvalue + eps). The column signs of the principal directions are
// those mat.EigenSym returns, flipped so that each column's entry of
// largest magnitude is positive. Its covariance, divisor, eps and errors
// are those of ZCAWhiten.
func PCAWhiten(dst *mat.Dense, X mat.Matrix, eps float64) (*Whitening, error) {
	w, vecs, scale, err := fitWhitening("PCAWhiten", X, eps)
	if err != nil {
		return nil, err
	}
	w.Transform = mat.NewDense(len(scale), len(scale), nil)
	w.Transform.Apply(func(_, j int, v float64) float64 { return v * scale[j] }, vecs)
	if dst != nil {
		if err := w.Apply(dst, X); err != nil {
			return nil, err
		}
	}
	return w, nil
}

// fitWhitening computes the mean, the covariance eigenvalues (decreasing)
// and eigenvectors (columns, same order, sign-normalised), and the scale
// factors 1/sqrt(λ+eps).
func fitWhitening(fn string, X mat.Matrix, eps float64) (*Whitening, *mat.Dense, []float64, error) {
	if eps < 0 || math.IsNaN(eps) || math.IsInf(eps, 0) {
		return nil, nil, nil, fmt.Errorf("data: %s: eps is %v, want a finite value ≥ 0", fn, eps)
	}
	m, n := X.Dims()
	if m < 2 || n < 1 {
		return nil, nil, nil, fmt.Errorf("data: %s: need at least 2 samples and 1 feature, have %d×%d", fn, m, n)
	}
	var xc mat.Dense
	mean, err := center(&xc, X, fn)
	if err != nil {
		return nil, nil, nil, err
	}
	var cov mat.SymDense
	cov.SymOuterK(1/float64(m-1), xc.T())
	var eig mat.EigenSym
	if !eig.Factorize(&cov, true) {
		return nil, nil, nil, fmt.Errorf("data: %s: eigendecomposition of the %d×%d covariance did not converge", fn, n, n)
	}
	vals := eig.Values(nil)
	var raw mat.Dense
	eig.VectorsTo(&raw)

	// Reorder by decreasing eigenvalue.
	order := make([]int, n)
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return vals[order[a]] > vals[order[b]] })
	vecs := mat.NewDense(n, n, nil)
	w := &Whitening{Mean: mean, Eigenvalues: make([]float64, n)}
	for k, idx := range order {
		col := mat.Col(nil, idx, &raw)
		numeric.FixSign(col)
		vecs.SetCol(k, col)
		w.Eigenvalues[k] = vals[idx]
	}
	// Eigenvalues below n·ε·λmax are round-off: set them (and negatives)
	// to zero, so that eps alone decides whether they are usable.
	tiny := float64(n) * 0x1p-52 * math.Abs(w.Eigenvalues[0])
	scale := make([]float64, n)
	for k, v := range w.Eigenvalues {
		if v < tiny {
			v = 0
			w.Eigenvalues[k] = 0
		}
		if v+eps <= 0 {
			return nil, nil, nil, fmt.Errorf("data: %s: the covariance is singular (eigenvalue %d of %d is %g, numerically 0) and eps is 0: pass eps > 0", fn, k+1, n, vals[order[k]])
		}
		scale[k] = 1 / math.Sqrt(v+eps)
	}
	return w, vecs, scale, nil
}

// checkFinite returns an error naming fn and the first NaN or infinite
// element of X.
func checkFinite(fn string, X mat.Matrix) error {
	return numeric.CheckFinite(numeric.Raw(X), "data: "+fn, "X")
}
