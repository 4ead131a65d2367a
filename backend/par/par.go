package par

import (
	"runtime"
	"sync"
	"sync/atomic"
	"time"
)

// Each calls fn(i) for i = 0..n-1 on up to workers goroutines, the calling
// one among them, which take the indices in order from a shared counter (so
// uneven pieces balance), and returns when all calls have. With workers ≤ 1
// it calls them in order on the calling goroutine.
//
// The other goroutines are the team's helpers (see spinWait) when the team
// is free and GOMAXPROCS is above 1, at most min(workers, GOMAXPROCS) − 1
// of them, and new goroutines otherwise: a call of Each from inside fn, or
// from two goroutines at once, still runs its pieces in parallel. With
// the team, pieces must not wait for more pieces than that to start.
//
// A panic in fn is a programmer error: on a helper it ends the program;
// on the caller it leaves Each while helpers may still run pieces.
func Each(workers, n int, fn func(i int)) {
	workers = min(workers, n)
	if workers <= 1 {
		for i := range n {
			fn(i)
		}
		return
	}
	l := &loop{fn: fn, n: int64(n), done: make(chan struct{})}
	helpers := min(workers, runtime.GOMAXPROCS(0)) - 1
	if helpers >= 1 && team.busy.CompareAndSwap(false, true) {
		defer team.busy.Store(false)
		team.post(l, helpers)
	} else {
		for range workers - 1 {
			go l.work()
		}
	}
	l.work()
	l.wait()
	// The team keeps the last loop until the next: not what fn holds. No
	// goroutine reads fn once every piece is done.
	l.fn = nil
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
	Each(workers, workers, func(w int) {
		fn(w*n/workers, (w+1)*n/workers)
	})
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

// loop is one call of Each: its pieces, the counter its goroutines take
// them from, and the count of those done.
type loop struct {
	fn       func(int)
	n        int64
	next     atomic.Int64
	finished atomic.Int64
	// seats is the number of the team's helpers that may still join.
	seats atomic.Int32
	// done is closed by whoever finishes the last piece.
	done chan struct{}
}

// work calls fn on the pieces it takes until none is left.
func (l *loop) work() {
	for {
		i := l.next.Add(1) - 1
		if i >= l.n {
			return
		}
		l.fn(int(i))
		if l.finished.Add(1) == l.n {
			close(l.done)
		}
	}
}

// wait returns when every piece is done, looking (see spinWait) before it
// blocks: while a helper ends its last piece, and when it has, the caller
// keeps its processor, which the host would otherwise take back.
func (l *loop) wait() {
	if !look(spinWait, func() bool { return l.finished.Load() == l.n }) {
		<-l.done
	}
}

// look reports whether done() became true within limit, letting any other
// goroutine ready on this processor run every yieldEvery while it looks.
func look(limit time.Duration, done func() bool) bool {
	start := time.Now()
	var yielded time.Duration
	for polls := 1; !done(); polls++ {
		if polls%256 != 0 {
			continue
		}
		since := time.Since(start)
		if since > limit {
			return false
		}
		if since-yielded > yieldEvery {
			runtime.Gosched()
			yielded = since
		}
	}
	return true
}

// spinWait is how long a helper of the team keeps looking for the next
// loop after it finished one, before it blocks. Waking a blocked
// goroutine's thread takes tens of microseconds, and on a virtual machine
// whose idle processor the host has descheduled a hundred or more, while
// numerical code calls Each in quick succession (a training step's products
// and elementwise passes, an optimiser's iterations between evaluations): a
// helper still looking joins the next loop at once. BLAS libraries' threads
// wait the same way, for longer (OpenBLAS's, OpenMP's). It yields its
// processor to any other goroutine that is ready while it looks.
const spinWait = 1000 * time.Microsecond

// yieldEvery is how often a goroutine looking for a loop, or for its end,
// lets another goroutine ready on its processor run: not at every look,
// since runtime.Gosched takes the scheduler's lock, which the other
// processor's goroutines need too.
const yieldEvery = 20 * time.Microsecond

// helperTeam is the helpers that Each's loops share, one per processor but
// the caller's (as many as the largest GOMAXPROCS − 1 a loop has needed),
// started as loops first need them; one loop at a time has the team
// (busy).
type helperTeam struct {
	busy    atomic.Bool
	current atomic.Pointer[loop] // the newest loop posted

	mu       sync.Mutex
	posted   *sync.Cond // on mu: current has changed
	size     int        // helpers started
	sleeping int        // helpers blocked on posted
}

var team = func() *helperTeam {
	t := &helperTeam{}
	t.posted = sync.NewCond(&t.mu)
	return t
}()

// post offers l to helpers of the team, starting helpers if it has fewer;
// the caller has the team.
func (t *helperTeam) post(l *loop, helpers int) {
	l.seats.Store(int32(helpers))
	t.mu.Lock()
	t.current.Store(l)
	for t.size < helpers {
		go t.help(t.size)
		t.size++
	}
	// Wake no more helpers than the loop has seats for.
	woke := min(t.sleeping, helpers)
	for range woke {
		t.posted.Signal()
	}
	t.mu.Unlock()
	if woke > 0 {
		// The woken helpers wait on this processor's queue, where another
		// processor takes a goroutine only after a pause (it might be
		// about to run): the caller yields to them and is itself taken
		// from the global queue.
		runtime.Gosched()
	}
}

// help is helper id's life: join each loop posted after the last it saw
// while it has a seat, looking for the next for spinWait, then blocked.
func (t *helperTeam) help(id int) {
	var last *loop
	seated := true
	for {
		// A helper beyond GOMAXPROCS − 1 (GOMAXPROCS was lowered) blocks
		// at once: looking would take a processor from the caller. So does
		// one that found no seat in the last loop (loops narrower than
		// the team), which would only keep a processor busy.
		spin := spinWait
		if !seated || id >= runtime.GOMAXPROCS(0)-1 {
			spin = 0
		}
		if !look(spin, func() bool { return t.current.Load() != last }) {
			t.mu.Lock()
			for t.current.Load() == last {
				t.sleeping++
				t.posted.Wait()
				t.sleeping--
			}
			t.mu.Unlock()
		}
		last = t.current.Load()
		seated = last.seats.Add(-1) >= 0
		if seated {
			last.work()
		}
	}
}
