//go:build !openblas

package openblas

// name is gonum's: without the build tag blas64 keeps its default.
const name = "gonum"
