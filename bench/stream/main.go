// Command stream measures one streamed pass of sae.Scatter over rows
// generated on the fly or read from IDX shards, for bench/stream_bench.sh:
// run it under /usr/bin/time -v for the peak resident memory. It prints
// one JSON line.
//
//	stream -mode scatter -rows 1000000         # generate and accumulate, then PCA
//	stream -mode gen -rows 1000000             # generate only (the generator's share)
//	stream -mode write -rows 100000 -out DIR   # write float32 IDX shards
//	stream -mode idx -in 'DIR/*.idx'           # accumulate from the shards, then PCA
//	stream -mode inmemory -rows 100000         # FitPCA on the same rows held in memory
//	stream -mode sparse -rows 1000000          # sae.TrainStream: the sparse AE by Adam from the stream
//
// The generated rows have independent uniform columns: x_ij = c_j (u_ij − ½)
// + j/n with c_j = 1 + 3j/n, so the covariance is diagonal with eigenvalues
// c_j²/12, which the result is checked against. Row i comes from a
// generator seeded by (seed, i): the same rows whatever the block size. The
// sparse mode trains on 0.1 + 0.8 u_ij instead, in the sigmoid's range.
package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"log"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"time"

	"gonum.org/v1/gonum/mat"

	"github.com/linae/linae/backend/par"
	"github.com/linae/linae/data"
	"github.com/linae/linae/sae"
)

// result is the JSON line the command prints.
type result struct {
	Impl       string    `json:"impl"`
	Mode       string    `json:"mode"`
	Rows       int       `json:"rows"`
	Cols       int       `json:"cols"`
	Seconds    float64   `json:"seconds"`
	RowsPerSec float64   `json:"rows_per_s"`
	PassSecs   float64   `json:"pass_seconds,omitempty"`
	Top        []float64 `json:"top,omitempty"`
	// TheoryRel is max_i |λ_i − c_(i)²/12| / λ_1 over the top eigenvalues:
	// sampling error, of order 1/√m.
	TheoryRel float64 `json:"theory_rel,omitempty"`
	Block     int     `json:"block"`
	// The sparse mode's run: its epochs (each a pass, and one pass more
	// for the full-batch loss), hidden units, minibatch steps and the
	// full-batch loss and gradient norm of the result.
	Epochs   int     `json:"epochs,omitempty"`
	Hidden   int     `json:"hidden,omitempty"`
	Steps    int     `json:"steps,omitempty"`
	Loss     float64 `json:"loss,omitempty"`
	GradNorm float64 `json:"grad_norm,omitempty"`
}

// columnScale returns c_j.
func columnScale(j, n int) float64 { return 1 + 3*float64(j)/float64(n) }

// generator returns the rows of the benchmark's data set.
func generator(rows, cols int, seed uint64) *data.FuncRows {
	return data.NewFuncRows(cols, rows, func(dst *mat.Dense, first int) error {
		k, _ := dst.Dims()
		d := dst.RawMatrix()
		par.Split(runtime.GOMAXPROCS(0), k, func(lo, hi int) {
			var src rand.PCG
			rnd := rand.New(&src)
			for i := lo; i < hi; i++ {
				src.Seed(seed, uint64(first+i))
				row := d.Data[i*d.Stride : i*d.Stride+cols]
				for j := range row {
					row[j] = columnScale(j, cols)*(rnd.Float64()-0.5) + float64(j)/float64(cols)
				}
			}
		})
		return nil
	})
}

func main() {
	mode := flag.String("mode", "scatter", "gen, scatter, write, idx or inmemory")
	rows := flag.Int("rows", 100000, "rows to generate")
	cols := flag.Int("cols", 784, "columns")
	seed := flag.Uint64("seed", 1, "generator seed")
	block := flag.Int("block", 0, "rows a block (0: sae's default)")
	k := flag.Int("k", 10, "components")
	out := flag.String("out", "", "write: directory for the shards")
	shardRows := flag.Int("shard-rows", 1000000, "write: rows a shard")
	in := flag.String("in", "", "idx: glob of the shards")
	hidden := flag.Int("hidden", 196, "sparse: hidden units")
	epochs := flag.Int("epochs", 1, "sparse: epochs")
	flag.Parse()

	ctx := context.Background()
	settings := sae.StreamSettings{BlockRows: *block}
	res := result{Impl: "go", Mode: *mode, Rows: *rows, Cols: *cols, Block: settings.BlockRows}
	if res.Block == 0 {
		res.Block = max(256, (1<<21) / *cols) // sae's default, recorded
	}
	start := time.Now()
	var acc *sae.Scatter
	switch *mode {
	case "gen":
		src := generator(*rows, *cols, *seed)
		buf := mat.NewDense(res.Block, *cols, nil)
		for {
			if _, err := src.Next(buf); errors.Is(err, io.EOF) {
				break
			} else if err != nil {
				log.Fatal(err)
			}
		}
	case "scatter":
		acc = sae.NewScatter(*cols)
		if err := acc.AddRows(ctx, generator(*rows, *cols, *seed), settings); err != nil {
			log.Fatal(err)
		}
	case "write":
		if err := writeShards(generator(*rows, *cols, *seed), *out, *shardRows, res.Block); err != nil {
			log.Fatal(err)
		}
	case "idx":
		src, err := data.OpenIDXShards(*in)
		if err != nil {
			log.Fatal(err)
		}
		res.Rows, res.Cols = src.Rows(), src.Cols()
		acc = sae.NewScatter(src.Cols())
		if err := acc.AddRows(ctx, src, settings); err != nil {
			log.Fatal(err)
		}
		src.Close()
	case "inmemory":
		X := mat.NewDense(*rows, *cols, nil)
		if _, err := generator(*rows, *cols, *seed).Next(X); err != nil {
			log.Fatal(err)
		}
		p, err := sae.FitPCA(X, *k, sae.PCASettings{Method: sae.PCAEigen})
		if err != nil {
			log.Fatal(err)
		}
		res.Top = p.Variances
	case "sparse":
		// UFLDL's MNIST configuration, minibatches of 100 from buffers of
		// sae's default block.
		res.Epochs, res.Hidden = *epochs, *hidden
		loss, err := sae.NewSparseStreamLoss(unitRows(*rows, *cols, *seed), sae.SparseConfig{Hidden: *hidden, Lambda: 3e-3, Beta: 3, Rho: 0.1})
		if err != nil {
			log.Fatal(err)
		}
		tr, err := sae.TrainStream(ctx, loss, loss.InitParams(nil, *seed), sae.StreamTrainSettings{
			BatchRows: 100, BufferRows: *block, Epochs: *epochs, StepSize: 0.01, Seed: *seed,
		})
		if err != nil {
			log.Fatal(err)
		}
		res.Steps, res.Loss, res.GradNorm = tr.Iterations, tr.Loss, tr.GradNorm
	default:
		log.Fatalf("unknown mode %q", *mode)
	}
	res.PassSecs = time.Since(start).Seconds()
	if *mode == "sparse" {
		res.PassSecs /= float64(*epochs + 1) // a pass's time
	}
	if acc != nil {
		p, err := sae.FitPCAScatter(acc, *k)
		if err != nil {
			log.Fatal(err)
		}
		res.Top = p.Variances
	}
	res.Seconds = time.Since(start).Seconds()
	res.RowsPerSec = float64(res.Rows) / res.PassSecs
	if res.Top != nil {
		want := make([]float64, res.Cols)
		for j := range want {
			c := columnScale(j, res.Cols)
			want[j] = c * c / 12
		}
		slices.Sort(want)
		slices.Reverse(want)
		for i, v := range res.Top {
			res.TheoryRel = math.Max(res.TheoryRel, math.Abs(v-want[i])/want[0])
		}
	}
	b, _ := json.Marshal(res)
	fmt.Println(string(b))
}

// unitRows returns the generator's rows mapped to 0.1 + 0.8 u_ij, in
// (0.1, 0.9) as the sigmoid autoencoder wants them.
func unitRows(rows, cols int, seed uint64) *data.FuncRows {
	gen := generator(rows, cols, seed)
	return data.NewFuncRows(cols, rows, func(dst *mat.Dense, first int) error {
		if first == 0 {
			if err := gen.Reset(); err != nil {
				return err
			}
		}
		if _, err := gen.Next(dst); err != nil {
			return err
		}
		d := dst.RawMatrix()
		for i := range d.Rows {
			row := d.Data[i*d.Stride : i*d.Stride+cols]
			for j, v := range row {
				// v = c_j (u − ½) + j/n.
				row[j] = 0.5 + 0.8*(v-float64(j)/float64(cols))/columnScale(j, cols)
			}
		}
		return nil
	})
}

// writeShards writes the rows of src as float32 IDX files of at most
// shardRows rows each into dir.
func writeShards(src data.RowSource, dir string, shardRows, block int) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	buf := mat.NewDense(min(block, shardRows), src.Cols(), nil)
	left := src.Rows()
	for s := 0; left > 0; s++ {
		n := min(shardRows, left)
		f, err := os.Create(filepath.Join(dir, fmt.Sprintf("part-%05d.idx", s)))
		if err != nil {
			return err
		}
		w, err := data.NewIDXWriter(f, data.IDXFloat32, n, src.Cols())
		if err != nil {
			return err
		}
		for done := 0; done < n; {
			b := buf.Slice(0, min(block, n-done), 0, src.Cols()).(*mat.Dense)
			k, err := src.Next(b)
			if err != nil {
				return err
			}
			if err := w.WriteRows(b.Slice(0, k, 0, src.Cols())); err != nil {
				return err
			}
			done += k
		}
		if err := f.Close(); err != nil {
			return err
		}
		left -= n
	}
	return nil
}
