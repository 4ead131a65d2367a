package sae

import (
	"errors"
	"fmt"
	"math"

	"gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/blas/blas64"
	"gonum.org/v1/gonum/mat"
)

// orthBasis returns an orthonormal basis (n×k) of the column space of the
// n×k matrix a, by a thin Householder QR. It returns an error if a is nil
// or empty, holds a NaN or infinite value, or does not have full column
// rank, judged by the singular values of R (those of a):
// σ_min ≤ max(n, k)·ε·σ_max.
func orthBasis(a mat.Matrix, fn, name string) (*mat.Dense, error) {
	n, k, err := dataDims(a, fn, name)
	if err != nil {
		return nil, err
	}
	if k > n {
		return nil, fmt.Errorf("sae: %s: %s is rank deficient: %d columns in R^%d", fn, name, k, n)
	}
	q := mat.DenseCopyOf(a)
	g := q.RawMatrix()
	if err := checkFinite(g, fn, name); err != nil {
		return nil, err
	}
	var ws qrWorkspace
	ws.factor(g)
	r := mat.NewDense(k, k, nil)
	for i := 0; i < k; i++ {
		for j := i; j < k; j++ {
			r.Set(i, j, g.Data[i*g.Stride+j])
		}
	}
	var svd mat.SVD
	if !svd.Factorize(r, mat.SVDNone) {
		return nil, fmt.Errorf("sae: %s: SVD of %s's R factor did not converge", fn, name)
	}
	s := svd.Values(nil)
	if s[0] == 0 || s[k-1] <= float64(max(n, k))*eps*s[0] {
		return nil, fmt.Errorf("sae: %s: %s is rank deficient (singular values %.3g … %.3g)", fn, name, s[0], s[k-1])
	}
	ws.formQ(g)
	return q, nil
}

// eps is the float64 machine epsilon.
const eps = 0x1p-52

// PrincipalAngles returns the principal angles, in radians and ascending,
// between the column spaces of the n×ka matrix A and the n×kb matrix B:
// min(ka, kb) of them, 0 for a direction the subspaces share and π/2 for
// orthogonal ones. Callers comparing row bases pass pca.Components.T() or
// W.T().
//
// The method is Björck and Golub's: orthonormal bases Qa, Qb by QR, cosines
// the singular values of QaᵀQb. Because acos loses half the digits near 0,
// angles up to π/4 come instead from the sines, the singular values of
// Qb − Qa(QaᵀQb) (Knyazev and Argentati 2002), so an angle of 1e-8 is
// returned as 1e-8 rather than 0 or 1e-4.
//
// It returns an error if A or B is nil or empty, holds a NaN or infinite
// value or lacks full column rank, and panics if their row counts differ.
func PrincipalAngles(A, B mat.Matrix) ([]float64, error) {
	qa, err := orthBasis(A, "PrincipalAngles", "A")
	if err != nil {
		return nil, err
	}
	qb, err := orthBasis(B, "PrincipalAngles", "B")
	if err != nil {
		return nil, err
	}
	na, ka := qa.Dims()
	nb, kb := qb.Dims()
	if na != nb {
		panic(fmt.Sprintf("sae: PrincipalAngles: A has %d rows, B has %d", na, nb))
	}
	if ka < kb {
		qa, qb = qb, qa
	}
	return anglesOrth(qa, qb)
}

// anglesOrth returns the principal angles between the spans of the
// orthonormal columns of qa (n×ka) and qb (n×kb), ka ≥ kb.
func anglesOrth(qa, qb *mat.Dense) ([]float64, error) {
	_, k := qb.Dims()
	var c mat.Dense
	c.Mul(qa.T(), qb) // ka×kb
	var svd mat.SVD
	if !svd.Factorize(&c, mat.SVDNone) {
		return nil, errors.New("sae: PrincipalAngles: SVD of QaᵀQb did not converge")
	}
	cos := svd.Values(nil) // descending, k of them
	// Qb − Qa(QaᵀQb): the part of span(Qb) outside span(Qa).
	d := mat.DenseCopyOf(qb)
	blas64.Gemm(blas.NoTrans, blas.NoTrans, -1, qa.RawMatrix(), c.RawMatrix(), 1, d.RawMatrix())
	if !svd.Factorize(d, mat.SVDNone) {
		return nil, errors.New("sae: PrincipalAngles: SVD of the residual basis did not converge")
	}
	sin := svd.Values(nil) // descending: sin of the largest angle first
	angles := make([]float64, k)
	for i := range angles {
		ci := min(cos[i], 1)
		if ci*ci >= 0.5 {
			angles[i] = math.Asin(min(sin[k-1-i], 1))
		} else {
			angles[i] = math.Acos(max(ci, 0))
		}
	}
	return angles, nil
}

// SubspaceDistance returns Bao et al.'s (2020) subspace distance
// 1 − tr(U_k U_kᵀ P_W)/k, where U_k is an orthonormal basis of the column
// space of the n×k matrix U and P_W the orthogonal projector onto that of W.
// It is the mean squared sine of the principal angles when W has at least k
// columns, lies in [0, 1], and is 0 exactly when span(U) ⊆ span(W). It is
// computed as ‖(I − P_W)U_k‖²_F / k, which keeps full relative accuracy for
// nearly equal subspaces.
//
// It returns an error if U or W is nil or empty, holds a NaN or infinite
// value or lacks full column rank, and panics if their row counts differ.
func SubspaceDistance(U, W mat.Matrix) (float64, error) {
	qu, err := orthBasis(U, "SubspaceDistance", "U")
	if err != nil {
		return 0, err
	}
	qw, err := orthBasis(W, "SubspaceDistance", "W")
	if err != nil {
		return 0, err
	}
	nu, k := qu.Dims()
	nw, _ := qw.Dims()
	if nu != nw {
		panic(fmt.Sprintf("sae: SubspaceDistance: U has %d rows, W has %d", nu, nw))
	}
	var c mat.Dense
	c.Mul(qw.T(), qu)
	blas64.Gemm(blas.NoTrans, blas.NoTrans, -1, qw.RawMatrix(), c.RawMatrix(), 1, qu.RawMatrix())
	f := mat.Norm(qu, 2)
	return f * f / float64(k), nil
}

// AxisAlignment returns Bao et al.'s (2020) axis-alignment measure
// (1/k) Σ_i (1 − max_j cos²(u_i, w_j)) between the columns u_i of the n×k
// matrix U (typically the principal directions) and the columns w_j of W
// (typically decoder columns). It is 0 when every u_i is, up to scale and
// sign, one of the w_j, and stays above 0 when W spans the right subspace
// in a rotated basis, which is why it detects whether individual components
// (not just the subspace) were recovered.
//
// A zero column of W aligns with nothing (its cos² counts as 0); a zero
// column of U counts as fully misaligned (contributes 1). NaN entries give
// a NaN result. AxisAlignment panics if the row counts differ.
func AxisAlignment(U, W mat.Matrix) float64 {
	nu, k := U.Dims()
	nw, p := W.Dims()
	if nu != nw {
		panic(fmt.Sprintf("sae: AxisAlignment: U has %d rows, W has %d", nu, nw))
	}
	var g mat.Dense
	g.Mul(U.T(), W) // k×p inner products
	un := colNorms2(U)
	wn := colNorms2(W)
	var sum float64
	for i := 0; i < k; i++ {
		best := 0.0
		if un[i] > 0 {
			for j := 0; j < p; j++ {
				if wn[j] == 0 {
					continue
				}
				v := g.At(i, j)
				c2 := v * v / (un[i] * wn[j])
				if c2 > best || math.IsNaN(c2) {
					best = c2
				}
			}
		}
		sum += 1 - min(best, 1)
	}
	return sum / float64(k)
}

// colNorms2 returns the squared Euclidean norms of the columns of a.
func colNorms2(a mat.Matrix) []float64 {
	r, c := a.Dims()
	out := make([]float64, c)
	for j := 0; j < c; j++ {
		var s float64
		for i := 0; i < r; i++ {
			v := a.At(i, j)
			s += v * v
		}
		out[j] = s
	}
	return out
}

// TransposeDistance returns ‖W1 − W2ᵀ‖²_F / k for a k×n encoder W1 and an
// n×k decoder W2 (Bao et al. 2020): 0 when the weights are tied, as they are
// at every critical point of the uniformly L2-regularised linear
// autoencoder (Kunin et al. 2019). It panics if the shapes do not match.
func TransposeDistance(W1, W2 mat.Matrix) float64 {
	k, n := W1.Dims()
	n2, k2 := W2.Dims()
	if k != k2 || n != n2 {
		panic(fmt.Sprintf("sae: TransposeDistance: W1 is %d×%d, W2 is %d×%d, want W2 to be %d×%d", k, n, n2, k2, n, k))
	}
	var d mat.Dense
	d.Sub(W1, W2.T())
	f := mat.Norm(&d, 2)
	return f * f / float64(k)
}

// OrthonormalityError returns ‖W Wᵀ − I_p‖_F for a p×n matrix W: 0 when its
// rows are orthonormal, as at the global minima of the tied linear
// autoencoder.
func OrthonormalityError(W mat.Matrix) float64 {
	p, _ := W.Dims()
	var g mat.Dense
	g.Mul(W, W.T())
	for i := 0; i < p; i++ {
		g.Set(i, i, g.At(i, i)-1)
	}
	return mat.Norm(&g, 2)
}

// RelativeGap returns (loss − floor)/floor, how far a trained model's loss
// is above the PCA floor in relative terms. When floor is 0 it returns 0 if
// loss is 0 as well and +Inf (or −Inf for a negative loss) otherwise.
func RelativeGap(loss, floor float64) float64 {
	if floor == 0 {
		switch {
		case loss == 0:
			return 0
		case loss > 0:
			return math.Inf(1)
		case loss < 0:
			return math.Inf(-1)
		}
	}
	return (loss - floor) / floor
}
