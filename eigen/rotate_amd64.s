#include "textflag.h"

// func rotate16(rots *rotation, nrots int, t *float64)
//
// For each rotation (c, s, i), 24 bytes, in order: columns i and i+1 of 16
// interleaved rows (t[i·16 + r] is row r, column i; a column is 128 bytes)
// become (c·x − s·y, s·x + c·y), four rows per register.
TEXT ·rotate16(SB), NOSPLIT, $0-24
	MOVQ rots+0(FP), SI
	MOVQ nrots+8(FP), CX
	MOVQ t+16(FP), DI
	TESTQ CX, CX
	JEQ done
loop:
	VBROADCASTSD (SI), Y14 // c
	VBROADCASTSD 8(SI), Y15 // s
	MOVQ 16(SI), AX
	SHLQ $7, AX
	ADDQ DI, AX // column i
	VMOVUPD 0(AX), Y0
	VMOVUPD 128(AX), Y1
	VMOVUPD 32(AX), Y3
	VMOVUPD 160(AX), Y4
	VMOVUPD 64(AX), Y6
	VMOVUPD 192(AX), Y7
	VMOVUPD 96(AX), Y9
	VMOVUPD 224(AX), Y10
	VMULPD Y1, Y15, Y2
	VMULPD Y1, Y14, Y1
	VMULPD Y4, Y15, Y5
	VMULPD Y4, Y14, Y4
	VMULPD Y7, Y15, Y8
	VMULPD Y7, Y14, Y7
	VMULPD Y10, Y15, Y11
	VMULPD Y10, Y14, Y10
	VFMSUB231PD Y0, Y14, Y2 // c·x − s·y
	VFMADD231PD Y0, Y15, Y1 // s·x + c·y
	VFMSUB231PD Y3, Y14, Y5 // c·x − s·y
	VFMADD231PD Y3, Y15, Y4 // s·x + c·y
	VFMSUB231PD Y6, Y14, Y8 // c·x − s·y
	VFMADD231PD Y6, Y15, Y7 // s·x + c·y
	VFMSUB231PD Y9, Y14, Y11 // c·x − s·y
	VFMADD231PD Y9, Y15, Y10 // s·x + c·y
	VMOVUPD Y2, 0(AX)
	VMOVUPD Y1, 128(AX)
	VMOVUPD Y5, 32(AX)
	VMOVUPD Y4, 160(AX)
	VMOVUPD Y8, 64(AX)
	VMOVUPD Y7, 192(AX)
	VMOVUPD Y11, 96(AX)
	VMOVUPD Y10, 224(AX)
	ADDQ $24, SI
	DECQ CX
	JNZ loop
done:
	VZEROUPPER
	RET
