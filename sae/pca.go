package sae

import (
	"errors"
	"fmt"
	"math"
	"runtime"
	"slices"
	"sync/atomic"

	"gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/blas/blas64"
	"gonum.org/v1/gonum/floats"
	"gonum.org/v1/gonum/lapack"
	"gonum.org/v1/gonum/lapack/lapack64"
	"gonum.org/v1/gonum/mat"

	"github.com/linae/linae/backend"
	"github.com/linae/linae/backend/gemm"
	"github.com/linae/linae/backend/par"
	"github.com/linae/linae/internal/numeric"
)

// PCAMethod selects the algorithm FitPCA uses.
type PCAMethod int

const (
	// PCAAuto picks an exact method: PCAEigen when the data are tall and
	// not too wide (n ≤ 1000 features and m ≥ 10·n samples, scikit-learn's
	// rule), where forming the n×n covariance is cheapest, and PCASVD
	// otherwise, which is more accurate for small eigenvalues because it
	// never squares the data. It never picks PCARandomized.
	PCAAuto PCAMethod = iota
	// PCAEigen eigendecomposes the sample covariance XcᵀXc/(m−1) of the
	// centred data Xc. It costs about m·n² + 4n³ flops (m·n² + 2n³ for
	// k ≤ n/8 components, whose eigenvectors alone are computed) and
	// yields the whole spectrum, but eigenvalues below about ε·λ₁ lose
	// relative accuracy.
	PCAEigen
	// PCASVD computes the thin SVD of Xc, right singular vectors only.
	PCASVD
	// PCARandomized uses the randomized range finder of Halko, Martinsson
	// and Tropp (2011) with power iterations: about 2(q+1)·m·n·(k+p) flops
	// for q power iterations and p oversamples, so it pays when k is much
	// smaller than min(m, n). It is seeded and gives no Spectrum.
	PCARandomized
)

var pcaMethodNames = [...]string{
	PCAAuto:       "PCAAuto",
	PCAEigen:      "PCAEigen",
	PCASVD:        "PCASVD",
	PCARandomized: "PCARandomized",
}

// String returns the name of the method.
func (m PCAMethod) String() string { return enumString("PCAMethod", pcaMethodNames[:], int(m)) }

// PCASettings configures FitPCA. The zero value means PCAAuto with the
// defaults of the randomized method's fields.
type PCASettings struct {
	// Method selects the algorithm.
	Method PCAMethod
	// Oversamples is the number of extra random directions the randomized
	// method samples beyond k (capped so that k+Oversamples ≤ min(m, n)).
	// Zero means 10, scikit-learn's default; a negative value means none.
	Oversamples int
	// PowerIterations is the number of subspace (power) iterations of the
	// randomized method, each re-orthonormalised by a QR factorisation so
	// that small singular values are not lost to rounding. Zero means 7 when
	// k < 0.1·min(m, n) and 4 otherwise (scikit-learn's rule); a negative
	// value means none.
	PowerIterations int
	// Seed seeds the Gaussian test matrix of the randomized method; the same
	// seed gives bitwise identical results.
	Seed uint64
}

// PCA is a fitted principal component analysis: the k leading eigenvectors
// and eigenvalues of the sample covariance of the training data.
type PCA struct {
	// Mean holds the n feature means of the training data.
	Mean []float64
	// Components is k×n with orthonormal rows, the principal directions in
	// order of decreasing variance. Each row's sign is fixed so that its
	// entry of largest absolute value (the first such entry on a tie) is
	// positive; this makes fits by different methods comparable entrywise
	// when the eigenvalues are distinct.
	Components *mat.Dense
	// Variances holds the k leading covariance eigenvalues (divisor m−1),
	// descending: the variance explained by each component.
	Variances []float64
	// VarianceRatios holds Variances divided by TotalVariance.
	VarianceRatios []float64
	// TotalVariance is the trace of the sample covariance (divisor m−1).
	TotalVariance float64
	// Spectrum holds all min(m, n) covariance eigenvalues, descending, for
	// the exact methods (tiny negative rounding errors are clipped to 0).
	// It is nil for PCARandomized.
	Spectrum []float64
	// NumSamples is the number m of training samples.
	NumSamples int
}

// FitPCA fits a rank-k PCA to the m×n data X (one sample per row) with the
// settings s; the zero PCASettings{} gives the defaults (PCAAuto).
//
// It returns an error if s.Method is unknown, if X is nil (also a typed nil
// such as a nil *mat.Dense) or empty, has fewer than two samples or holds a
// NaN or infinite value (the error names the first one's row and column),
// if the variance of X overflows (finite elements whose squares sum beyond
// the largest float64, about 1.8e308) or underflows (a total variance below
// the smallest normal float64, about 2.2e-308, from data that are not
// constant): rescale such data; if k is outside
// 1…min(m, n), or if a factorisation fails. Every number of a PCA it
// returns is finite.
func FitPCA(X mat.Matrix, k int, s PCASettings) (*PCA, error) {
	if s.Method < PCAAuto || s.Method > PCARandomized {
		return nil, fmt.Errorf("sae: FitPCA: unknown method %v", s.Method)
	}
	m, n, err := dataDims(X, "FitPCA", "X")
	if err != nil {
		return nil, err
	}
	if m < 2 {
		return nil, fmt.Errorf("sae: FitPCA: need at least 2 samples to estimate a covariance, have m=%d", m)
	}
	r := min(m, n)
	if k < 1 || k > r {
		return nil, fmt.Errorf("sae: FitPCA: k=%d out of range: need 1 ≤ k ≤ min(m, n) = %d", k, r)
	}
	method := s.Method
	if method == PCAAuto {
		method = PCASVD
		if n <= 1000 && m >= 10*n {
			method = PCAEigen
		}
	}

	var (
		comps *mat.Dense // k×n
		vars  []float64  // k
		p     = &PCA{NumSamples: m}
	)
	if method == PCAEigen {
		// The covariance is accumulated from centred blocks of rows: no
		// centred copy of X, which for MNIST is 376 MB to allocate, write
		// and read.
		x := numeric.Raw(X)
		var sumsq []float64
		if p.Mean, sumsq, err = finiteColumnStats(x, "FitPCA", "X"); err != nil {
			return nil, err
		}
		var trace float64
		comps, vars, p.Spectrum, trace, err = pcaEigen(x, p.Mean, sumsq, k)
		if err != nil {
			return nil, err
		}
		p.TotalVariance = trace
	} else {
		var (
			x       blas64.General
			mean    []float64
			ss      float64
			inPlace bool
		)
		if method == PCARandomized {
			x, mean, ss, inPlace = smallMean(X)
		}
		if inPlace {
			// The products are taken with X and corrected for the mean:
			// no centred copy (see pcaRandomized).
			p.Mean, p.TotalVariance = mean, ss/float64(m-1)
			comps, vars, err = pcaRandomized(x, mean, k, s)
		} else {
			var xc *mat.Dense
			p.Mean, xc, err = centredCopy(X, "FitPCA", "X")
			if err != nil {
				return nil, err
			}
			p.TotalVariance = centredSumSquares(xc.RawMatrix(), nil) / float64(m-1)
			if err := overflows(p.TotalVariance, "FitPCA", "the total variance of X"); err != nil {
				return nil, err
			}
			if method == PCASVD {
				comps, vars, p.Spectrum, err = pcaSVD(xc, k)
			} else {
				comps, vars, err = pcaRandomized(xc.RawMatrix(), nil, k, s)
			}
		}
		if err != nil {
			return nil, err
		}
	}
	if err := overflows(p.TotalVariance, "FitPCA", "the total variance of X"); err != nil {
		return nil, err
	}
	if i := numeric.NonFiniteIndex(vars); i >= 0 {
		return nil, overflows(vars[i], "FitPCA", fmt.Sprintf("variance %d of X", i))
	}
	if err := underflows(numeric.Raw(X), p.TotalVariance, "FitPCA"); err != nil {
		return nil, err
	}
	p.setComponents(comps, vars)
	return p, nil
}

// setComponents sets p's Components (with their signs fixed), Variances and
// VarianceRatios from the k×n comps and the k variances vars; p's
// TotalVariance must be set.
func (p *PCA) setComponents(comps *mat.Dense, vars []float64) {
	raw := comps.RawMatrix()
	for i := range raw.Rows {
		numeric.FixSign(raw.Data[i*raw.Stride : i*raw.Stride+raw.Cols])
	}
	p.Components = comps
	p.Variances = vars
	p.VarianceRatios = make([]float64, len(vars))
	for i, v := range vars {
		if p.TotalVariance > 0 {
			p.VarianceRatios[i] = v / p.TotalVariance
		}
	}
}

// centredCopy copies X into a new Dense with the column means removed,
// and returns the means; it returns an error naming the first NaN or Inf.
func centredCopy(X mat.Matrix, fn, name string) (mean []float64, xc *mat.Dense, err error) {
	xc = mat.DenseCopyOf(X)
	raw := xc.RawMatrix()
	if err := checkFinite(raw, fn, name); err != nil {
		return nil, nil, err
	}
	mean, _ = columnStats(raw)
	numeric.AddToRows(raw, mean, -1)
	return mean, xc, nil
}

// centredSumSquares returns Σ_ij (x_ij − mean_j)², with a nil mean Σ x_ij².
func centredSumSquares(x blas64.General, mean []float64) float64 {
	return sumRows(x, 1, func(acc, row []float64) {
		var ss float64
		for j, v := range row {
			if mean != nil {
				v -= mean[j]
			}
			ss += v * v
		}
		acc[0] += ss
	})[0]
}

// smallMean returns X's elements (without copying), its column means and
// its centred sum of squares, and true, if X is a *mat.Dense of finite
// values whose means are not large beside its spread: m‖x̄‖² at most 100
// times the centred sum of squares, so that ‖1x̄ᵀ‖ ≤ 10‖Xc‖ and subtracting
// the mean from products with X, instead of from X, loses at most a digit.
func smallMean(X mat.Matrix) (x blas64.General, mean []float64, ss float64, ok bool) {
	xd, ok := X.(*mat.Dense)
	if !ok {
		return x, nil, 0, false
	}
	x = xd.RawMatrix()
	mean, _, err := finiteColumnStats(x, "", "")
	if err != nil {
		return x, nil, 0, false
	}
	var mm float64
	for _, v := range mean {
		mm += v * v
	}
	ss = centredSumSquares(x, mean)
	return x, mean, ss, float64(x.Rows)*mm <= 100*ss
}

// sumRows returns Σ_i add(x_i): add accumulates one row of x into a vector
// of the given width. The rows are taken in fixed chunks of 2048, each
// summed on its own (on GOMAXPROCS goroutines) and the chunks' sums added
// in order, so the result does not depend on the number of cores; a pass
// over the data is bound by reading memory, which two cores do faster than
// one.
func sumRows(x blas64.General, width int, add func(acc, row []float64)) []float64 {
	const chunk = 2048
	parts := make([][]float64, (x.Rows+chunk-1)/chunk)
	par.Chunks(runtime.GOMAXPROCS(0), x.Rows, chunk, func(c, lo, hi int) {
		acc := make([]float64, width)
		for i := lo; i < hi; i++ {
			add(acc, x.Data[i*x.Stride:i*x.Stride+x.Cols])
		}
		parts[c] = acc
	})
	total := make([]float64, width)
	for _, p := range parts {
		for j, v := range p {
			total[j] += v
		}
	}
	return total
}

// columnStats returns the mean and the sum of squares of each column of x,
// in one pass.
func columnStats(x blas64.General) (mean, sumsq []float64) {
	n := x.Cols
	sums := sumRows(x, 2*n, func(acc, row []float64) {
		s, q := acc[:n], acc[n:2*n]
		for j, v := range row {
			s[j] += v
			q[j] += v * v
		}
	})
	mean, sumsq = sums[:n], sums[n:]
	for j := range mean {
		mean[j] /= float64(x.Rows)
	}
	return mean, sumsq
}

// finiteColumnStats returns columnStats(x), or an error naming the first
// NaN or infinite element (as checkFinite). A column's sum of squares is
// finite exactly when its elements are (short of overflow), so the elements
// are only searched when a sum is not: one pass over the data instead of
// two.
func finiteColumnStats(x blas64.General, fn, name string) (mean, sumsq []float64, err error) {
	mean, sumsq = columnStats(x)
	for j, v := range sumsq {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			if err := checkFinite(x, fn, name); err != nil {
				return nil, nil, err
			}
			return nil, nil, fmt.Errorf("sae: %s: the sum of squares of column %d of %s overflows", fn, j, name)
		}
	}
	return mean, sumsq, nil
}

// centredScatterUpper sets the upper triangle of the n×n matrix s to XcᵀXc,
// Xc = X − 1·meanᵀ for the m×n matrix x whose columns have the given sums of
// squares.
//
// Data already centred (m·mean_j² ≤ ε·Σ_i x_ij² for every column j, so that
// XᵀX and XcᵀXc agree to rounding) are used in place: XᵀX − m·mean·meanᵀ.
// Otherwise the product is accumulated from centred blocks of rows, so that
// no centred copy of X is made; the blocks are large enough that each
// accumulation keeps the cores busy and small enough (2048×784 is 13 MB) to
// stay near the caches.
func centredScatterUpper(x blas64.General, mean, sumsq []float64, s blas64.General) {
	m, n := x.Rows, x.Cols
	centred := true
	for j, mu := range mean {
		centred = centred && float64(m)*mu*mu <= 0x1p-52*sumsq[j]
	}
	if centred {
		syrkUpper(1, x, 0, s)
		for i, mi := range mean {
			row := s.Data[i*s.Stride : i*s.Stride+n]
			for j := i; j < n; j++ {
				row[j] -= float64(m) * mi * mean[j]
			}
		}
		return
	}
	// Columns that are zero throughout (MNIST's 67 border pixels) have
	// zero rows and columns in XcᵀXc: the product is taken over the other
	// columns only (a sixth fewer multiply-adds for MNIST, the same
	// values) and spread out into s.
	var keep []int
	for j := range n {
		if mean[j] != 0 || sumsq[j] != 0 {
			keep = append(keep, j)
		}
	}
	// The compact matrix's order is rounded up to a multiple of 8 (with
	// zero columns), which keeps its rows aligned to cache lines: an
	// unaligned order costs more than the columns it saves.
	if nk := (len(keep) + 7) &^ 7; nk < n && len(keep) > 0 {
		sk := blas64.General{Rows: nk, Cols: nk, Stride: nk, Data: make([]float64, nk*nk)}
		if centredBlocksScatter(x, mean, keep, sk) {
			for i := range n {
				clear(s.Data[i*s.Stride+i : i*s.Stride+n])
			}
			for a, i := range keep {
				row := s.Data[i*s.Stride : i*s.Stride+n]
				for b, j := range keep[a:] {
					row[j] = sk.Data[a*nk+a+b]
				}
			}
			return
		}
	}
	all := make([]int, n)
	for j := range all {
		all[j] = j
	}
	centredBlocksScatter(x, mean, all, s)
}

// centredBlocksScatter sets the upper triangle of s to XcᵀXc over the
// given columns of Xc = X − 1·meanᵀ, from centred blocks of rows; s may be
// larger than len(cols) square, and its extra rows and columns are set to
// zero. The columns left out must be zero throughout: if one is not (its
// elements so small that their squares underflow and their sum is zero),
// it returns false.
func centredBlocksScatter(x blas64.General, mean []float64, cols []int, s blas64.General) bool {
	m, n, nk := x.Rows, x.Cols, s.Cols
	skipped := make([]int, 0, n-len(cols))
	for j, t := 0, 0; j < n; j++ {
		if t < len(cols) && cols[t] == j {
			t++
		} else {
			skipped = append(skipped, j)
		}
	}
	var nonzero atomic.Bool
	// centre writes rows [r0, r1) of X, centred and cut to the columns
	// kept, to dst (row r0 first), and notes a non-zero skipped element.
	centre := func(dst []float64, r0, r1 int) {
		for i := r0; i < r1; i++ {
			d := dst[(i-r0)*nk : (i-r0+1)*nk]
			row := x.Data[i*x.Stride : i*x.Stride+n]
			if len(cols) == n {
				for j, v := range row {
					d[j] = v - mean[j]
				}
				continue
			}
			for t, j := range cols {
				d[t] = row[j] - mean[j]
			} // d[len(cols):] stays zero
			for _, j := range skipped {
				if row[j] != 0 {
					nonzero.Store(true)
				}
			}
		}
	}
	impl, ours := blas64.Implementation().(gemm.Implementation)
	if blocks := (m + scatterLaneRows - 1) / scatterLaneRows; ours && gemm.Available() && blocks >= 2 {
		// Lanes (see numLanes): lane q centres blocks q, q+numLanes, …
		// and accumulates their product, serial, into a scatter matrix of
		// its own (lane 0's is s); the lanes' are added in lane order.
		lanes := min(numLanes, blocks)
		parts := make([][]float64, lanes)
		par.Each(runtime.GOMAXPROCS(0), lanes, func(q int) {
			c, ldc := s.Data, s.Stride
			if q > 0 {
				parts[q] = make([]float64, nk*nk)
				c, ldc = parts[q], nk
			}
			buf := make([]float64, scatterLaneRows*nk)
			beta := 0.0
			for b := q; b < blocks; b += lanes {
				lo := b * scatterLaneRows
				hi := min(lo+scatterLaneRows, m)
				centre(buf, lo, hi)
				gemm.Serial{Implementation: impl}.Dsyrk(blas.Upper, blas.Trans, nk, hi-lo, 1, buf, nk, beta, c, ldc)
				beta = 1
			}
		})
		if nonzero.Load() {
			return false
		}
		for _, part := range parts[1:] {
			for i := range nk {
				floats.Add(s.Data[i*s.Stride+i:i*s.Stride+nk], part[i*nk+i:(i+1)*nk])
			}
		}
		return true
	}
	const block = 2048
	buf := make([]float64, min(block, m)*nk)
	for lo := 0; lo < m; lo += block {
		hi := min(lo+block, m)
		par.Split(runtime.GOMAXPROCS(0), hi-lo, func(r0, r1 int) {
			centre(buf[r0*nk:], lo+r0, lo+r1)
		})
		if nonzero.Load() {
			return false
		}
		c := blas64.General{Rows: hi - lo, Cols: nk, Stride: nk, Data: buf[:(hi-lo)*nk]}
		beta := 1.0
		if lo == 0 {
			beta = 0
		}
		syrkUpper(1, c, beta, s)
	}
	return true
}

// scatterLaneRows is the number of rows in a block of centredBlocksScatter's
// lanes (see numLanes), where the BLAS is this module's.
const scatterLaneRows = 1024

// checkFinite returns an error naming fn, name and the place of the first
// NaN or infinite element of g.
func checkFinite(g blas64.General, fn, name string) error {
	return numeric.CheckFinite(g, "sae: "+fn, name)
}

// syrkUpper sets the upper triangle of the n×n matrix c to alpha·AᵀA +
// beta·c for the m×n matrix a, with the installed backend's Dsyrk, which is
// blocked and runs on every core on each backend but gonum's.
func syrkUpper(alpha float64, a blas64.General, beta float64, c blas64.General) {
	if a.Rows == 0 || a.Cols == 0 {
		return
	}
	blas64.Syrk(blas.Trans, alpha, a, beta, blas64.Symmetric{N: a.Cols, Stride: c.Stride, Uplo: blas.Upper, Data: c.Data})
}

// pcaEigen returns the top k components (rows), their variances, the
// min(m, n) leading covariance eigenvalues and the covariance's trace (the
// total variance) for the m×n data x with column means mean.
func pcaEigen(x blas64.General, mean, sumsq []float64, k int) (comps *mat.Dense, vars, spectrum []float64, trace float64, err error) {
	m, n := x.Rows, x.Cols
	c := blas64.General{Rows: n, Cols: n, Stride: n, Data: make([]float64, n*n)}
	centredScatterUpper(x, mean, sumsq, c)
	return scatterPCA(c, m, k, "FitPCA")
}

// scatterPCA returns what pcaEigen returns from the upper triangle of the
// n×n centred scatter matrix c of m samples, which it overwrites; fn names
// the caller in the error.
func scatterPCA(c blas64.General, m, k int, fn string) (comps *mat.Dense, vars, spectrum []float64, trace float64, err error) {
	n := c.Cols
	for i := range n {
		for j := i; j < n; j++ {
			c.Data[i*n+j] /= float64(m - 1)
		}
		trace += c.Data[i*n+i]
	}
	if err := overflows(trace, fn, "the total variance"); err != nil {
		return nil, nil, nil, 0, err
	}
	failed := "sae: " + fn + ": eigendecomposition of the covariance did not converge"
	// The eigenvalues ascending in vals (all n), the eigenvector of
	// vals[n−1−i] in column col(i) of the row-major q.
	var (
		vals, q []float64
		ldq     int
		col     func(i int) int
	)
	if 8*k <= n {
		// Few components: all the eigenvalues but only k eigenvectors
		// (backend.EigenSymTop, about half the time of the whole
		// decomposition for 30 of MNIST's 784).
		vals, q, ldq = make([]float64, n), make([]float64, n*k), k
		if !backend.EigenSymTop(n, c.Data, n, k, vals, q, ldq) {
			return nil, nil, nil, 0, errors.New(failed)
		}
		col = func(i int) int { return i }
	} else {
		var eig mat.EigenSym
		if !eig.Factorize(mat.NewSymDense(n, c.Data), true) {
			return nil, nil, nil, 0, errors.New(failed)
		}
		vals = eig.Values(nil)
		var v mat.Dense
		eig.VectorsTo(&v)
		raw := v.RawMatrix()
		q, ldq = raw.Data, raw.Stride
		col = func(i int) int { return n - 1 - i }
	}
	r := min(m, n)
	spectrum = make([]float64, r)
	for i := range spectrum {
		spectrum[i] = max(vals[n-1-i], 0)
	}
	comps = mat.NewDense(k, n, nil)
	for i := range k {
		row, ci := comps.RawRowView(i), col(i)
		for j := range n {
			row[j] = q[j*ldq+ci]
		}
	}
	return comps, slices.Clone(spectrum[:k]), spectrum, trace, nil
}

// pcaSVD computes the thin SVD of xc in place (xc is destroyed), forming only
// Vᵀ, and returns the top k right singular vectors as rows.
func pcaSVD(xc *mat.Dense, k int) (comps *mat.Dense, vars, spectrum []float64, err error) {
	m, n := xc.Dims()
	r := min(m, n)
	s := make([]float64, r)
	vt := blas64.General{Rows: r, Cols: n, Stride: n, Data: make([]float64, r*n)}
	var u blas64.General // not referenced with SVDNone
	a := xc.RawMatrix()
	work := []float64{0}
	lapack64.Gesvd(lapack.SVDNone, lapack.SVDStore, a, u, vt, s, work, -1)
	work = make([]float64, int(work[0]))
	if !lapack64.Gesvd(lapack.SVDNone, lapack.SVDStore, a, u, vt, s, work, len(work)) {
		return nil, nil, nil, errors.New("sae: FitPCA: SVD of the centred data did not converge")
	}
	spectrum = make([]float64, r)
	for i, v := range s {
		spectrum[i] = v * v / float64(m-1)
	}
	comps = mat.NewDense(k, n, nil)
	comps.Copy(mat.NewDense(r, n, vt.Data).Slice(0, k, 0, n))
	return comps, slices.Clone(spectrum[:k]), spectrum, nil
}

// k returns the number of components.
func (p *PCA) k() int {
	k, _ := p.Components.Dims()
	return k
}

// Transform projects the samples of X (one per row) onto the principal
// directions: dst ← (X − Mean)·Componentsᵀ, m×k. A zero-value dst is
// resized; a non-empty dst of the wrong shape panics.
//
// It returns an error if X is nil or empty, if X's number of columns
// differs from the number of features the model was fitted on, if X holds
// a NaN or infinite value, or if a projection overflows (dst then holds
// it).
func (p *PCA) Transform(dst *mat.Dense, X mat.Matrix) error {
	const fn = "PCA.Transform"
	xc, err := centredWith(X, p.Mean, fn)
	if err != nil {
		return err
	}
	dst.Mul(xc, p.Components.T())
	return checkOverflow(dst.RawMatrix(), fn, "(X − Mean)·Componentsᵀ")
}

// centredWith copies X with mean subtracted from every row. It returns an
// error if X is nil or empty, has a number of columns other than
// len(mean), or holds a NaN or infinite value.
func centredWith(X mat.Matrix, mean []float64, fn string) (xc *mat.Dense, err error) {
	_, n, err := dataDims(X, fn, "X")
	if err != nil {
		return nil, err
	}
	if n != len(mean) {
		return nil, fmt.Errorf("sae: %s: X has %d features (columns), the model was fitted on %d", fn, n, len(mean))
	}
	xc = mat.DenseCopyOf(X)
	raw := xc.RawMatrix()
	if err := checkFinite(raw, fn, "X"); err != nil {
		return nil, err
	}
	numeric.AddToRows(raw, mean, -1)
	return xc, nil
}

// InverseTransform maps codes back to data space: dst ← Z·Components + Mean,
// m×n for an m×k Z. A zero-value dst is resized.
//
// It returns an error if Z is nil or empty, if Z's number of columns is not
// the number of components k, if Z holds a NaN or infinite value, or if
// a reconstructed value overflows (dst then holds it).
func (p *PCA) InverseTransform(dst *mat.Dense, Z mat.Matrix) error {
	const fn = "PCA.InverseTransform"
	_, k, err := dataDims(Z, fn, "Z")
	if err != nil {
		return err
	}
	if k != p.k() {
		return fmt.Errorf("sae: %s: Z has %d columns, the model has %d components", fn, k, p.k())
	}
	z := mat.DenseCopyOf(Z)
	if err := checkFinite(z.RawMatrix(), fn, "Z"); err != nil {
		return err
	}
	dst.Mul(z, p.Components)
	numeric.AddToRows(dst.RawMatrix(), p.Mean, 1)
	return checkOverflow(dst.RawMatrix(), fn, "Z·Components + Mean")
}

// Reconstruct stores in dst the rank-k reconstruction of the samples of X,
// Mean + (X − Mean)·ComponentsᵀComponents: the orthogonal projection of
// each centred sample onto the principal subspace. Errors are those of
// Transform.
func (p *PCA) Reconstruct(dst *mat.Dense, X mat.Matrix) error {
	var z mat.Dense
	if err := p.Transform(&z, X); err != nil {
		return err
	}
	return p.InverseTransform(dst, &z)
}

// ReconstructionError returns Σ_i ‖x_i − x̂_i‖², summed (not averaged) over
// the samples of X, with x̂ as in Reconstruct. On the training data it
// equals Floor(k), the smallest value any rank-k linear reconstruction can
// reach. The residual is formed explicitly rather than as ‖Xc‖² − ‖Z‖², so
// small errors are not lost to cancellation. Errors are those of
// Transform, and an error if the sum overflows.
func (p *PCA) ReconstructionError(X mat.Matrix) (float64, error) {
	const fn = "PCA.ReconstructionError"
	xc, err := centredWith(X, p.Mean, fn)
	if err != nil {
		return 0, err
	}
	var z mat.Dense
	z.Mul(xc, p.Components.T())
	// xc ← xc − z·Components, in place.
	blas64.Gemm(blas.NoTrans, blas.NoTrans, -1, z.RawMatrix(), p.Components.RawMatrix(), 1, xc.RawMatrix())
	raw := xc.RawMatrix()
	var sum float64
	for i := 0; i < raw.Rows; i++ {
		for _, v := range raw.Data[i*raw.Stride : i*raw.Stride+raw.Cols] {
			sum += v * v
		}
	}
	if err := overflows(sum, fn, "the sum of squared residuals"); err != nil {
		return 0, err
	}
	return sum, nil
}

// Floor returns the smallest reconstruction error Σ_i ‖x_i − x̂_i‖² that any
// rank-k linear map reaches on the centred training data (Eckart–Young):
// (m−1)·Σ_{i>k} λ_i, the trailing covariance eigenvalues. This is the "PCA
// floor" that a trained linear autoencoder with k hidden units must reach.
//
// It is summed from Spectrum when the fit was exact, and otherwise computed
// as (m−1)·(TotalVariance − Σ_{i≤k} Variances), which loses relative
// accuracy when the floor is small compared with the total variance. Floor
// panics if k is negative or beyond the eigenvalues known (len(Spectrum),
// or len(Variances) for a randomized fit).
func (p *PCA) Floor(k int) float64 {
	scale := float64(p.NumSamples - 1)
	if p.Spectrum != nil {
		if k < 0 || k > len(p.Spectrum) {
			panic(fmt.Sprintf("sae: PCA.Floor: k=%d out of range 0…%d", k, len(p.Spectrum)))
		}
		var sum float64
		for i := len(p.Spectrum) - 1; i >= k; i-- {
			sum += p.Spectrum[i]
		}
		return scale * sum
	}
	if k < 0 || k > len(p.Variances) {
		panic(fmt.Sprintf("sae: PCA.Floor: k=%d out of range 0…%d (randomized fit knows only %d eigenvalues)", k, len(p.Variances), len(p.Variances)))
	}
	var top float64
	for _, v := range p.Variances[:k] {
		top += v
	}
	return scale * max(p.TotalVariance-top, 0)
}
