//go:build !race

package sae

// raceEnabled reports whether the tests run under the race detector.
const raceEnabled = false
