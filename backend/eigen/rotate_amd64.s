//go:build amd64 && !noasm

#include "textflag.h"

// func rotate16(rots *rotation, nrots int, t *float64)
//
// For each rotation (c, s, i), 24 bytes, in order: columns i and i+1 of 16
// interleaved rows (t[i·16 + r] is row r, column i; a column is 128 bytes)
// become (c·x − s·y, s·x + c·y), four rows per register.
//
// A QL sweep's rotations come with i descending by one, and each one's
// column i+1 is the column i its predecessor has just written: that column
// is taken from the registers (Y2, Y5, Y8, Y11) instead of being reloaded
// through the store just made, which put a store-to-load forwarding in the
// chain of dependent rotations and made it about half as fast.
TEXT ·rotate16(SB), NOSPLIT, $0-24
	MOVQ rots+0(FP), SI
	MOVQ nrots+8(FP), CX
	MOVQ t+16(FP), DI
	MOVQ $-2, R8 // the previous rotation's i: none
	TESTQ CX, CX
	JEQ done
loop:
	VBROADCASTSD (SI), Y14 // c
	VBROADCASTSD 8(SI), Y15 // s
	MOVQ 16(SI), BX
	MOVQ BX, AX
	SHLQ $7, AX
	ADDQ DI, AX // column i
	VMOVUPD 0(AX), Y0
	VMOVUPD 32(AX), Y3
	VMOVUPD 64(AX), Y6
	VMOVUPD 96(AX), Y9
	LEAQ 1(BX), DX
	CMPQ DX, R8
	JNE loady
	// Column i+1 is the previous rotation's column i.
	VMOVAPD Y2, Y1
	VMOVAPD Y5, Y4
	VMOVAPD Y8, Y7
	VMOVAPD Y11, Y10
	JMP rotate
loady:
	VMOVUPD 128(AX), Y1
	VMOVUPD 160(AX), Y4
	VMOVUPD 192(AX), Y7
	VMOVUPD 224(AX), Y10
rotate:
	MOVQ BX, R8
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

// func rotate32(rots *rotation, nrots int, t *float64)
//
// rotate16 in AVX-512 on 32 interleaved rows (a column is 256 bytes, four
// ZMM registers): twice the rows through the same chain of dependent
// rotations, whose latency, not the FMA units, bounds rotate16.
TEXT ·rotate32(SB), NOSPLIT, $0-24
	MOVQ rots+0(FP), SI
	MOVQ nrots+8(FP), CX
	MOVQ t+16(FP), DI
	MOVQ $-2, R8 // the previous rotation's i: none
	TESTQ CX, CX
	JEQ r32done
r32loop:
	VBROADCASTSD (SI), Z14 // c
	VBROADCASTSD 8(SI), Z15 // s
	MOVQ 16(SI), BX
	MOVQ BX, AX
	SHLQ $8, AX
	ADDQ DI, AX // column i
	VMOVUPD 0(AX), Z0
	VMOVUPD 64(AX), Z3
	VMOVUPD 128(AX), Z6
	VMOVUPD 192(AX), Z9
	LEAQ 1(BX), DX
	CMPQ DX, R8
	JNE r32loady
	// Column i+1 is the previous rotation's column i.
	VMOVAPD Z2, Z1
	VMOVAPD Z5, Z4
	VMOVAPD Z8, Z7
	VMOVAPD Z11, Z10
	JMP r32rotate
r32loady:
	VMOVUPD 256(AX), Z1
	VMOVUPD 320(AX), Z4
	VMOVUPD 384(AX), Z7
	VMOVUPD 448(AX), Z10
r32rotate:
	MOVQ BX, R8
	VMULPD Z1, Z15, Z2
	VMULPD Z1, Z14, Z1
	VMULPD Z4, Z15, Z5
	VMULPD Z4, Z14, Z4
	VMULPD Z7, Z15, Z8
	VMULPD Z7, Z14, Z7
	VMULPD Z10, Z15, Z11
	VMULPD Z10, Z14, Z10
	VFMSUB231PD Z0, Z14, Z2 // c·x − s·y
	VFMADD231PD Z0, Z15, Z1 // s·x + c·y
	VFMSUB231PD Z3, Z14, Z5 // c·x − s·y
	VFMADD231PD Z3, Z15, Z4 // s·x + c·y
	VFMSUB231PD Z6, Z14, Z8 // c·x − s·y
	VFMADD231PD Z6, Z15, Z7 // s·x + c·y
	VFMSUB231PD Z9, Z14, Z11 // c·x − s·y
	VFMADD231PD Z9, Z15, Z10 // s·x + c·y
	VMOVUPD Z2, 0(AX)
	VMOVUPD Z1, 256(AX)
	VMOVUPD Z5, 64(AX)
	VMOVUPD Z4, 320(AX)
	VMOVUPD Z8, 128(AX)
	VMOVUPD Z7, 384(AX)
	VMOVUPD Z11, 192(AX)
	VMOVUPD Z10, 448(AX)
	ADDQ $24, SI
	DECQ CX
	JNZ r32loop
r32done:
	VZEROUPPER
	RET
