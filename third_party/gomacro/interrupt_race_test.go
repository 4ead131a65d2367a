/*
 * gomacro - A Go interpreter with Lisp-like macros
 *
 *     This Source Code Form is subject to the terms of the Mozilla Public
 *     License, v. 2.0. If a copy of the MPL was not distributed with this
 *     file, You can obtain one at http://mozilla.org/MPL/2.0/.
 *
 *
 * interrupt_race_test.go
 */

package main

import (
	"testing"
	"time"

	"github.com/cosmos72/gomacro/base"
	"github.com/cosmos72/gomacro/fast"
)

// TestInterruptFromAnotherGoroutine stops an endless interpreted loop with
// Interp.Interrupt called from another goroutine, as a signal handler does.
// Run with -race: the interrupt flag is shared between the two goroutines.
func TestInterruptFromAnotherGoroutine(t *testing.T) {
	ir := fast.New()
	stopped := make(chan interface{})
	go func() {
		defer func() { stopped <- recover() }()
		ir.Eval(`n := 0; for { n++ }`)
	}()
	for {
		ir.Interrupt(nil)
		select {
		case r := <-stopped:
			if r != base.SigInterrupt {
				t.Fatalf("the loop ended with %v, want %v", r, base.SigInterrupt)
			}
			return
		case <-time.After(10 * time.Millisecond):
		}
	}
}
