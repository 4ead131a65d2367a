//go:build amd64 && !noasm

#include "textflag.h"

// func adamAVX(x, grad, v, s2 *float64, n int, c *adamConsts)
//
// adamScalar's operations on four elements a vector, in its order and each
// rounded (no fused multiply-add), so the same bits. The constants, in
// adamConsts' order: b1, 1 − b1, b2, 1 − b2, 1 − b1ᵗ, 1 − b2ᵗ, the step
// size and epsilon.
TEXT ·adamAVX(SB), NOSPLIT, $0-48
	MOVQ x+0(FP), DI
	MOVQ grad+8(FP), SI
	MOVQ v+16(FP), DX
	MOVQ s2+24(FP), R8
	MOVQ n+32(FP), CX
	MOVQ c+40(FP), AX
	VBROADCASTSD 0(AX), Y8
	VBROADCASTSD 8(AX), Y9
	VBROADCASTSD 16(AX), Y10
	VBROADCASTSD 24(AX), Y11
	VBROADCASTSD 32(AX), Y12
	VBROADCASTSD 40(AX), Y13
	VBROADCASTSD 48(AX), Y14
	VBROADCASTSD 56(AX), Y15
	SHRQ $2, CX
	JEQ adamAVX_done

adamAVX_loop:
	// v = b1·v + (1 − b1)·g
	VMOVUPD (SI), Y0
	VMULPD (DX), Y8, Y1
	VMULPD Y0, Y9, Y2
	VADDPD Y2, Y1, Y1
	VMOVUPD Y1, (DX)
	// s2 = b2·s2 + ((1 − b2)·g)·g
	VMULPD (R8), Y10, Y3
	VMULPD Y0, Y11, Y4
	VMULPD Y0, Y4, Y4
	VADDPD Y4, Y3, Y3
	VMOVUPD Y3, (R8)
	// x = x − (step·(v/(1 − b1ᵗ)))/(√(s2/(1 − b2ᵗ)) + eps)
	VDIVPD Y12, Y1, Y5
	VDIVPD Y13, Y3, Y6
	VSQRTPD Y6, Y6
	VADDPD Y15, Y6, Y6
	VMULPD Y14, Y5, Y5
	VDIVPD Y6, Y5, Y5
	VMOVUPD (DI), Y7
	VSUBPD Y5, Y7, Y7
	VMOVUPD Y7, (DI)
	ADDQ $32, SI
	ADDQ $32, DX
	ADDQ $32, R8
	ADDQ $32, DI
	DECQ CX
	JNZ adamAVX_loop

adamAVX_done:
	VZEROUPPER
	RET
