//go:build !amd64 || noasm

package eigen

const haveRotate16 = false

func rotate16(rots *rotation, nrots int, t *float64) {
	panic("eigen: no rotate16 on this architecture")
}
