package sae

import (
	"fmt"
	"math"

	"gonum.org/v1/gonum/blas/blas64"
	"gonum.org/v1/gonum/mat"
)

// RecoverComponents recovers the ordered principal components from a
// trained linear autoencoder, after Plaut (2018), "From principal subspaces
// to principal components with linear autoencoders" (arXiv:1804.10253).
//
// An unregularised linear autoencoder at its minimum has W2W1 = P, the
// projector onto the top-p principal subspace, but W2 = U_p C and
// W1 = C⁻¹U_pᵀ for any invertible C (Baldi & Hornik 1989): neither its
// decoder columns nor, unless C is orthogonal times diagonal, the left
// singular vectors of its decoder are the components. The subspace, the
// span of W2, is identified, so the components are the principal
// directions of the data projected onto it: with Q an orthonormal basis of
// span(W2) (n×p), the eigenvectors R of the p×p covariance of the
// projections X_c Q (X_c the centred m×n data X), in order of decreasing
// eigenvalue, give the components (QR)ᵀ. This is PCA of the codes in a
// basis where they are orthonormal, and costs O(mnp + np²), against O(mn²)
// or more for PCA of the data.
//
// RecoverComponents stores the components as the rows of the p×n dst, with
// PCA's sign convention (each row's entry of largest absolute value
// positive), and returns their variances (divisor m−1), descending. When
// span(W2) is the top-p principal subspace the rows are the top-p
// principal directions and the variances the top-p eigenvalues. A
// zero-value dst is resized; a dst of another shape, or X with a number
// of columns other than n, panics.
//
// It returns an error if X is nil or empty, has fewer than two rows or
// holds a NaN or infinite value, if the decoder holds one, or if the decoder does not
// have rank p.
func RecoverComponents(dst *mat.Dense, model *LinearAE, X mat.Matrix) ([]float64, error) {
	const fn = "RecoverComponents"
	n, p := model.W2.Dims()
	m, nx, err := dataDims(X, fn, "X")
	if err != nil {
		return nil, err
	}
	if nx != n {
		panic(fmt.Sprintf("sae: %s: X has %d columns, the decoder %d rows", fn, nx, n))
	}
	if !dst.IsEmpty() {
		if r, c := dst.Dims(); r != p || c != n {
			panic(fmt.Sprintf("sae: %s: dst is %d×%d, want %d×%d", fn, r, c, p, n))
		}
	}
	if m < 2 {
		return nil, fmt.Errorf("sae: %s: %d samples, want at least 2", fn, m)
	}
	q, err := orthBasis(model.W2, fn, "the decoder")
	if err != nil {
		return nil, err
	}
	_, xc, err := centredCopy(X, fn, "X")
	if err != nil {
		return nil, err
	}
	var y mat.Dense
	y.Mul(xc, q) // m×p projections
	var c mat.SymDense
	c.SymOuterK(1/float64(m-1), y.T())
	cs := c.RawSymmetric() // the lower triangle is zero or a copy
	if err := checkOverflow(blas64.General{Rows: cs.N, Cols: cs.N, Stride: cs.Stride, Data: cs.Data}, fn, "the codes' covariance"); err != nil {
		return nil, err
	}
	var eig mat.EigenSym
	if !eig.Factorize(&c, true) {
		return nil, fmt.Errorf("sae: %s: eigendecomposition of the codes' covariance did not converge", fn)
	}
	vals := eig.Values(nil) // ascending
	var r mat.Dense
	eig.VectorsTo(&r)
	var comps mat.Dense
	comps.Mul(q, &r) // n×p, columns in ascending order
	if dst.IsEmpty() {
		dst.ReuseAs(p, n)
	}
	vars := make([]float64, p)
	for i := range p {
		col := p - 1 - i
		vars[i] = max(vals[col], 0)
		setSignedRow(dst, i, comps.ColView(col))
	}
	return vars, nil
}

// DecoderDirections stores the left singular vectors of the decoder W2 of
// model, in order of decreasing singular value, as the rows of the p×n dst
// (PCA's sign convention) and returns the singular values. This is the
// recipe of Plaut (2018) for reading the principal directions from a
// trained decoder. Kunin et al. (2019) show it is right only with the
// uniform L2 penalty (LinearConfig.Lambda > 0), whose critical points have
// W1 = W2ᵀ with W2 = U_p diag(s) Oᵀ, O orthogonal; without it, W2 = U_p C
// for any invertible C, whose left singular vectors are U_p rotated (use
// RecoverComponents). A zero-value dst is resized; another shape than
// p×n panics. It returns an error if the decoder holds a NaN or infinite
// value or its SVD fails.
func DecoderDirections(dst *mat.Dense, model *LinearAE) ([]float64, error) {
	n, p := model.W2.Dims()
	if !dst.IsEmpty() {
		if r, c := dst.Dims(); r != p || c != n {
			panic(fmt.Sprintf("sae: DecoderDirections: dst is %d×%d, want %d×%d", r, c, p, n))
		}
	}
	if err := checkFinite(model.W2.RawMatrix(), "DecoderDirections", "the decoder"); err != nil {
		return nil, err
	}
	var svd mat.SVD
	if !svd.Factorize(model.W2, mat.SVDThin) {
		return nil, fmt.Errorf("sae: DecoderDirections: SVD of the decoder did not converge")
	}
	var u mat.Dense
	svd.UTo(&u)
	if dst.IsEmpty() {
		dst.ReuseAs(p, n)
	}
	for i := range p {
		setSignedRow(dst, i, u.ColView(i))
	}
	return svd.Values(nil), nil
}

// setSignedRow stores v as row i of dst, negated if needed so that its
// entry of largest absolute value (the first on a tie) is positive.
func setSignedRow(dst *mat.Dense, i int, v mat.Vector) {
	n := v.Len()
	best, sign := 0.0, 1.0
	for j := range n {
		if a := math.Abs(v.AtVec(j)); a > best {
			best = a
			sign = math.Copysign(1, v.AtVec(j))
		}
	}
	for j := range n {
		dst.Set(i, j, sign*v.AtVec(j))
	}
}
