// Package par runs the parallel loops of this module's numerical code on
// GOMAXPROCS-sized sets of goroutines. Which goroutine does which piece
// never affects a result: the pieces are fixed by the caller, and each is
// computed whole by one goroutine.
//
// The goroutines of a loop are its caller and helpers kept between loops
// (one per processor but the caller's), which look for the next loop for
// a millisecond before they block: numerical code runs its loops in quick
// succession, and waking a blocked thread takes tens of microseconds, far
// more on a virtual machine, which is as long as a small loop.
package par
