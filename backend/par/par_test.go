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
