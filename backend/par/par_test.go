package par

import (
	"runtime"
	"sync"
	"sync/atomic"
	"testing"
	"time"
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

// TestEachShared checks that every index is visited once when loops share
// the team in every way they can: Each called from inside fn (the team is
// busy: new goroutines run the inner loop), from several goroutines at once,
// one loop right after another (helpers still looking), after a pause
// long enough that the helpers block, and with GOMAXPROCS lowered and
// raised between loops (helpers beyond it block).
func TestEachShared(t *testing.T) {
	check := func(name string, seen []atomic.Int32) {
		t.Helper()
		for i := range seen {
			if c := seen[i].Load(); c != 1 {
				t.Fatalf("%s: index %d visited %d times", name, i, c)
			}
		}
	}
	saved := runtime.GOMAXPROCS(0)
	defer runtime.GOMAXPROCS(saved)
	for _, procs := range []int{4, 1, 3, 2} {
		runtime.GOMAXPROCS(procs)
		for range 50 {
			seen := make([]atomic.Int32, 37)
			Each(4, len(seen), func(i int) { seen[i].Add(1) })
			check("one after another", seen)
		}
		time.Sleep(3 * spinWait)
		seen := make([]atomic.Int32, 37)
		Each(4, len(seen), func(i int) { seen[i].Add(1) })
		check("after a pause", seen)

		outer := make([]atomic.Int32, 6)
		inner := make([][]atomic.Int32, len(outer))
		for i := range inner {
			inner[i] = make([]atomic.Int32, 11)
		}
		Each(3, len(outer), func(i int) {
			outer[i].Add(1)
			Each(3, len(inner[i]), func(j int) { inner[i][j].Add(1) })
		})
		check("outer", outer)
		for i := range inner {
			check("inner", inner[i])
		}

		var wg sync.WaitGroup
		many := make([][]atomic.Int32, 8)
		for g := range many {
			many[g] = make([]atomic.Int32, 101)
			wg.Add(1)
			go func() {
				defer wg.Done()
				for range 20 {
					for i := range many[g] {
						many[g][i].Store(0)
					}
					Each(2, len(many[g]), func(i int) { many[g][i].Add(1) })
					for i := range many[g] {
						if c := many[g][i].Load(); c != 1 {
							t.Errorf("goroutine %d: index %d visited %d times", g, i, c)
							return
						}
					}
				}
			}()
		}
		wg.Wait()
	}
}

// TestEachRunsAtOnce checks that a loop's pieces run at once: with one
// piece per worker and each piece waiting for the other to start, the loop
// ends only if a helper joins the caller (it would wait for ever if the
// caller ran the pieces alone, one after the other).
func TestEachRunsAtOnce(t *testing.T) {
	saved := runtime.GOMAXPROCS(0)
	defer runtime.GOMAXPROCS(saved)
	runtime.GOMAXPROCS(max(2, saved))
	var started atomic.Int32
	done := make(chan struct{})
	go func() {
		Each(2, 2, func(int) {
			started.Add(1)
			for started.Load() < 2 {
				runtime.Gosched()
			}
		})
		close(done)
	}()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		t.Fatal("the two pieces did not run at once")
	}
}
