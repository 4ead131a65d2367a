// Package par runs the parallel loops of this module's numerical code on
// GOMAXPROCS-sized sets of goroutines. Which goroutine does which piece
// never affects a result: the pieces are fixed by the caller, and each is
// computed whole by one goroutine.
//
// The goroutines of a loop are its caller and helpers kept between loops
// (one per processor but the caller's), which look for the next loop for
// a millisecond before they block: numerical code runs its loops in quick
// succession, and waking a blocked thread can take as long as a small loop
// (on a virtual machine whose idle processor the host has descheduled, a
// hundred microseconds or more). A helper
// that found no seat in a loop (one narrower than the team) blocks at
// once.
package par
