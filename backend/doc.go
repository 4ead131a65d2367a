// Package backend is the numerical engine that gonum, and so every package
// of this module, runs on, and the one place that decides which engine is
// installed process-wide.
//
// # What is in it
//
// Package gemm is gonum's pure-Go BLAS with Dgemm, Dsyrk, Dsyr2k and Dsymv
// replaced: a Go-assembly micro-kernel for amd64, 6×16 tiles in AVX-512
// where the processor has AVX-512F and 6×8 in AVX2 and FMA where it has
// only those (chosen at run time), packed panels, both cores. Package eigen is gonum's LAPACK with a faster
// symmetric eigensolver (Dsyev) and Top, the eigenvectors of the k largest
// eigenvalues only. Package par runs their parallel loops. Together they
// are the Linae backend; Gonum is gonum's own BLAS and LAPACK; OpenBLAS is
// OpenBLAS through cgo (see Build tags). Use installs one, Installed and
// Name report which, and EigenSymTop is the top-k symmetric eigensolver of
// the installed one, which package sae's PCA calls.
//
// # Who installs it
//
// gonum's rule is that the main program chooses the BLAS. This package
// chooses at initialisation instead, and packages sae and data import it
// for that side effect, because this module's code is mostly run from
// notebooks through cmd/linae-kernel, where the user writes no main, and
// because the speed of the engine is the point of the module: gonum's own
// BLAS is several times slower on the products PCA and the autoencoders
// spend their time in. The package's init installs the build's default
// (Linae; OpenBLAS with the openblas tag) with blas64.Use and lapack64.Use
// before any importing package's init or main can compute, so the choice
// holds for cmd/linae-kernel, bench, every test binary and any program that
// imports sae or data.
//
// # Opting out
//
// Two ways, which work wherever the package is linked in:
//
//   - The environment variable LINAE_BACKEND (EnvVar), read at
//     initialisation: gonum, linae or openblas installs that backend
//     instead of the default, for the kernel, the benchmarks, the tests
//     (LINAE_BACKEND=gonum go test ./...) or any program. An unknown value,
//     or openblas in a build without the tag, makes the initialisation
//     panic rather than silently keep the default.
//   - In a program's own main, Use(Gonum) (or any other backend): main
//     runs after every init, so its choice wins over the default and over
//     LINAE_BACKEND. A program may also call blas64.Use and lapack64.Use
//     itself; Name and EigenSymTop then still report and follow the last
//     backend installed through this package.
//
// # Build tags
//
// Without tags the module is pure Go and needs no C toolchain. On amd64
// processors with AVX-512F package gemm runs its AVX-512 micro-kernel, on
// those with AVX2 and FMA its AVX2 one. On amd64 processors without AVX2
// and FMA, and on other architectures, package
// gemm's Dgemm and Dsyr2k are gonum's, its Dsyrk runs gonum's Dgemm on
// tiles over the cores, and package eigen's rotations run in Go.
//
// With noasm, as in gonum, every assembly path is left out (package gemm's
// kernels, package eigen's rotations, package sae's vector sigmoid, and
// gonum's own): the build of a processor without AVX2, on any processor.
//
// With openblas,
//
//	CGO_LDFLAGS=-lopenblas go build -tags openblas
//
// (Debian: apt-get install libopenblas-dev), the OpenBLAS backend is
// available and the default: OpenBLAS's BLAS through gonum.org/v1/netlib's
// cgo binding, so that every matrix product, and the BLAS calls inside
// gonum's pure-Go LAPACK (SVD, QR), run on OpenBLAS; gonum's LAPACK with
// OpenBLAS's dsyevd as its symmetric eigensolver (netlib's LAPACK binding
// does not build with gonum v0.17); and EigenSymTop on OpenBLAS's LAPACK.
// The other two backends stay available through LINAE_BACKEND and Use.
package backend
