/*
 * gomacro - A Go interpreter with Lisp-like macros
 *
 *     This Source Code Form is subject to the terms of the Mozilla Public
 *     License, v. 2.0. If a copy of the MPL was not distributed with this
 *     file, You can obtain one at http://mozilla.org/MPL/2.0/.
 *
 *
 * frame_test.go
 */

package fast

import (
	"fmt"
	"testing"
)

// TestFrames: with UseFrames, each expression runs in a frame of its own
// that shares the top level's variables. Closures and functions created in
// one expression see what later ones assign and redefine, also after the
// top level's Vals outgrew its reservation (its frames' headers are then
// updated), and integers declared past the Ints reservation go to Vals.
func TestFrames(t *testing.T) {
	ir := New()
	ir.UseFrames(4, 4)
	ints := cap(ir.env.Ints)
	run := func(src string) int {
		t.Helper()
		vals, _ := ir.Eval(src)
		if len(vals) != 1 {
			t.Fatalf("%s: %d values", src, len(vals))
		}
		return int(vals[0].ReflectValue().Int())
	}
	ir.Eval("n := 0")
	ir.Eval("var words []string")
	ir.Eval("inc := func() { n++; words = append(words, \"w\") }")
	ir.Eval("func helper() int { return 1 }")
	ir.Eval("func callHelper() int { return helper() }")
	ir.Eval("for i := 0; i < 3; i++ { inc() }")
	frame := ir.frames.live[len(ir.frames.live)-1].Value()
	if frame == nil || frame == ir.env || &frame.Vals[0] != &ir.env.Vals[0] {
		t.Fatal("the expression did not run in a frame sharing the top level's Vals")
	}
	// Past both reservations: 40 more variables and functions.
	for i := 0; i < 20; i++ {
		ir.Eval(fmt.Sprintf("v%d := %d", i, i))
		ir.Eval(fmt.Sprintf("s%d := []int{%d}", i, i))
	}
	if cap(ir.env.Ints) != ints {
		t.Errorf("Ints reallocated: capacity %d, was %d", cap(ir.env.Ints), ints)
	}
	if len(ir.env.Vals) < 4+20 {
		t.Errorf("Vals holds %d slots after 20 more slices", len(ir.env.Vals))
	}
	ir.Eval("func helper() int { return 2 }")
	ir.Eval("inc(); inc()")
	if got := run("n*100 + len(words)*10 + callHelper()"); got != 552 {
		t.Errorf("n*100 + len(words)*10 + callHelper() = %d, want 552", got)
	}
	if got := run("v19 + s19[0] + v3"); got != 41 {
		t.Errorf("v19 + s19[0] + v3 = %d, want 41", got)
	}
	for _, w := range ir.frames.live {
		if f := w.Value(); f != nil && &f.Vals[0] != &ir.env.Vals[0] {
			t.Fatal("a live frame kept the Vals that the top level outgrew")
		}
	}
}
