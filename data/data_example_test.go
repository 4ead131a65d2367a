package data_test

import (
	"fmt"
	"log"
	"math"

	"gonum.org/v1/gonum/mat"

	"github.com/linae/linae/data"
)

// ExampleLoadMNIST loads the first 1000 training digits from the GoMNIST
// module's files (found in the module cache, or LINAE_MNIST_DIR).
func ExampleLoadMNIST() {
	m, err := data.LoadMNIST("", "train", 1000)
	if err != nil {
		log.Fatal(err)
	}
	r, c := m.Images.Dims()
	fmt.Printf("%d images of %d×%d = %d pixels, first label %d\n", r, m.Rows, m.Cols, c, m.Labels[0])
	fmt.Printf("pixels in [%g, %g]\n", mat.Min(m.Images), mat.Max(m.Images))
	// Output:
	// 1000 images of 28×28 = 784 pixels, first label 5
	// pixels in [0, 1]
}

// ExampleSamplePatches prepares the input of the UFLDL sparse-autoencoder
// exercise: 10000 random 8×8 patches of natural photographs, normalised to
// [0.1, 0.9].
func ExampleSamplePatches() {
	imgs, names, err := data.NaturalImages()
	if err != nil {
		log.Fatal(err)
	}
	patches, err := data.SamplePatches(imgs, 8, 10000, 1)
	if err != nil {
		log.Fatal(err)
	}
	var x mat.Dense
	if err := data.NormalizeUFLDL(&x, patches); err != nil {
		log.Fatal(err)
	}
	r, c := x.Dims()
	fmt.Println(names)
	fmt.Printf("%d patches of %d pixels in [%.1f, %.1f]\n", r, c, mat.Min(&x), mat.Max(&x))
	// Output:
	// [china flower]
	// 10000 patches of 64 pixels in [0.1, 0.9]
}

// ExampleZCAWhiten whitens correlated data: afterwards the sample
// covariance is the identity.
func ExampleZCAWhiten() {
	X, _, err := data.GaussianSpectrum(1000, []float64{9, 4, 1}, 1)
	if err != nil {
		log.Fatal(err)
	}
	var y mat.Dense
	w, err := data.ZCAWhiten(&y, X, 0)
	if err != nil {
		log.Fatal(err)
	}
	var cov mat.Dense
	cov.Mul(y.T(), &y)
	cov.Scale(1.0/999, &cov)
	fmt.Printf("eigenvalues ≈ %.0f\n", w.Eigenvalues)
	var dev float64
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			want := 0.0
			if i == j {
				want = 1
			}
			dev = max(dev, math.Abs(cov.At(i, j)-want))
		}
	}
	fmt.Println("max |cov − I| < 1e-12:", dev < 1e-12)
	// Output:
	// eigenvalues ≈ [9 4 1]
	// max |cov − I| < 1e-12: true
}
