//go:build !amd64 || noasm

package sae

// useAdamAVX is false: there is no assembly Adam update here. A variable,
// as on amd64, so that the tests build here too.
var useAdamAVX = false

// adamVectors updates no element: adamScalar does them all.
func adamVectors(x, g, v, s2 []float64, c *adamConsts) int { return 0 }
