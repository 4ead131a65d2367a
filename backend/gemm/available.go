package gemm

// Available reports whether this processor runs the package's micro-kernel
// (amd64 with AVX2 and FMA); without it Implementation is gonum's BLAS.
func Available() bool { return haveKernel }
