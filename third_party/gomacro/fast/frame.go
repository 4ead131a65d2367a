/*
 * gomacro - A Go interpreter with Lisp-like macros
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at http://mozilla.org/MPL/2.0/.
 *
 * frame.go: top-level frames (a linae change, see LINAE.md)
 */

package fast

import (
	"weak"

	xr "github.com/cosmos72/gomacro/xreflect"
)

// frames are the top-level frames of an Interp that runs its expressions
// in frames (see UseFrames).
type frames struct {
	live  []weak.Pointer[Env] // every frame made, some perhaps collected
	prune int                 // compact live when it grows past this
}

// UseFrames makes RunExpr and DebugExpr run each expression in a frame of
// its own: an Env that shares the top level's variables (the same Vals and
// Ints backing arrays) and has its own execution state (IP, Code, Run,
// DebugComp). An embedder that gives up on a goroutine blocked in compiled
// code in the middle of an expression (it cannot stop it) and runs the
// next expressions on another goroutine needs this: otherwise the two
// goroutines read and write the one top-level Env's IP and Code, and should
// the blocked call return, the old goroutine runs the new code.
//
// Closures created at top level keep their frame, so its slices must stay
// those of the top level. UseFrames therefore reserves nvals and nints
// slots, and makes both slices as long as their capacity, so that
// declaring more top-level names writes neither header until the
// reservation is used up. Ints is then never reallocated: the numbers
// declared beyond it are stored in Vals (Comp.IntBindMax, as after an
// address of Ints was taken; a frame may take one, of a variable it shares).
// Should Vals outgrow its reservation, it is reallocated and every live
// frame's copy of its header is updated (a goroutine running in a frame
// then may race with that update: the reservation makes it rare).
//
// Call it once, before running code.
func (ir *Interp) UseFrames(nvals, nints int) {
	env := ir.env
	if cap(env.Vals) < nvals {
		vals := make([]xr.Value, nvals)
		copy(vals, env.Vals)
		env.Vals = vals
	}
	env.Vals = env.Vals[:cap(env.Vals)]
	if !env.IntAddressTaken && cap(env.Ints) < nints {
		ints := make([]uint64, nints)
		copy(ints, env.Ints)
		env.Ints = ints
	}
	env.Ints = env.Ints[:cap(env.Ints)]
	// IntBindMax 0 means no limit: with no room at all, every number goes
	// to Vals.
	max := cap(env.Ints)
	if max == 0 {
		max = -1
	}
	if ir.Comp.IntBindMax == 0 || ir.Comp.IntBindMax > max {
		ir.Comp.IntBindMax = max
	}
	if ir.frames == nil {
		ir.frames = &frames{prune: 64}
	}
}

// frame returns a new top-level frame of env, the top level.
func (ir *Interp) frame(env *Env) *Env {
	f := &Env{
		EnvBinds:      env.EnvBinds,
		Outer:         env.Outer,
		Run:           env.Run,
		FileEnv:       env.FileEnv,
		DebugComp:     env.DebugComp,
		CallDepth:     env.CallDepth,
		UsedByClosure: true, // never put in a pool: closures may keep it
	}
	fs := ir.frames
	fs.live = append(fs.live, weak.Make(f))
	if len(fs.live) > fs.prune {
		n := 0
		for _, w := range fs.live {
			if w.Value() != nil {
				fs.live[n] = w
				n++
			}
		}
		for i := n; i < len(fs.live); i++ {
			fs.live[i] = weak.Pointer[Env]{}
		}
		fs.live = fs.live[:n]
		fs.prune = 2*n + 64
	}
	return f
}

// refreshFrames gives every live frame the top level's current slices,
// after they were reallocated.
func (ir *Interp) refreshFrames() {
	for _, w := range ir.frames.live {
		if f := w.Value(); f != nil {
			f.EnvBinds = ir.env.EnvBinds
		}
	}
}
