package gemm

import "math"

// Dot and AxpbyDot are the vector operations of an L-BFGS direction (its
// two loops over the stored pairs: a dot product, then an update of the
// direction by a multiple of a stored vector). They sum in one fixed order,
// so that each path (AVX-512, AVX2 and pure Go) gives the same bits: sixteen
// running sums of fused multiply-adds, sum l over the elements j ≡ l mod 16
// of the first len &^ 15, in order; then the sixteen added in pairs (sum l
// and sum l+8, then l and l+4, l and l+2, l and l+1); then the last
// len mod 16 products added by fused multiply-adds, in order. Two running
// sums of eight lanes hide the multiply-add's latency, where gonum's
// floats.Dot sums two lanes at a time.

// Dot returns Σ x[j]·y[j] over j < len(x), in the order above. It panics
// if the lengths differ.
func Dot(x, y []float64) float64 {
	if len(x) != len(y) {
		panic("gemm: slice lengths differ")
	}
	n := len(x)
	j := n &^ 15
	var d float64
	switch {
	case j == 0:
	case haveKernel && wide:
		d = dotAVX512(j, &x[0], &y[0])
	case haveKernel:
		d = dotAVX2(j, &x[0], &y[0])
	default:
		var acc [16]float64
		for i := 0; i < j; i += 16 {
			for l := range 16 {
				acc[l] = math.FMA(x[i+l], y[i+l], acc[l])
			}
		}
		d = addLanes(&acc)
	}
	for ; j < n; j++ {
		d = math.FMA(x[j], y[j], d)
	}
	return d
}

// AxpbyDot sets y[j] = alpha·x[j] + beta·y[j] (beta·y[j] rounded, then one
// fused multiply-add: with beta = 1 the fused alpha·x[j] + y[j]) and returns
// Σ z[j]·y[j] of the new y in Dot's order: an update and the dot product
// that follows it, in one pass. z may be y or x. It panics if the lengths
// differ.
func AxpbyDot(alpha float64, x []float64, beta float64, y, z []float64) float64 {
	if len(x) != len(y) || len(z) != len(y) {
		panic("gemm: slice lengths differ")
	}
	n := len(x)
	j := n &^ 15
	var d float64
	switch {
	case j == 0:
	case haveKernel && wide:
		d = axpbyDotAVX512(j, alpha, &x[0], beta, &y[0], &z[0])
	case haveKernel:
		d = axpbyDotAVX2(j, alpha, &x[0], beta, &y[0], &z[0])
	default:
		var acc [16]float64
		for i := 0; i < j; i += 16 {
			for l := range 16 {
				y[i+l] = math.FMA(alpha, x[i+l], beta*y[i+l])
				acc[l] = math.FMA(z[i+l], y[i+l], acc[l])
			}
		}
		d = addLanes(&acc)
	}
	for ; j < n; j++ {
		y[j] = math.FMA(alpha, x[j], beta*y[j])
		d = math.FMA(z[j], y[j], d)
	}
	return d
}

// addLanes adds the sixteen running sums in Dot's order, as the kernels'
// reductions do.
func addLanes(acc *[16]float64) float64 {
	var s [8]float64
	for l := range 8 {
		s[l] = acc[l] + acc[l+8]
	}
	for l := range 4 {
		s[l] += s[l+4]
	}
	for l := range 2 {
		s[l] += s[l+2]
	}
	return s[0] + s[1]
}
