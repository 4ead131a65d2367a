/*
 * gomacro - A Go interpreter with Lisp-like macros
 *
 * Copyright (C) 2018-2019 Massimiliano Ghilardi
 *
 *     This Source Code Form is subject to the terms of the Mozilla Public
 *     License, v. 2.0. If a copy of the MPL was not distributed with this
 *     file, You can obtain one at http://mozilla.org/MPL/2.0/.
 *
 *
 * signal.go
 *
 *  Created on: Apr 14, 2018
 *      Author: Massimiliano Ghilardi
 */

package base

import (
	"fmt"
	"os"
	"os/signal"
	"sync/atomic"
)

// =======================================================================

func StartSignalHandler(handler func(os.Signal)) chan os.Signal {
	c := make(chan os.Signal, 1)
	signal.Notify(c, os.Interrupt)
	go signalHandlerGoroutine(c, handler)
	return c
}

func StopSignalHandler(c chan os.Signal) {
	close(c)
}

func signalHandlerGoroutine(c chan os.Signal, handler func(os.Signal)) {
	for {
		sig, ok := <-c
		if !ok {
			break
		}
		if handler != nil {
			handler(sig)
		}
	}
}

// =======================================================================

type Signal uint8

const (
	SigDefer Signal = 1 << iota // request to install a defer function
	SigReturn
	SigInterrupt // user pressed Ctrl+C, process received SIGINT, or similar
	SigDebug     // debugger asked to execute in single-step mode

	SigNone = Signal(0) // no signal
	SigAll  = ^SigNone  // mask of all possible signals
)

func (sig Signal) String() string {
	var s string
	switch sig {
	case SigNone:
		s = "// signal: none"
	case SigDefer:
		s = "// signal: defer"
	case SigReturn:
		s = "// signal: return"
	case SigInterrupt:
		s = "// signal: interrupt"
	case SigDebug:
		s = "// signal: debug"
	default:
		s = fmt.Sprintf("// signal: unknown(%d)", uint16(sig))
	}
	return s
}

type Signals struct {
	Sync  Signal
	Debug Signal
	_     [2]Signal
	// async is set by other goroutines (an interrupt) while the owner runs:
	// it is only accessed atomically, through Async and SetAsync
	async uint32
}

func (s *Signals) IsEmpty() bool {
	return s.Sync == SigNone && s.Debug == SigNone && atomic.LoadUint32(&s.async) == 0
}

// Async returns the asynchronous signal, set by SetAsync from any goroutine
func (s *Signals) Async() Signal {
	return Signal(atomic.LoadUint32(&s.async))
}

// SetAsync sets the asynchronous signal; it is safe to call from any goroutine
func (s *Signals) SetAsync(sig Signal) {
	atomic.StoreUint32(&s.async, uint32(sig))
}
