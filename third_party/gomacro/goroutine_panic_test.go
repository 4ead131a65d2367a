/*
 * gomacro - A Go interpreter with Lisp-like macros
 *
 *     This Source Code Form is subject to the terms of the Mozilla Public
 *     License, v. 2.0. If a copy of the MPL was not distributed with this
 *     file, You can obtain one at http://mozilla.org/MPL/2.0/.
 *
 *
 * goroutine_panic_test.go
 */

package main

import (
	"testing"
	"time"

	"github.com/cosmos72/gomacro/fast"
)

// TestGoroutinePanicHook: with IrGlobals.GoroutinePanic set, a panic in a
// goroutine started by interpreted code (directly, through a named
// function, or by a goroutine it started) reaches the hook with the Owner
// of the code that started it, instead of ending the process; a recover in
// the goroutine comes first, and runtime.Goexit is no panic.
func TestGoroutinePanicHook(t *testing.T) {
	type report struct{ owner, value interface{} }
	reports := make(chan report, 10)
	ir := fast.New()
	ir.Comp.IrGlobals.GoroutinePanic = func(owner, value interface{}) {
		reports <- report{owner, value}
	}
	ir.Eval(`import "runtime"; func explode(s string) { panic(s) }; recovered := make(chan interface{}, 1); exited := make(chan int)`)
	for i, tc := range []struct{ code, value string }{
		{`go func() { panic("direct") }()`, "direct"},
		{`go explode("named")`, "named"},
		{`go func() { go func() { explode("nested") }() }()`, "nested"},
	} {
		ir.PrepareEnv().Run.Owner = i
		ir.Eval(tc.code)
		select {
		case r := <-reports:
			if r.owner != i || r.value != tc.value {
				t.Errorf("%s: hook got owner %v, value %v", tc.code, r.owner, r.value)
			}
		case <-time.After(10 * time.Second):
			t.Fatalf("%s: the hook was not called", tc.code)
		}
	}
	vals, _ := ir.Eval(`go func() { defer func() { recovered <- recover() }(); panic("own") }(); <-recovered`)
	if len(vals) != 1 || vals[0].Interface() != "own" {
		t.Errorf("the goroutine's own recover got %v", vals)
	}
	ir.Eval(`go func() { defer func() { close(exited) }(); runtime.Goexit() }(); <-exited`)
	select {
	case r := <-reports:
		t.Errorf("runtime.Goexit: hook called with %v (%T)", r.value, r.value)
	case <-time.After(100 * time.Millisecond):
	}
}
