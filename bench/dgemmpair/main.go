//go:build openblas

// Command dgemmpair times package gemm's Dgemm against OpenBLAS's (each as
// package backend installs it), called by turns in one process on the
// same operands: a drift in the machine's speed, or another tenant's load,
// then falls on both within a fraction of a second, where runs in separate
// processes (bench/dgemm_interleaved.sh) are seconds apart. Each goes
// first every other round, and each OpenBLAS call is followed by a pause:
// its threads keep spinning for a while after a call returns, which slows
// whatever runs next. The first round is a warm-up. It prints each round's
// rates and a Markdown table row: the medians, and the median of the
// rounds' ratios, in GFLOP per second of wall time and of processor time
// (user and system, all threads).
//
// Build and run with OpenBLAS choosing its own kernels, as bench/kernels.sh
// does:
//
//	CGO_LDFLAGS=-lopenblas go build -tags openblas -o dgemmpair ./bench/dgemmpair
//	env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE ./dgemmpair -rounds 30
//	env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE GOMAXPROCS=1 OPENBLAS_NUM_THREADS=1 ./dgemmpair -rounds 15
package main

import (
	"flag"
	"fmt"
	"log"
	"math/rand/v2"
	"runtime"
	"slices"
	"syscall"
	"time"

	"gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/blas/blas64"

	"github.com/linae/linae/backend"
)

func main() {
	rounds := flag.Int("rounds", 30, "timed rounds, each one call of each")
	n := flag.Int("n", 2000, "the product's size: n×n times n×n")
	pause := flag.Duration("pause", 200*time.Millisecond, "pause after each OpenBLAS call")
	flag.Parse()

	rnd := rand.New(rand.NewPCG(1, 2))
	a, b, c := make([]float64, *n**n), make([]float64, *n**n), make([]float64, *n**n)
	for i := range a {
		a[i], b[i] = rnd.Float64(), rnd.Float64()
	}
	// Each backend's BLAS and name, as package backend installs them.
	type impl struct {
		name string
		blas blas.Float64Level3
	}
	var impls []impl
	for _, b := range []backend.Backend{backend.Linae, backend.OpenBLAS} {
		if err := backend.Use(b); err != nil {
			log.Fatal(err)
		}
		impls = append(impls, impl{backend.Name(), blas64.Implementation()})
	}
	gflop := 2 * float64(*n) * float64(*n) * float64(*n) / 1e9
	wall := make([][]float64, len(impls))
	cpu := make([][]float64, len(impls))
	for r := range *rounds + 1 {
		// Each goes first every other round.
		for j := range impls {
			i := (j + r) % len(impls)
			im := impls[i]
			t0, c0 := time.Now(), cpuSeconds()
			im.blas.Dgemm(blas.NoTrans, blas.NoTrans, *n, *n, *n, 1, a, *n, b, *n, 0, c, *n)
			w, cs := time.Since(t0).Seconds(), cpuSeconds()-c0
			if r > 0 {
				wall[i] = append(wall[i], gflop/w)
				cpu[i] = append(cpu[i], gflop/cs)
			}
			if i == 1 {
				time.Sleep(*pause)
			}
		}
		if r > 0 {
			fmt.Printf("round %d: go %.1f, OpenBLAS %.1f GFLOP/s\n", r, wall[0][r-1], wall[1][r-1])
		}
	}
	ratios := func(x [][]float64) []float64 {
		q := make([]float64, len(x[0]))
		for i := range q {
			q[i] = x[0][i] / x[1][i]
		}
		return q
	}
	fmt.Printf("| %d | %d | %.1f | %.1f | %.3f | %.1f | %.1f | %.3f | %s |\n", runtime.GOMAXPROCS(0), *rounds,
		median(wall[0]), median(wall[1]), median(ratios(wall)),
		median(cpu[0]), median(cpu[1]), median(ratios(cpu)), impls[1].name)
}

func median(x []float64) float64 {
	s := slices.Sorted(slices.Values(x))
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}

// cpuSeconds is the process's processor time, user and system, all threads.
func cpuSeconds() float64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		panic(err)
	}
	return float64(ru.Utime.Nano()+ru.Stime.Nano()) / 1e9
}
