//go:build openblas

package backend

/*
// openblas_get_corename names the kernel set OpenBLAS chose for this
// processor at load time (or the one OPENBLAS_CORETYPE forced).
extern char *openblas_get_corename(void);
*/
import "C"

// openBLASCore returns the name of the kernel set OpenBLAS runs here, such
// as "Haswell" or "Cooperlake": the same build of OpenBLAS runs AVX2 or
// AVX-512 kernels by the processor (and by OPENBLAS_CORETYPE), and a
// report of its speed must say which.
func openBLASCore() string { return C.GoString(C.openblas_get_corename()) }
