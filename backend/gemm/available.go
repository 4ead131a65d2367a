package gemm

// Available reports whether the package's micro-kernel runs here: on amd64
// processors with AVX2 and FMA, unless built with the noasm tag. Without it
// Implementation is gonum's BLAS with Dsyrk spread over the cores (see
// Implementation.Dsyrk) and Dsymv split in two.
func Available() bool { return haveKernel }
