package gemm

// Available reports whether the package's micro-kernel runs here: on amd64
// processors with AVX2 and FMA, unless built with the noasm tag. Without it
// Implementation is gonum's BLAS with Dsyrk spread over the cores (see
// Implementation.Dsyrk) and Dsymv split in two.
func Available() bool { return haveKernel }

// Path names the micro-kernel that runs here: "AVX-512" (6×16 tiles in ZMM
// registers, on processors with AVX-512F), "AVX2/FMA" (6×8 tiles in YMM
// registers), or "pure Go" where none can run (see Available).
func Path() string {
	switch {
	case haveKernel && wide:
		return "AVX-512"
	case haveKernel:
		return "AVX2/FMA"
	}
	return "pure Go"
}
