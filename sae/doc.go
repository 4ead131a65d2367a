// Package sae implements principal component analysis, linear autoencoders
// (untied, tied, with uniform or non-uniform L2 regularisation), the
// linearised tied autoencoder of the draft's §4, and the single-layer sigmoid
// sparse autoencoder of its §2, together with the optimisers that train them
// and the metrics that compare a trained model with PCA.
//
// # From the subspace to the components
//
// An unregularised linear autoencoder identifies only the principal subspace.
// Three routines recover the ordered components. RecoverComponents does it
// after training, from the decoder's span and the data, as in Plaut (2018),
// "From principal subspaces to principal components with linear
// autoencoders" (arXiv:1804.10253); DecoderDirections is his reading of the
// decoder's left singular vectors, right only with the uniform L2 penalty
// LinearConfig.Lambda, as Kunin, Bloom, Goeva & Seed (2019), "Loss
// landscapes of regularized linear autoencoders" (ICML 2019), show; their
// product penalty λ‖W2W1‖² is LinearConfig.ProductLambda. OrderedLoss is the
// loss of Oftadeh, Shen, Wang & Shell (2020), "Eliminating the invariance on
// the loss landscape of linear autoencoders" (ICML 2020), whose minimum has
// the ordered components as decoder columns.
//
// Two routes reach the ordered components during training, as compared by
// Bao, Lucas, Sachdeva & Grosse (2020), "Regularized linear autoencoders
// recover the principal components, eventually" (NeurIPS 2020), whose
// non-uniform L2 penalty is LinearConfig.Lambdas. RAGLoss is their
// rotation-augmented gradient, an update direction for GradientDescent that
// adds a symmetry-breaking rotation to the gradient of the unregularised
// loss. NestedDropoutLoss is the nested dropout of Rippel, Gelbart & Adams
// (2014), "Learning ordered representations with nested dropout" (ICML
// 2014): its expected loss in closed form and, for minibatch training, the
// stochastic truncation itself.
//
// # Conventions
//
// Data matrices hold one sample per row, as in gonum/stat and scikit-learn: X
// is m×n for m samples of n features. The draft writes samples as columns;
// its X is our Xᵀ and the formulas in the documentation are translated.
//
// An encoder W1 is p×n and a decoder W2 is n×p for p hidden units. A tied
// autoencoder has a single p×n matrix W with decoder Wᵀ. Subspaces passed to
// the metrics are spanned by the columns of an n×k matrix; pass
// pca.Components.T() or W.T() for row bases.
//
// Every model keeps its weights in one flat []float64 so that the optimisers
// in this package, gonum/optimize and gonum/diff/fd can work on it directly;
// the matrices a model exposes are views of that slice.
//
// Losses are sums over samples, not means, unless a type says otherwise, so
// that closed forms from the literature (Kunin et al. 2019, Bao et al. 2020)
// hold without rescaling. The sigmoid sparse autoencoder follows the UFLDL
// exercise and averages over samples.
//
// Functions panic only on programmer errors: lengths and shapes of
// arguments that do not match each other (params of the wrong length, a
// matrix with the wrong number of columns for a model) or an index out of
// range (PCA.Floor's k). Problems with data (NaN, Inf, empty or nil input,
// also a typed nil such as a nil *mat.Dense, a rank too high for the data,
// finite values whose squares overflow so that a result would not be
// finite, or for FitPCA underflow so that its variances would be
// meaningless) and invalid settings or
// configurations (an unknown method, a negative weight, any field of
// TrainSettings outside its range) are returned as errors. What the data
// alone determine (a fit, a loss's precomputed scatter matrix) is finite
// whenever the error is nil; a loss evaluated at parameters can still be
// infinite (SparseLoss documents when), which Train reports as divergence.
//
// # One shape for every loss
//
// Each loss is built from the data and a configuration passed by value,
// NewLinearLoss(X, LinearConfig), NewDraftLoss(X, DraftConfig),
// NewSparseLoss(X, SparseConfig), and has Config, WithConfig (another
// configuration on the same data, sharing what was computed from them) and
// InitParams(dst, seed), whose scale is the configuration's InitScale. Every
// loss is safe for concurrent use. Settings structs (PCASettings,
// TrainSettings) are passed by value too; their zero values are the
// defaults.
//
// # Data larger than memory
//
// PCA, the linear autoencoders' Gram form and the draft's objective see the
// data only through the number of samples, their mean and their centred
// scatter matrix. Scatter accumulates these from blocks of rows (Add, or
// AddRows over a data.RowSource, with progress and cancellation through
// StreamSettings) and merges with other Scatters exactly, so shards can be
// reduced separately, on other machines (MarshalBinary), and combined in any
// order. FitPCAScatter, NewLinearLossScatter and NewDraftLossScatter work
// from a Scatter; FitPCAStream is randomized PCA by passes over a stream,
// for data too wide for an n×n matrix.
//
// The sparse autoencoder's cost is not a function of those statistics.
// NewSparseStreamLoss builds it on a data.RowSource, in the same shape as
// the other losses (Config, WithConfig, InitParams, Model); its LossGrad is
// the full-batch cost and gradient in one pass, and TrainStream trains it
// by Adam on minibatches drawn from shuffled buffers of the stream, keeping
// Adam's state across blocks and passes, with progress, cancellation and
// the full-batch loss and gradient norm of the result measured by a last
// pass.
//
// The package exports no generic functions or types: the notebook kernel's
// interpreter cannot import them.
package sae

// The fastest BLAS of the build (see package backend) is installed before
// this package's code runs.

import _ "github.com/linae/linae/backend"
