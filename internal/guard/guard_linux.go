//go:build linux

package guard

import (
	"syscall"
	"testing"
	"unsafe"
)

// Floats returns n float64s that end where an inaccessible page begins;
// the memory is unmapped when t's test ends.
func Floats(t testing.TB, n int) []float64 {
	t.Helper()
	const page = 4096
	size := (8*n+page-1)/page*page + page
	mem, err := syscall.Mmap(-1, 0, size, syscall.PROT_READ|syscall.PROT_WRITE, syscall.MAP_ANON|syscall.MAP_PRIVATE)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { syscall.Munmap(mem) })
	if err := syscall.Mprotect(mem[size-page:], syscall.PROT_NONE); err != nil {
		t.Fatal(err)
	}
	return unsafe.Slice((*float64)(unsafe.Pointer(&mem[size-page-8*n])), n)
}
