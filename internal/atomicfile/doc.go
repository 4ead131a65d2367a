// Package atomicfile writes a file so that a reader never sees it half
// written: the figures, the results records, the kernel's spec and compiled
// cells, the generated bindings and the benchmark reports all go through
// Write, so that an interrupted run or a full disk leaves the old file (or
// none), never a truncated one.
package atomicfile
