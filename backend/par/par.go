package par

import (
	"sync"
	"sync/atomic"
)

// Each calls fn(i) for i = 0..n-1 on up to workers goroutines, which take
// the indices in order from a shared counter (so uneven pieces balance), and
// returns when all calls have. With workers ≤ 1 it calls them in order on
// the calling goroutine.
func Each(workers, n int, fn func(i int)) {
	workers = min(workers, n)
	if workers <= 1 {
		for i := range n {
			fn(i)
		}
		return
	}
	var next atomic.Int64
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := int(next.Add(1)) - 1
				if i >= n {
					return
				}
				fn(i)
			}
		}()
	}
	wg.Wait()
}

// Split calls fn(lo, hi) on up to workers goroutines for consecutive ranges
// [lo, hi) of about equal length covering 0..n-1, one range each, and
// returns when all calls have. With workers ≤ 1 it calls fn(0, n).
func Split(workers, n int, fn func(lo, hi int)) {
	workers = min(workers, n)
	if workers <= 1 {
		fn(0, n)
		return
	}
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			fn(w*n/workers, (w+1)*n/workers)
		}()
	}
	wg.Wait()
}

// Chunks calls fn(c, lo, hi) for the ranges [c·size, min((c+1)·size, n)),
// c = 0, 1, …, that cover 0..n-1, on up to workers goroutines as Each does.
// The ranges depend on size alone, not on workers, so partial results kept
// per chunk and combined in chunk order are the same on any number of
// cores. It panics if size < 1.
func Chunks(workers, n, size int, fn func(c, lo, hi int)) {
	if size < 1 {
		panic("par: Chunks: size < 1")
	}
	Each(workers, (n+size-1)/size, func(c int) {
		fn(c, c*size, min((c+1)*size, n))
	})
}
