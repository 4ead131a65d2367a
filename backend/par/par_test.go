package par

import (
	"sync/atomic"
	"testing"
)

// TestEach checks that every index is visited exactly once, for more and
// fewer workers than indices.
func TestEach(t *testing.T) {
	for _, workers := range []int{0, 1, 2, 7, 100} {
		for _, n := range []int{0, 1, 5, 64} {
			seen := make([]atomic.Int32, n)
			Each(workers, n, func(i int) { seen[i].Add(1) })
			for i := range seen {
				if c := seen[i].Load(); c != 1 {
					t.Fatalf("workers=%d n=%d: index %d visited %d times", workers, n, i, c)
				}
			}
		}
	}
}

// TestSplit checks that the ranges cover 0..n-1 exactly once.
func TestSplit(t *testing.T) {
	for _, workers := range []int{0, 1, 2, 7, 100} {
		for _, n := range []int{0, 1, 5, 64} {
			seen := make([]atomic.Int32, n)
			Split(workers, n, func(lo, hi int) {
				for i := lo; i < hi; i++ {
					seen[i].Add(1)
				}
			})
			for i := range seen {
				if c := seen[i].Load(); c != 1 {
					t.Fatalf("workers=%d n=%d: index %d covered %d times", workers, n, i, c)
				}
			}
		}
	}
}

// TestChunks checks that the chunks cover 0..n-1 exactly once, in ranges
// of the given size that do not depend on the number of workers.
func TestChunks(t *testing.T) {
	for _, workers := range []int{0, 1, 2, 7} {
		for _, n := range []int{0, 1, 5, 64, 65} {
			seen := make([]atomic.Int32, n)
			Chunks(workers, n, 8, func(c, lo, hi int) {
				if lo != 8*c || hi != min(8*c+8, n) {
					t.Errorf("workers=%d n=%d: chunk %d is [%d, %d)", workers, n, c, lo, hi)
				}
				for i := lo; i < hi; i++ {
					seen[i].Add(1)
				}
			})
			for i := range seen {
				if c := seen[i].Load(); c != 1 {
					t.Fatalf("workers=%d n=%d: index %d visited %d times", workers, n, i, c)
				}
			}
		}
	}
}
