// Package linae is the root of a module for seeing why a linear autoencoder
// is PCA and what sparsity does to it. It holds no code; the module is in
// three layers, and a package imports only from its own layer or a lower
// one (layout_test.go checks this):
//
//   - the numerical backend (backend/...): the BLAS and LAPACK routines that
//     gonum runs on — matrix products in Go assembly, a symmetric
//     eigensolver, parallel loops — installed process-wide by package
//     backend;
//   - the science (sae, data, plotting, and internal/numeric, the
//     elementwise helpers they share): PCA, the autoencoders and their
//     training, data sets and preprocessing, figures;
//   - the front end (kernel/..., notebooks/..., cmd/..., bench/...): the
//     Jupyter kernel, the notebooks' helpers, the commands and the
//     benchmarks.
//
// The README's architecture section describes each package.
package linae
