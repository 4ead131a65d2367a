package display_test

import (
	"fmt"

	"gonum.org/v1/gonum/mat"

	"github.com/linae/linae/kernel/display"
)

// A gonum matrix, the value of a cell's last expression, renders as an HTML
// table and as text with its dimensions; a large one with its middle rows
// and columns elided.
func ExampleRich_matrix() {
	m := mat.NewDense(8, 8, nil)
	for i := 0; i < 8; i++ {
		m.Set(i, i, float64(i+1))
	}
	d, ok, err := display.Rich(m)
	fmt.Println(ok, err)
	fmt.Println(d.Data[display.MIMETypeText])
	// Output:
	// true <nil>
	// *mat.Dense 8×8
	//  ⎡1  0  0  ...  ...  0  0  0⎤
	//  ⎢0  2  0            0  0  0⎥
	//  ⎢0  0  3            0  0  0⎥
	//   .
	//   .
	//   .
	//  ⎢0  0  0            6  0  0⎥
	//  ⎢0  0  0            0  7  0⎥
	//  ⎣0  0  0  ...  ...  0  0  8⎦
}
