package sae

import (
	"context"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"

	"gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/blas/blas64"
	"gonum.org/v1/gonum/mat"

	"github.com/linae/linae/data"
)

// FitPCAStream fits a rank-k PCA to the rows of src by the randomized
// subspace iteration of Halko, Martinsson & Tropp (2011, Algorithm 4.4)
// applied to the covariance, in passes over the stream that never hold
// more than a block of rows and a few n×(k+p) matrices: for wide data
// (n in the thousands) where Scatter's n×n matrix and its O(n²) work a row
// are too much. A first pass gives the count, the mean and the total
// variance; each of the next q+1 passes forms Z = Xcᵀ(Xc Q) block by block
// (4·n·(k+p) flops a row) with Xc the rows centred on that mean, and
// orthonormalises it; the last one's Rayleigh–Ritz projection Qᵀ Xcᵀ Xc Q
// gives the components and their variances: q+2 passes in all.
// Oversamples, PowerIterations (q) and Seed are those of PCASettings for
// PCARandomized, with the same defaults, except that the default q is
// chosen from k against n rather than min(m, n) (m is not known before the
// first pass; a stream is usually longer than it is wide); Method is
// ignored. The result has no Spectrum, as for
// PCARandomized.
//
// Each pass reports its progress to ss.Progress (Pass and Passes say
// which) and checks ctx before each block. It returns an error if a block
// holds a NaN or infinite value (naming the pass, block, row and column),
// if the source fails, if ctx is cancelled (wrapping ctx.Err()), if the
// stream has fewer than two rows, or if k is outside 1…min(m, n).
func FitPCAStream(ctx context.Context, src data.RowSource, k int, s PCASettings, ss StreamSettings) (*PCA, error) {
	const fn = "FitPCAStream"
	n := src.Cols()
	// m is not known before the first pass: q is chosen from n.
	_, q := randomizedSizes(s, k, n)
	total := q + 2 // the mean's pass, q power iterations, the last product
	// Pass 1: count, mean and total variance, by the pairwise update of
	// per-column sums of squares.
	mean, m2 := make([]float64, n), make([]float64, n)
	m, blocks := 0, 0
	err := forBlocks(ctx, src, ss, 1, total, fn, func(b *mat.Dense) error {
		x := b.RawMatrix()
		if err := finiteBlock(x, fn, 1, blocks, m); err != nil {
			return err
		}
		mb := x.Rows
		bmean, _ := columnStats(x)
		bm2 := centredColumnSquares(x, bmean)
		mt := float64(m + mb)
		for j := range mean {
			d := bmean[j] - mean[j]
			m2[j] += bm2[j] + d*d*float64(m)*float64(mb)/mt
			mean[j] += d * float64(mb) / mt
		}
		m += mb
		blocks++
		return nil
	})
	if err != nil {
		return nil, err
	}
	if m < 2 {
		return nil, fmt.Errorf("sae: %s: need at least 2 samples to estimate a covariance, have m=%d", fn, m)
	}
	r := min(m, n)
	if k < 1 || k > r {
		return nil, fmt.Errorf("sae: %s: k=%d out of range: need 1 ≤ k ≤ min(m, n) = %d", fn, k, r)
	}
	l, _ := randomizedSizes(s, k, r)

	rnd := rand.New(rand.NewPCG(s.Seed, pcaSeedStream))
	Q := blas64.General{Rows: n, Cols: l, Stride: l, Data: make([]float64, n*l)}
	for i := range Q.Data {
		Q.Data[i] = rnd.NormFloat64()
	}
	var ws qrWorkspace
	ws.orthonormalize(Q)
	Z := blas64.General{Rows: n, Cols: l, Stride: l, Data: make([]float64, n*l)}
	var c, y []float64
	for pass := 2; pass <= total; pass++ {
		clear(Z.Data)
		blocks, rows := 0, 0
		err := forBlocks(ctx, src, ss, pass, total, fn, func(b *mat.Dense) error {
			x := b.RawMatrix()
			if err := finiteBlock(x, fn, pass, blocks, rows); err != nil {
				return err // a source that changed between passes
			}
			mb := x.Rows
			c = slices.Grow(c[:0], mb*n)[:mb*n]
			for i := range mb {
				row, dst := x.Data[i*x.Stride:i*x.Stride+n], c[i*n:(i+1)*n]
				for j, v := range row {
					dst[j] = v - mean[j]
				}
			}
			xc := blas64.General{Rows: mb, Cols: n, Stride: n, Data: c}
			y = slices.Grow(y[:0], mb*l)[:mb*l]
			yb := blas64.General{Rows: mb, Cols: l, Stride: l, Data: y}
			blas64.Gemm(blas.NoTrans, blas.NoTrans, 1, xc, Q, 0, yb) // Xc Q
			blas64.Gemm(blas.Trans, blas.NoTrans, 1, xc, yb, 1, Z)   // Z += Xcᵀ (Xc Q)
			blocks++
			rows += mb
			return nil
		})
		if err != nil {
			return nil, err
		}
		if rows != m {
			return nil, fmt.Errorf("sae: %s: pass %d read %d rows, the first pass %d: the source changed between passes", fn, pass, rows, m)
		}
		if pass < total {
			Q, Z = Z, Q
			ws.orthonormalize(Q)
		}
	}
	// Rayleigh–Ritz: T = Qᵀ Xcᵀ Xc Q = Qᵀ Z (l×l), T = U Λ Uᵀ, components
	// (Q U)ᵀ, variances Λ/(m−1).
	T := mat.NewDense(l, l, nil)
	T.Mul(mat.NewDense(n, l, Q.Data).T(), mat.NewDense(n, l, Z.Data))
	sym := mat.NewSymDense(l, nil)
	for i := range l {
		for j := i; j < l; j++ {
			sym.SetSym(i, j, (T.At(i, j)+T.At(j, i))/2)
		}
	}
	var eig mat.EigenSym
	if !eig.Factorize(sym, true) {
		return nil, fmt.Errorf("sae: %s: eigendecomposition of the projected covariance did not converge", fn)
	}
	vals := eig.Values(nil) // ascending
	var U, QU mat.Dense
	eig.VectorsTo(&U)
	QU.Mul(mat.NewDense(n, l, Q.Data), &U)
	comps := mat.NewDense(k, n, nil)
	vars := make([]float64, k)
	for i := range k {
		col := l - 1 - i
		vars[i] = max(vals[col], 0) / float64(m-1)
		for j := range n {
			comps.Set(i, j, QU.At(j, col))
		}
	}
	p := &PCA{Mean: mean, NumSamples: m}
	for _, v := range m2 {
		p.TotalVariance += v
	}
	p.TotalVariance /= float64(m - 1)
	p.setComponents(comps, vars)
	return p, nil
}

// finiteBlock returns an error naming fn and the first NaN or infinite
// element of the block x of a pass over a stream: the pass and the block
// (from 1 and 0), the row within the block and in the data, whose row first
// begins it, and the column.
func finiteBlock(x blas64.General, fn string, pass, block, first int) error {
	for i := range x.Rows {
		for j, v := range x.Data[i*x.Stride : i*x.Stride+x.Cols] {
			if math.IsNaN(v) || math.IsInf(v, 0) {
				return fmt.Errorf("sae: %s: pass %d, block %d, row %d (row %d of the data), column %d: value %v is not finite", fn, pass, block, i, first+i, j, v)
			}
		}
	}
	return nil
}

// centredColumnSquares returns Σ_i (x_ij − mean_j)² for each column j.
func centredColumnSquares(x blas64.General, mean []float64) []float64 {
	return sumRows(x, x.Cols, func(acc, row []float64) {
		for j, v := range row {
			d := v - mean[j]
			acc[j] += d * d
		}
	})
}
