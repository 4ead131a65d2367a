/*
 * gomacro - A Go interpreter with Lisp-like macros
 *
 * Copyright (C) 2017-2019 Massimiliano Ghilardi
 *
 *     This Source Code Form is subject to the terms of the Mozilla Public
 *     License, v. 2.0. If a copy of the MPL was not distributed with this
 *     file, You can obtain one at http://mozilla.org/MPL/2.0/.
 *
 *
 * interface.go
 *
 *  Created on: Mar 29, 2017
 *      Author: Massimiliano Ghilardi
 */

package fast

import (
	"fmt"
	"go/ast"
	r "reflect"
	"runtime"
	"sync"
	"unsafe"
	"weak"

	"github.com/cosmos72/gomacro/base"
	"github.com/cosmos72/gomacro/base/reflect"
	"github.com/cosmos72/gomacro/go/types"
	xr "github.com/cosmos72/gomacro/xreflect"
)

type genericInterfaceReceiverType struct{}

var genericInterfaceReceiverKey genericInterfaceReceiverType

// compile an interface definition
func (c *Comp) TypeInterface(node *ast.InterfaceType) xr.Type {
	if node.Methods == nil || len(node.Methods.List) == 0 {
		return c.TypeOfInterface()
	}
	types, names := c.TypeFields(node.Methods)

	// parser returns embedded interfaces as unnamed fields
	var methodnames []string
	var methodtypes, embeddedtypes []xr.Type
	for i, typ := range types {
		if i < len(names) && len(names[i]) != 0 {
			methodnames = append(methodnames, names[i])
			methodtypes = append(methodtypes, typ)
		} else {
			if typ.Kind() != r.Interface {
				c.Errorf("embedded interface is not an interface: %v", typ)
			}
			embeddedtypes = append(embeddedtypes, typ)
		}
	}
	universe := c.Universe
	pkg := universe.LoadPackage(c.FileComp().Path)
	return universe.InterfaceOf(pkg, methodnames, methodtypes, embeddedtypes)
}

// InterfaceProxy returns the proxy struct that implements a compiled interface
func (c *Comp) InterfaceProxy(t xr.Type) r.Type {
	ret := c.interf2proxy[t.ReflectType()]
	if ret == nil {
		c.Errorf("internal error: proxy not found for %s type <%v>", t.Kind(), t)
	}
	return ret
}

// isProxyFor reports whether v holds one of our proxies and that proxy
// implements the compiled interface rtout.
func (g *CompGlobals) isProxyFor(v xr.Value, rtout r.Type) bool {
	if v.Kind() == r.Interface {
		v = v.Elem()
	}
	if !v.IsValid() || v == None {
		return false
	}
	rt := v.Type()
	return rt != nil && rt.Kind() == r.Ptr && g.proxy2interf[rt.Elem()] != nil && rt.Implements(rtout)
}

var (
	rtypeOfError    = r.TypeOf((*error)(nil)).Elem()
	rtypeOfStringer = r.TypeOf((*fmt.Stringer)(nil)).Elem()
)

// converterKeepingPrintMethods compiles the conversion of an interpreted
// type with an Error or String method to a compiled interface without
// methods (as when it is passed to fmt.Println) into the conversion to
// the error or fmt.Stringer proxy, so that compiled code that looks for
// those methods finds them, as it does for a compiled type.
// It returns nil for every other conversion.
func (c *Comp) converterKeepingPrintMethods(tin, tout xr.Type) func(val xr.Value) xr.Value {
	rtout := tout.ReflectType()
	if rtout.Kind() != r.Interface || rtout.NumMethod() != 0 {
		return nil
	}
	g := c.CompGlobals
	for _, rtinterf := range []r.Type{rtypeOfError, rtypeOfStringer} {
		if tin.ReflectType().Implements(rtinterf) {
			return nil // a compiled method: fmt finds it
		}
		proxy := g.interf2proxy[rtinterf]
		if proxy == nil {
			continue
		}
		xinterf := g.proxy2interf[proxy]
		if xinterf == nil || !tin.Implements(xinterf) {
			continue
		}
		if tin.Kind() == r.Ptr && tin.Elem().Implements(xinterf) {
			// a method with a value receiver, called on *p as Go does
			conv := c.converterToProxy(tin.Elem(), xinterf)
			return func(val xr.Value) xr.Value {
				if val.IsNil() {
					return val.Convert(rtout)
				}
				return conv(val.Elem()).Convert(rtout)
			}
		}
		conv := c.converterToProxy(tin, xinterf)
		return func(val xr.Value) xr.Value {
			return conv(val).Convert(rtout)
		}
	}
	return nil
}

// converterToProxy compiles a conversion from 'tin' into a proxy struct that implements the interface type 'tout'
// and returns a function that performs such conversion
func (c *Comp) converterToProxy(tin xr.Type, tout xr.Type) func(val xr.Value) xr.Value {
	rtout := tout.ReflectType()       // a compiled interface
	rtproxy := c.InterfaceProxy(tout) // one of our proxies that pre-implement the compiled interface

	tsrc := tin
	if tin.Kind() == r.Ptr {
		// xr.Type.MethodByName wants T, not *T, even for methods with pointer receiver
		tsrc = tin.Elem()
	}

	vtable := xr.NewR(rtproxy).Elem()
	n := rtout.NumMethod()
	for i := 0; i < n; i++ {
		mtdout := rtout.Method(i)
		mtdin, count := tsrc.MethodByName(mtdout.Name, mtdout.PkgPath)
		if count == 0 {
			c.Errorf("cannot convert type <%v> to interface <%v>: missing method %s %s", tin, rtout, mtdout.PkgPath, mtdout.Name)
		} else if count > 1 {
			c.Errorf("type <%v> has %d wrapper methods %s %s all at the same depth=%d - cannot convert to interface <%v>",
				tin, count, mtdout.PkgPath, mtdout.Name, len(mtdin.FieldIndex), tout)
		}
		e := c.compileMethodAsFunc(tin, mtdin)
		// c.Debugf("type %v proxy %v method %s = %v // %v", tin.Name(), tout.Name(), mtdin.Name, e.Value, e.Type)
		setProxyField(vtable.Field(i+1), xr.ValueOf(e.Value))
	}
	wrap := func(v xr.Value, t xr.Type) xr.Value {
		return convert(xr.MakeValue(proxies.intern(rtproxy, t, v, func() r.Value {
			vaddr := xr.NewR(rtproxy)
			vproxy := vaddr.Elem()
			vproxy.Set(vtable)
			vproxy.Field(0).Set(xr.ValueOf(xr.MakeInterfaceHeader(v, t)))
			return vaddr.ReflectValue()
		})), rtout)
	}
	extractor := c.extractor(tin)
	if extractor == nil {
		return func(val xr.Value) xr.Value {
			return wrap(val, tin)
		}
	}
	// extract object from tin proxy or emulated interface (if any),
	// and wrap it in tout proxy
	return func(val xr.Value) xr.Value {
		v, t := extractor(val)
		return wrap(v, t)
	}
}

// proxies interns the proxies of comparable values.
var proxies = proxyInterner{m: map[proxyKey]weak.Pointer[byte]{}}

// proxyInterner gives equal values of an interpreted type, converted to the
// same compiled interface, the same proxy: compiled code compares interface
// values with == (errors.Is(err, target) does), which for a proxy, a
// pointer, compares identities, while Go compares the values. The table
// holds a proxy weakly, and a proxy's cleanup removes its entry.
type proxyInterner struct {
	mu sync.Mutex
	m  map[proxyKey]weak.Pointer[byte]
}

type proxyKey struct {
	proxy r.Type     // the proxy struct, one per compiled interface
	t     types.Type // the value's type (xr.Type is not comparable)
	val   interface{}
}

// intern returns the proxy of the value v of type t made by newProxy, or
// the one made before for an equal value; values that cannot be map keys
// (not comparable, or not equal to themselves as a NaN) get a new one.
func (pi *proxyInterner) intern(rtproxy r.Type, t xr.Type, v xr.Value, newProxy func() r.Value) r.Value {
	key, ok := internKey(rtproxy, t, v)
	if !ok {
		return newProxy()
	}
	pi.mu.Lock()
	defer pi.mu.Unlock()
	if w, ok := pi.m[key]; ok {
		if p := w.Value(); p != nil {
			return r.NewAt(rtproxy, unsafe.Pointer(p))
		}
	}
	vaddr := newProxy()
	p := (*byte)(vaddr.UnsafePointer())
	pi.m[key] = weak.Make(p)
	runtime.AddCleanup[byte, proxyKey](p, pi.forget, key)
	return vaddr
}

// forget removes key's entry once its proxy is gone.
func (pi *proxyInterner) forget(key proxyKey) {
	pi.mu.Lock()
	defer pi.mu.Unlock()
	if w, ok := pi.m[key]; ok && w.Value() == nil {
		delete(pi.m, key)
	}
}

// internKey is the table's key for v, and false when v cannot be one.
func internKey(rtproxy r.Type, t xr.Type, v xr.Value) (key proxyKey, ok bool) {
	rv := v.ReflectValue()
	if !rv.IsValid() || !rv.CanInterface() || !rv.Type().Comparable() || rtproxy.Size() == 0 {
		return proxyKey{}, false
	}
	defer func() {
		if recover() != nil { // an interface field holding an incomparable value
			ok = false
		}
	}()
	val := rv.Interface()
	if val != val { // a NaN inside: no lookup would ever find it
		return proxyKey{}, false
	}
	return proxyKey{rtproxy, t.GoType(), val}, true
}

func setProxyField(place xr.Value, mtd xr.Value) {
	rtin := mtd.Type()
	rtout := place.Type()
	if rtin == rtout {
		place.Set(mtd)
	} else if rtin.ConvertibleTo(rtout) {
		place.Set(mtd.Convert(rtout))
	} else {
		rcall := r.Value.Call
		if rtout.IsVariadic() {
			rcall = r.Value.CallSlice
		}
		rmtd := mtd.ReflectValue()
		rfunc := r.MakeFunc(rtout, func(args []r.Value) []r.Value {
			args[0] = args[0].Interface().(xr.InterfaceHeader).Value().ReflectValue()
			return rcall(rmtd, args)
		})
		place.Set(xr.MakeValue(rfunc))
	}
}

// extract a value from a proxy struct (one of the imports.* structs) that implements an interface
// this is the inverse of the function returned by Comp.converterToProxy() above
func (g *CompGlobals) extractFromProxy(v xr.Value) (xr.Value, xr.Type) {
	// base.Debugf("type assertion: value = %v <%v>", v, base.Type(v))

	// v.Kind() is allowed also on invalid xr.Value, and it returns r.Invalid
	if v.Kind() == r.Interface {
		v = v.Elem() // extract concrete type
	}
	if !v.IsValid() || v == None {
		// cannot extract concrete type
		return v, nil
	}
	rt := v.Type()
	var xt xr.Type
	// base.Debugf("type assertion: concrete value = %v <%v>", i, t)
	if rt != nil && rt.Kind() == r.Ptr && g.proxy2interf[rt.Elem()] != nil {
		v = v.Elem().Field(0)
		if j, ok := reflect.ValueInterface(v).(xr.InterfaceHeader); ok {
			// base.Debugf("type assertion: unwrapped value = %v <%T>", j, j)
			v = j.Value()
			xt = j.Type()
		} else {
			// base.Debugf("type assertion: failed to unwrap value = %v <%T>", i, i)
			if v.Kind() == r.Interface {
				v = v.Elem() // extract concrete type
			}
		}
	}
	return v, xt
}

// converterToProxy compiles a conversion from 'tin' into the emulated interface type 'tout'
// and returns a function that performs such conversion
func (c *Comp) converterToEmulatedInterface(tin, tout xr.Type) func(val xr.Value) xr.Value {
	if !tin.Implements(tout) {
		c.Errorf("cannot convert from <%v> to <%v>", tin, tout)
	}
	n := tout.NumMethod()
	obj2methodFuncs := make([]func(xr.Value) xr.Value, n)

	tsrc := tin
	if tin.Kind() == r.Ptr {
		// xr.Type.MethodByName wants T, not *T, even for methods with pointer receiver
		tsrc = tin.Elem()
	}
	debug := c.Options&base.OptDebugMethod != 0
	for i := 0; i < n; i++ {
		mtdout := tout.Method(i)
		mtdin, count := tsrc.MethodByName(mtdout.Name, c.PackagePath) // pkgpath is ignored for exported names

		if count == 0 {
			c.Errorf("cannot convert from <%v> to <%v>: missing method %s %s", tin, tout, mtdout.Name, mtdout.Type)
		} else if count > 1 {
			c.Errorf("cannot convert from <%v> to <%v>: multiple methods match %s %s", tin, tout, mtdout.Name, mtdout.Type)
		} else if mtdin.Type == nil {
			c.Errorf("cannot convert from <%v> to <%v>: internal error, method %s of <%v> has nil type!\n\t(known bug under investigation, see https://github.com/cosmos72/gomacro/issues/139)",
				tin, tout, mtdin.Name, tin)
		} else if mtdout.Type == nil {
			c.Errorf("cannot convert from <%v> to <%v>: internal error, method %s of <%v> has nil type!\n\t(known bug under investigation, see https://github.com/cosmos72/gomacro/issues/139)",
				tin, tout, mtdout.Name, tout)
		} else if !mtdin.Type.AssignableTo(mtdout.Type) {
			c.Errorf("cannot convert from <%v> to <%v>: mismatched method %s: expecting %v, found %v",
				tin, tout, mtdout.Name, mtdout.Type, mtdin.Type)
		}
		obj2methodFuncs[i] = c.compileObjGetMethod(tin, mtdin)
		if debug {
			c.Debugf("compiled  method conversion from %v.%s <%v> (concrete method %d) to %v.%s <%v> (interface method %d)",
				tin, mtdin.Name, mtdin.Type, mtdin.Index, tout, mtdout.Name, mtdout.Type, mtdout.Index)
		}
	}
	rtout := tout.ReflectType()

	extractor := c.extractor(tin)
	if extractor == nil {
		return func(obj xr.Value) xr.Value {
			return xr.ToEmulatedInterface(rtout, obj, tin, obj2methodFuncs)
		}
	}
	// extract object from tin proxy or emulated interface (if any),
	// and wrap it in tout emulated interface
	return func(obj xr.Value) xr.Value {
		v, t := extractor(obj)
		return xr.ToEmulatedInterface(rtout, v, t, obj2methodFuncs)
	}
}

// return a function that extracts value wrapped in a proxy or emulated interface
// returns nil if no extraction is needed
func (g *CompGlobals) extractor(tin xr.Type) func(xr.Value) (xr.Value, xr.Type) {
	if tin.Kind() != r.Interface {
		return nil
	} else if xr.IsEmulatedInterface(tin) {
		return xr.FromEmulatedInterface
	} else {
		return g.extractFromProxy
	}
}

// return the error "\n\treason: t does not implement tinterf: missing method <method>"
func interfaceMissingMethod(t, tinterf xr.Type) string {
	var s string
	if tinterf.Kind() == r.Interface {
		s = fmt.Sprintf("\n\treason: %v does not implement %v", t, tinterf)
		missingmtd := xr.MissingMethod(t, tinterf)
		if missingmtd != nil {
			s = fmt.Sprintf("%s: missing method %s", s, missingmtd.String())
		}
	}
	return s
}
