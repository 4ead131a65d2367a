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

// TestFramesIntsStayShared: the top level's Ints is never reallocated under
// frames, which share it, whatever fills it: a complex128 that needs its two
// slots at the end (also after the Eval builtin prepared a frame whose
// address of Ints was taken, or code three scopes deep took one through
// FileEnv), or no room at all.
func TestFramesIntsStayShared(t *testing.T) {
	for _, tc := range []struct {
		name  string
		nints int
		src   []string
		check string
		want  int64
	}{
		{"eval builtin", 4, []string{
			"n := 0", "inc := func() int { n++; return n }", "a := 1",
			`p, q := &a, Eval(Parse("0"))`, "b := 2", "z := complex(1, 2)",
			"inc()", "inc()", "*p = 7"}, "n*10 + a", 27},
		{"address three scopes deep", 4, []string{
			"a, b, c := 1, 2, 3",
			"func f() *int { { x1 := 0; _ = x1; { x2 := 0; _ = x2; { x3 := 0; _ = x3; return &a } } } }",
			"*f() = 10", "d := 0", "z := complex(1, 2)"}, "a + b + c + d + int(real(z))", 16},
		{"no room", 1, []string{
			"n := 0", "inc := func() int { n++; return n }", "a, b, c := 1, 2, 3", "inc()"}, "n", 1},
	} {
		ir := New()
		ir.UseFrames(4, tc.nints)
		ints := &ir.env.Ints[0:1][0]
		for _, src := range tc.src {
			ir.Eval(src)
		}
		vals, _ := ir.Eval(tc.check)
		if len(vals) != 1 || vals[0].ReflectValue().Int() != tc.want {
			t.Errorf("%s: %s = %v, want %d", tc.name, tc.check, vals, tc.want)
		}
		if &ir.env.Ints[0:1][0] != ints {
			t.Errorf("%s: the top level's Ints was reallocated", tc.name)
		}
	}
}
