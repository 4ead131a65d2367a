package data_test

import (
	"errors"
	"fmt"
	"io"
	"log"
	"os"
	"path/filepath"

	"gonum.org/v1/gonum/mat"

	"github.com/linae/linae/data"
)

// ExampleOpenIDXShards writes a generated data set as three float32 IDX
// shards, a block at a time, and reads them back as one stream of blocks.
func ExampleOpenIDXShards() {
	dir, err := os.MkdirTemp("", "shards")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(dir)

	src, _, err := data.GaussianSpectrumRows(3000, []float64{4, 1, 0.25}, 1)
	if err != nil {
		log.Fatal(err)
	}
	block := mat.NewDense(1000, src.Cols(), nil)
	for s := 0; ; s++ {
		k, err := src.Next(block)
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			log.Fatal(err)
		}
		f, err := os.Create(filepath.Join(dir, fmt.Sprintf("part-%05d.idx", s)))
		if err != nil {
			log.Fatal(err)
		}
		w, err := data.NewIDXWriter(f, data.IDXFloat32, k, src.Cols())
		if err != nil {
			log.Fatal(err)
		}
		if err := w.WriteRows(block.Slice(0, k, 0, src.Cols())); err != nil {
			log.Fatal(err)
		}
		if err := f.Close(); err != nil {
			log.Fatal(err)
		}
	}

	shards, err := data.OpenIDXShards(filepath.Join(dir, "part-*.idx"))
	if err != nil {
		log.Fatal(err)
	}
	defer shards.Close()
	fmt.Printf("%d shards, %d rows of %d columns\n", len(shards.Paths()), shards.Rows(), shards.Cols())
	buf := mat.NewDense(700, shards.Cols(), nil)
	for {
		k, err := shards.Next(buf)
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			log.Fatal(err)
		}
		fmt.Print(k, " ")
	}
	fmt.Println()
	// Output:
	// 3 shards, 3000 rows of 3 columns
	// 700 300 700 300 700 300
}
