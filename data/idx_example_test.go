package data_test

import (
	"bytes"
	"fmt"

	"github.com/linae/linae/data"
)

// The number of elements a file declares is checked against a limit before
// its data are read, and the error names what it declares. IDXReader sets
// another limit.
func ExampleIDXReader() {
	// A header alone (magic 00 00 08 01, one size) that declares 2^28
	// ubyte elements, 2 GiB as float64: beyond ReadIDX's default limit.
	header := []byte{0, 0, 0x08, 1, 0x10, 0, 0, 0}
	_, err := data.ReadIDX(bytes.NewReader(header))
	fmt.Println(err)

	// A 2×3 array, read with a limit of 6 elements.
	file := []byte{0, 0, 0x08, 2, 0, 0, 0, 2, 0, 0, 0, 3, 1, 2, 3, 4, 5, 6}
	x, err := data.IDXReader{MaxElements: 6}.Read(bytes.NewReader(file))
	if err != nil {
		panic(err)
	}
	fmt.Println(x.Dims, x.Data)
	// Output:
	// data: ReadIDX: dimensions [268435456] declare 268435456 elements (2.15 GB as float64), more than the limit of 134217728 (IDXReader.MaxElements raises it)
	// [2 3] [1 2 3 4 5 6]
}
