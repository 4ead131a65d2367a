package data_test

import (
	"fmt"
	"log"

	"gonum.org/v1/gonum/mat"
	"gonum.org/v1/gonum/stat"

	"github.com/linae/linae/data"
)

// UFLDL's natural-image recipe on this package's photographs: reduce each
// by 3, whiten it as Olshausen and Field did, then draw normalised patches.
func ExampleWhitenImage() {
	images, _, err := data.NaturalImages()
	if err != nil {
		log.Fatal(err)
	}
	whitened := make([]*mat.Dense, len(images))
	for i, img := range images {
		var small mat.Dense
		if err := data.Downsample(&small, img, 3); err != nil {
			log.Fatal(err)
		}
		whitened[i] = &mat.Dense{}
		if err := data.WhitenImage(whitened[i], &small, 0.4); err != nil {
			log.Fatal(err)
		}
	}
	r, c := whitened[0].Dims()
	fmt.Printf("%d×%d, variance %.3f\n", r, c, stat.PopVariance(whitened[0].RawMatrix().Data, nil))
	patches, err := data.SamplePatches(whitened, 8, 1000, 1)
	if err != nil {
		log.Fatal(err)
	}
	if err := data.NormalizeUFLDL(patches, patches); err != nil {
		log.Fatal(err)
	}
	fmt.Println(patches.Dims())
	// Output:
	// 142×213, variance 0.100
	// 1000 64
}
