/*
 * gomacro - A Go interpreter with Lisp-like macros
 *
 *     This Source Code Form is subject to the terms of the Mozilla Public
 *     License, v. 2.0. If a copy of the MPL was not distributed with this
 *     file, You can obtain one at http://mozilla.org/MPL/2.0/.
 *
 *
 * proxy_intern_test.go
 */

package fast

import (
	"runtime"
	"testing"
	"time"
)

// TestProxyIntern: equal values of an interpreted type converted to a
// compiled interface compare equal in compiled code (errors.Is), unequal
// values and values of another type with the same fields do not, and the
// table forgets proxies that are gone.
func TestProxyIntern(t *testing.T) {
	ir := New()
	ir.Eval(`import ("errors"; "fmt"; "math")
type codeErr struct{ code int }
func (e codeErr) Error() string { return fmt.Sprint("code ", e.code) }
type otherErr struct{ code int }
func (e otherErr) Error() string { return fmt.Sprint("other ", e.code) }
type floatErr struct{ x float64 }
func (e floatErr) Error() string { return "float" }
func get(c int) error { return codeErr{c} }`)
	for code, want := range map[string]bool{
		`errors.Is(get(404), codeErr{404})`:                            true,
		`errors.Is(get(404), codeErr{500})`:                            false,
		`errors.Is(fmt.Errorf("w: %w", get(7)), codeErr{7})`:           true,
		`errors.Is(get(1), otherErr{1})`:                               false,
		`errors.Is(error(floatErr{math.NaN()}), floatErr{math.NaN()})`: false,
		`errors.Is(error(floatErr{2}), floatErr{2})`:                   true,
	} {
		vals, _ := ir.Eval(code)
		if len(vals) != 1 || vals[0].ReflectValue().Bool() != want {
			t.Errorf("%s = %v, want %v", code, vals, want)
		}
	}
	// Many distinct values, held, then dropped.
	ir.Eval(`kept := []error{}; for i := 0; i < 2000; i++ { kept = append(kept, get(1000 + i)) }`)
	proxies.mu.Lock()
	held := len(proxies.m)
	proxies.mu.Unlock()
	if held < 2000 {
		t.Fatalf("the proxy table holds %d entries for 2000 distinct values held", held)
	}
	ir.Eval(`kept = nil`)
	deadline := time.Now().Add(10 * time.Second)
	for {
		runtime.GC()
		proxies.mu.Lock()
		n := len(proxies.m)
		proxies.mu.Unlock()
		if n < 100 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the proxy table still holds %d entries after the proxies are gone", n)
		}
		time.Sleep(10 * time.Millisecond)
	}
}
