//go:build !amd64 || noasm

package eigen

// There is no rotation kernel here.
const (
	haveAVX2     = false
	haveAVX512   = false
	haveRotate16 = false
	wide         = false
)

func rotate16(rots *rotation, nrots int, t *float64) {
	panic("eigen: no rotate16 on this architecture")
}

func rotate32(rots *rotation, nrots int, t *float64) {
	panic("eigen: no rotate32 on this architecture")
}
