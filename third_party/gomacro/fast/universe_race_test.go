/*
 * gomacro - A Go interpreter with Lisp-like macros
 *
 *     This Source Code Form is subject to the terms of the Mozilla Public
 *     License, v. 2.0. If a copy of the MPL was not distributed with this
 *     file, You can obtain one at http://mozilla.org/MPL/2.0/.
 *
 *
 * universe_race_test.go
 */

package fast

import (
	"fmt"
	"testing"
)

// TestTypeLookupWhileCompiling: an interpreted goroutine that declares
// variables looks their types up in the Universe's type map while the
// interpreter compiles new types into it. Run with -race: the map was not
// safe for that (and a lookup writes the hasher's memo), which the race
// detector reported and which could end the process with Go's "concurrent
// map read and map write".
func TestTypeLookupWhileCompiling(t *testing.T) {
	ir := New()
	ir.Eval(`type pair struct{ a, b []int }
stop := make(chan bool)
done := make(chan int)
go func() {
	n := 0
	for {
		select {
		case <-stop:
			done <- n
			return
		default:
		}
		var p pair
		var q [2]pair
		n += len(p.a) + len(q) - 2 + 1
	}
}()`)
	for i := 0; i < 100; i++ {
		ir.Eval(fmt.Sprintf("type gen%d struct{ x [%d]int; y map[string][%d]float64 }", i, i+1, i+2))
	}
	vals, _ := ir.Eval("close(stop)\n<-done")
	if len(vals) != 1 || vals[0].ReflectValue().Int() <= 0 {
		t.Fatalf("the goroutine declared no variables: %v", vals)
	}
}
