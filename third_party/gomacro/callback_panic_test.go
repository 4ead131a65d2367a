/*
 * gomacro - A Go interpreter with Lisp-like macros
 *
 *     This Source Code Form is subject to the terms of the Mozilla Public
 *     License, v. 2.0. If a copy of the MPL was not distributed with this
 *     file, You can obtain one at http://mozilla.org/MPL/2.0/.
 *
 *
 * callback_panic_test.go
 */

package main

import (
	"testing"
	"time"

	"github.com/cosmos72/gomacro/fast"
)

// TestCallbackPanicHook: with IrGlobals.GoroutinePanic set, a panic in an
// interpreted function that compiled code calls on a goroutine of its own
// reaches the hook with a nil owner and ends that goroutine, instead of
// ending the process; a recover in the function, also around a nested
// interpreted call, comes first. On the goroutine that runs the
// interpreter, and on one that took over with NewRun, a panic in such a
// callback goes on through the compiled caller to the interpreted code.
func TestCallbackPanicHook(t *testing.T) {
	type report struct{ owner, value interface{} }
	reports := make(chan report, 10)
	ir := fast.New()
	ir.Comp.IrGlobals.GoroutinePanic = func(owner, value interface{}) {
		reports <- report{owner, value}
	}
	ended := make(chan string, 10)
	ir.DeclVar("later", nil, func(f func()) {
		go func() {
			defer func() { ended <- "ended" }()
			f()
			ended <- "returned"
		}()
	})
	ir.DeclVar("now", nil, func(f func()) { f() })
	ir.Eval(`func inner() { panic("inner") }; got := make(chan interface{}, 1)`)

	ir.Eval(`later(func() { panic("foreign") })`)
	select {
	case r := <-reports:
		if r.owner != nil || r.value != "foreign" {
			t.Errorf("hook got owner %v, value %v", r.owner, r.value)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("the hook was not called")
	}
	if e := <-ended; e != "ended" {
		t.Errorf("the goroutine %s after the panic, want it ended", e)
	}

	vals, _ := ir.Eval(`later(func() { defer func() { got <- recover() }(); inner() }); <-got`)
	if len(vals) != 1 || vals[0].Interface() != "inner" {
		t.Errorf("the callback's own recover got %v", vals)
	}
	if e := <-ended; e != "returned" {
		t.Errorf("the goroutine %s after a recovered panic", e)
	}

	evalPanic := func() (r interface{}) {
		defer func() { r = recover() }()
		ir.Eval(`now(func() { panic("sync") })`)
		return nil
	}
	if r := evalPanic(); r != "sync" {
		t.Errorf("a callback on the interpreter's goroutine: Eval panicked with %v, want sync", r)
	}
	took := make(chan interface{})
	go func() {
		ir.NewRun()
		took <- evalPanic()
	}()
	if r := <-took; r != "sync" {
		t.Errorf("a callback on the goroutine that took over: Eval panicked with %v, want sync", r)
	}
	select {
	case r := <-reports:
		t.Errorf("hook called with %v for a panic that propagated", r.value)
	default:
	}
}
