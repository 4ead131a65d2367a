// Package par runs the parallel loops of this module's numerical code on
// GOMAXPROCS-sized sets of goroutines. Which goroutine does which piece
// never affects a result: the pieces are fixed by the caller, and each is
// computed whole by one goroutine.
package par
