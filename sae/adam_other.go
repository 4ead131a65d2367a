//go:build !amd64 || noasm

package sae

// useAdamAVX is false: there is no assembly Adam update here. A variable,
// as on amd64, so that the tests build here too.
var useAdamAVX = false

// adamUpdate is adamScalar. It panics if x, v or s2 is not as long as g.
func adamUpdate(x, g, v, s2 []float64, c *adamConsts) {
	checkAdamLengths(x, g, v, s2)
	adamScalar(x, g, v, s2, c)
}
