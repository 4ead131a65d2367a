// Package sample exercises the generator: generics, interfaces, variadic
// methods, big untyped constants, embedded structs.
package sample

import "io"

// Big does not fit int64.
const Big = 1 << 63

// Small is an ordinary untyped constant.
const Small = 3

// V is a variable.
var V = 1

// Map is generic and cannot be bound.
func Map[T any](x []T, f func(T) T) []T { return x }

// Box is generic and cannot be bound.
type Box[T any] struct{ X T }

// Number is a constraint and cannot be bound.
type Number interface{ ~int | ~float64 }

// Logger has a variadic method and mentions another package.
type Logger interface {
	Logf(format string, args ...any)
	Writer() io.Writer
}

// Hidden has an unexported method: no proxy.
type Hidden interface{ hidden() }

// Inner has a method promoted to Outer.
type Inner struct{}

// Hello is promoted.
func (Inner) Hello() string { return "hi" }

// Outer embeds Inner.
type Outer struct{ Inner }
