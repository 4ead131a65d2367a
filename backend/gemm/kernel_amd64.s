//go:build amd64 && !noasm

#include "textflag.h"

// PREFETCH_C prefetches the 6-row C tile at DX (rows R8 bytes apart, last
// the offset of a row's last byte), which the k loop leaves time to
// arrive: a C too large for the caches otherwise misses on every row at
// the store. It uses R13.
#define PREFETCH_ROW(last) PREFETCHT0 (R13); PREFETCHT0 64(R13); PREFETCHT0 last(R13)
#define PREFETCH_C(last) MOVQ DX, R13; PREFETCH_ROW(last); ADDQ R8, R13; PREFETCH_ROW(last); ADDQ R8, R13; PREFETCH_ROW(last); ADDQ R8, R13; PREFETCH_ROW(last); ADDQ R8, R13; PREFETCH_ROW(last); ADDQ R8, R13; PREFETCH_ROW(last)

// The outer-product kernels kernel5x32s and kernel6x32s: per step of k, a
// row of B (32 columns) in Z24–Z27 and one element of A a row of C in Z28
// or Z29; row r of C accumulates in Z(4r)–Z(4r+3). alpha is in Z31 when
// they store.
#define LOADB32 \
	VMOVUPD (BX), Z24; \
	VMOVUPD 64(BX), Z25; \
	VMOVUPD 128(BX), Z26; \
	VMOVUPD 192(BX), Z27

#define FMAROW32(a, t, c0, c1, c2, c3) \
	VBROADCASTSD a, t; \
	VFMADD231PD Z24, t, c0; \
	VFMADD231PD Z25, t, c1; \
	VFMADD231PD Z26, t, c2; \
	VFMADD231PD Z27, t, c3

// ADDROW32: c += alpha·(c0..c3) for the 32 elements at DX, then DX to the
// next row. SETROW32: c = alpha·(c0..c3), c not read.
#define ADDROW32(c0, c1, c2, c3) \
	VMOVUPD (DX), Z24; \
	VMOVUPD 64(DX), Z25; \
	VMOVUPD 128(DX), Z26; \
	VMOVUPD 192(DX), Z27; \
	VFMADD231PD c0, Z31, Z24; \
	VFMADD231PD c1, Z31, Z25; \
	VFMADD231PD c2, Z31, Z26; \
	VFMADD231PD c3, Z31, Z27; \
	VMOVUPD Z24, (DX); \
	VMOVUPD Z25, 64(DX); \
	VMOVUPD Z26, 128(DX); \
	VMOVUPD Z27, 192(DX); \
	ADDQ R8, DX

#define SETROW32(c0, c1, c2, c3) \
	VMULPD c0, Z31, c0; \
	VMULPD c1, Z31, c1; \
	VMULPD c2, Z31, c2; \
	VMULPD c3, Z31, c3; \
	VMOVUPD c0, (DX); \
	VMOVUPD c1, 64(DX); \
	VMOVUPD c2, 128(DX); \
	VMOVUPD c3, 192(DX); \
	ADDQ R8, DX

// OUTERARGS8 loads the outer-product kernels' arguments but alpha (the
// AVX2 ones broadcast it when they store); OUTERARGS also broadcasts it
// into Z31 for the AVX-512 ones.
#define OUTERARGS8 \
	MOVQ k+0(FP), CX; \
	MOVQ a+8(FP), AX; \
	MOVQ lda+16(FP), R10; \
	MOVQ b+24(FP), BX; \
	MOVQ ldb+32(FP), R9; \
	MOVQ c+40(FP), DX; \
	MOVQ ldc+48(FP), R8; \
	SHLQ $3, R10; \
	SHLQ $3, R9; \
	SHLQ $3, R8

#define OUTERARGS \
	OUTERARGS8; \
	VBROADCASTSD alpha+56(FP), Z31

// ADDROW8: c += alpha·(c0, c1) for the eight elements at DX (alpha in
// Y15; Y12 and Y13 scratch), then DX to the next row. SETROW8: c =
// alpha·(c0, c1), c not read. The AVX2 kernels store a row of their
// tiles so.
#define ADDROW8(c0, c1) \
	VMOVUPD (DX), Y12; \
	VMOVUPD 32(DX), Y13; \
	VFMADD231PD c0, Y15, Y12; \
	VFMADD231PD c1, Y15, Y13; \
	VMOVUPD Y12, (DX); \
	VMOVUPD Y13, 32(DX); \
	ADDQ R8, DX

#define SETROW8(c0, c1) \
	VMULPD c0, Y15, c0; \
	VMULPD c1, Y15, c1; \
	VMOVUPD c0, (DX); \
	VMOVUPD c1, 32(DX); \
	ADDQ R8, DX

// ADDTILE8 and SETTILE8 store a 6×8 tile, row r in Y(2r), Y(2r+1), row
// by row.
#define ADDTILE8 \
	ADDROW8(Y0, Y1); \
	ADDROW8(Y2, Y3); \
	ADDROW8(Y4, Y5); \
	ADDROW8(Y6, Y7); \
	ADDROW8(Y8, Y9); \
	ADDROW8(Y10, Y11)

#define SETTILE8 \
	SETROW8(Y0, Y1); \
	SETROW8(Y2, Y3); \
	SETROW8(Y4, Y5); \
	SETROW8(Y6, Y7); \
	SETROW8(Y8, Y9); \
	SETROW8(Y10, Y11)

#define ZERO4(c0, c1, c2, c3) \
	VPXORQ c0, c0, c0; \
	VPXORQ c1, c1, c1; \
	VPXORQ c2, c2, c2; \
	VPXORQ c3, c3, c3

// kernel6x25a: per step of k, 24 columns of B̃ in Z24–Z26 and one element
// of A a row in Z27 or Z28; row r of C's first 24 columns accumulates in
// Z(3r)–Z(3r+2). Every eight steps, eight values of the 25th column in Z29
// and eight elements of each row of A give the rows' dot products, in
// Z18–Z23. Row r of A is at (AX) + r·R11: R12 = 3·R11, R13 = 5·R11.
// Each eight steps also prefetch a line of each of the next six rows of A
// (R9 = AX + 6·R11), the next tile's: in the UFLDL autoencoder's hidden
// layer A is a block of the samples, fresh from L3 or memory, and the
// six-row pattern of the loads left the kernel waiting for it (its share
// of a one-core call, bench/NOTES.md, stop 32). A prefetch changes no
// register or memory and cannot fault, also past the end of A.
#define LOADB24(s) \
	VMOVUPD (s*192)(BX), Z24; \
	VMOVUPD (s*192+64)(BX), Z25; \
	VMOVUPD (s*192+128)(BX), Z26

#define FMAROW24(a, t, c0, c1, c2) \
	VBROADCASTSD a, t; \
	VFMADD231PD Z24, t, c0; \
	VFMADD231PD Z25, t, c1; \
	VFMADD231PD Z26, t, c2

#define STEP25(s) \
	LOADB24(s); \
	FMAROW24((s*8)(AX), Z27, Z0, Z1, Z2); \
	FMAROW24((s*8)(AX)(R11*1), Z28, Z3, Z4, Z5); \
	FMAROW24((s*8)(AX)(R11*2), Z27, Z6, Z7, Z8); \
	FMAROW24((s*8)(AX)(R12*1), Z28, Z9, Z10, Z11); \
	FMAROW24((s*8)(AX)(R11*4), Z27, Z12, Z13, Z14); \
	FMAROW24((s*8)(AX)(R13*1), Z28, Z15, Z16, Z17)

// HSUM: the sum of z's lanes in every lane, ((l0+l4)+(l2+l6)) +
// ((l1+l5)+(l3+l7)) in lane 0, in 512-bit instructions (AVX-512F alone).
#define HSUM(z) \
	VSHUFF64X2 $0x4E, z, z, Z24; \
	VADDPD Z24, z, z; \
	VSHUFF64X2 $0xB1, z, z, Z24; \
	VADDPD Z24, z, z; \
	VPERMILPD $0x55, z, Z24; \
	VADDPD Z24, z, z

// ADDROW25: c += alpha·(c0..c2, d) for the 25 elements at DX, then DX to
// the next row. SETROW25: c = alpha·(c0..c2, d), c not read.
#define ADDROW25(c0, c1, c2, d, xd) \
	VMOVUPD (DX), Z24; \
	VMOVUPD 64(DX), Z25; \
	VMOVUPD 128(DX), Z26; \
	VMOVSD 192(DX), X27; \
	VFMADD231PD c0, Z31, Z24; \
	VFMADD231PD c1, Z31, Z25; \
	VFMADD231PD c2, Z31, Z26; \
	VFMADD231SD xd, X31, X27; \
	VMOVUPD Z24, (DX); \
	VMOVUPD Z25, 64(DX); \
	VMOVUPD Z26, 128(DX); \
	VMOVSD X27, 192(DX); \
	ADDQ R8, DX

#define SETROW25(c0, c1, c2, d, xd) \
	VMULPD c0, Z31, c0; \
	VMULPD c1, Z31, c1; \
	VMULPD c2, Z31, c2; \
	VMULSD xd, X31, xd; \
	VMOVUPD c0, (DX); \
	VMOVUPD c1, 64(DX); \
	VMOVUPD c2, 128(DX); \
	VMOVSD xd, 192(DX); \
	ADDQ R8, DX

// func kernel6x8(k int, a, b, c *float64, ldc int, alpha float64, overwrite int)
TEXT ·kernel6x8(SB), NOSPLIT, $0-56
	MOVQ k+0(FP), CX
	MOVQ a+8(FP), AX
	MOVQ b+16(FP), BX
	MOVQ c+24(FP), DX
	MOVQ ldc+32(FP), R8
	SHLQ $3, R8
	PREFETCH_C(63)
	VXORPD Y0, Y0, Y0
	VXORPD Y1, Y1, Y1
	VXORPD Y2, Y2, Y2
	VXORPD Y3, Y3, Y3
	VXORPD Y4, Y4, Y4
	VXORPD Y5, Y5, Y5
	VXORPD Y6, Y6, Y6
	VXORPD Y7, Y7, Y7
	VXORPD Y8, Y8, Y8
	VXORPD Y9, Y9, Y9
	VXORPD Y10, Y10, Y10
	VXORPD Y11, Y11, Y11
	TESTQ CX, CX
	JEQ kernel6x8_store

	// Each step of k: two loads of a row of B̃ (or B), six broadcasts of
	// a column of Ã (or A), twelve fused multiply-adds into the
	// accumulators Y0–Y11 (row r in Y(2r), Y(2r+1)).
kernel6x8_loop:
	PREFETCHT0 384(AX)
	VMOVUPD (BX), Y12
	VMOVUPD 32(BX), Y13
	VBROADCASTSD (AX), Y14
	VBROADCASTSD 8(AX), Y15
	VFMADD231PD Y12, Y14, Y0
	VFMADD231PD Y13, Y14, Y1
	VFMADD231PD Y12, Y15, Y2
	VFMADD231PD Y13, Y15, Y3
	VBROADCASTSD 16(AX), Y14
	VBROADCASTSD 24(AX), Y15
	VFMADD231PD Y12, Y14, Y4
	VFMADD231PD Y13, Y14, Y5
	VFMADD231PD Y12, Y15, Y6
	VFMADD231PD Y13, Y15, Y7
	VBROADCASTSD 32(AX), Y14
	VBROADCASTSD 40(AX), Y15
	VFMADD231PD Y12, Y14, Y8
	VFMADD231PD Y13, Y14, Y9
	VFMADD231PD Y12, Y15, Y10
	VFMADD231PD Y13, Y15, Y11
	ADDQ $48, AX
	ADDQ $64, BX
	DECQ CX
	JNZ kernel6x8_loop

kernel6x8_store:
	VBROADCASTSD alpha+40(FP), Y15
	MOVQ overwrite+48(FP), R10
	TESTQ R10, R10
	JNE kernel6x8_overwrite
	// c += alpha·accumulator, row by row.
	ADDTILE8
	VZEROUPPER
	RET

kernel6x8_overwrite:
	// c = alpha·accumulator: C is not read.
	SETTILE8
	VZEROUPPER
	RET

// func kernel6x8a(k int, a *float64, lda int, b, c *float64, ldc int, alpha float64, overwrite int)
TEXT ·kernel6x8a(SB), NOSPLIT, $0-64
	MOVQ k+0(FP), CX
	MOVQ a+8(FP), AX
	MOVQ lda+16(FP), R9
	MOVQ b+24(FP), BX
	MOVQ c+32(FP), DX
	MOVQ ldc+40(FP), R8
	SHLQ $3, R9
	LEAQ (R9)(R9*2), R11 // 3·lda bytes
	LEAQ (R9)(R9*4), R12 // 5·lda bytes
	SHLQ $3, R8
	PREFETCH_C(63)
	VXORPD Y0, Y0, Y0
	VXORPD Y1, Y1, Y1
	VXORPD Y2, Y2, Y2
	VXORPD Y3, Y3, Y3
	VXORPD Y4, Y4, Y4
	VXORPD Y5, Y5, Y5
	VXORPD Y6, Y6, Y6
	VXORPD Y7, Y7, Y7
	VXORPD Y8, Y8, Y8
	VXORPD Y9, Y9, Y9
	VXORPD Y10, Y10, Y10
	VXORPD Y11, Y11, Y11
	TESTQ CX, CX
	JEQ kernel6x8a_store

	// Each step of k: two loads of a row of B̃ (or B), six broadcasts of
	// a column of Ã (or A), twelve fused multiply-adds into the
	// accumulators Y0–Y11 (row r in Y(2r), Y(2r+1)).
kernel6x8a_loop:
	VMOVUPD (BX), Y12
	VMOVUPD 32(BX), Y13
	VBROADCASTSD (AX), Y14
	VBROADCASTSD (AX)(R9*1), Y15
	VFMADD231PD Y12, Y14, Y0
	VFMADD231PD Y13, Y14, Y1
	VFMADD231PD Y12, Y15, Y2
	VFMADD231PD Y13, Y15, Y3
	VBROADCASTSD (AX)(R9*2), Y14
	VBROADCASTSD (AX)(R11*1), Y15
	VFMADD231PD Y12, Y14, Y4
	VFMADD231PD Y13, Y14, Y5
	VFMADD231PD Y12, Y15, Y6
	VFMADD231PD Y13, Y15, Y7
	VBROADCASTSD (AX)(R9*4), Y14
	VBROADCASTSD (AX)(R12*1), Y15
	VFMADD231PD Y12, Y14, Y8
	VFMADD231PD Y13, Y14, Y9
	VFMADD231PD Y12, Y15, Y10
	VFMADD231PD Y13, Y15, Y11
	ADDQ $8, AX
	ADDQ $64, BX
	DECQ CX
	JNZ kernel6x8a_loop

kernel6x8a_store:
	VBROADCASTSD alpha+48(FP), Y15
	MOVQ overwrite+56(FP), R10
	TESTQ R10, R10
	JNE kernel6x8a_overwrite
	// c += alpha·accumulator, row by row.
	ADDTILE8
	VZEROUPPER
	RET

kernel6x8a_overwrite:
	// c = alpha·accumulator: C is not read.
	SETTILE8
	VZEROUPPER
	RET

// func kernel6x8b(k int, a, b *float64, ldb int, c *float64, ldc int, alpha float64, overwrite int)
TEXT ·kernel6x8b(SB), NOSPLIT, $0-64
	MOVQ k+0(FP), CX
	MOVQ a+8(FP), AX
	MOVQ b+16(FP), BX
	MOVQ ldb+24(FP), R9
	MOVQ c+32(FP), DX
	MOVQ ldc+40(FP), R8
	SHLQ $3, R9
	SHLQ $3, R8
	PREFETCH_C(63)
	VXORPD Y0, Y0, Y0
	VXORPD Y1, Y1, Y1
	VXORPD Y2, Y2, Y2
	VXORPD Y3, Y3, Y3
	VXORPD Y4, Y4, Y4
	VXORPD Y5, Y5, Y5
	VXORPD Y6, Y6, Y6
	VXORPD Y7, Y7, Y7
	VXORPD Y8, Y8, Y8
	VXORPD Y9, Y9, Y9
	VXORPD Y10, Y10, Y10
	VXORPD Y11, Y11, Y11
	TESTQ CX, CX
	JEQ kernel6x8b_store

	// Each step of k: two loads of a row of B̃ (or B), six broadcasts of
	// a column of Ã (or A), twelve fused multiply-adds into the
	// accumulators Y0–Y11 (row r in Y(2r), Y(2r+1)).
kernel6x8b_loop:
	PREFETCHT0 384(AX)
	VMOVUPD (BX), Y12
	VMOVUPD 32(BX), Y13
	VBROADCASTSD (AX), Y14
	VBROADCASTSD 8(AX), Y15
	VFMADD231PD Y12, Y14, Y0
	VFMADD231PD Y13, Y14, Y1
	VFMADD231PD Y12, Y15, Y2
	VFMADD231PD Y13, Y15, Y3
	VBROADCASTSD 16(AX), Y14
	VBROADCASTSD 24(AX), Y15
	VFMADD231PD Y12, Y14, Y4
	VFMADD231PD Y13, Y14, Y5
	VFMADD231PD Y12, Y15, Y6
	VFMADD231PD Y13, Y15, Y7
	VBROADCASTSD 32(AX), Y14
	VBROADCASTSD 40(AX), Y15
	VFMADD231PD Y12, Y14, Y8
	VFMADD231PD Y13, Y14, Y9
	VFMADD231PD Y12, Y15, Y10
	VFMADD231PD Y13, Y15, Y11
	ADDQ $48, AX
	ADDQ R9, BX
	DECQ CX
	JNZ kernel6x8b_loop

kernel6x8b_store:
	VBROADCASTSD alpha+48(FP), Y15
	MOVQ overwrite+56(FP), R10
	TESTQ R10, R10
	JNE kernel6x8b_overwrite
	// c += alpha·accumulator, row by row.
	ADDTILE8
	VZEROUPPER
	RET

kernel6x8b_overwrite:
	// c = alpha·accumulator: C is not read.
	SETTILE8
	VZEROUPPER
	RET

// The AVX-512 kernels: the AVX2 kernels above with ZMM registers, a tile of
// 6×16 (row r of the tile in Z(2r), Z(2r+1)), B̃'s panels 16 wide. Only
// AVX-512F instructions (VPXORQ, not VXORPD, to clear a ZMM register).

// func kernel6x16(k int, a, b, c *float64, ldc int, alpha float64, overwrite int)
TEXT ·kernel6x16(SB), NOSPLIT, $0-56
	MOVQ k+0(FP), CX
	MOVQ a+8(FP), AX
	MOVQ b+16(FP), BX
	MOVQ c+24(FP), DX
	MOVQ ldc+32(FP), R8
	SHLQ $3, R8
	PREFETCH_C(127)
	VPXORQ Z0, Z0, Z0
	VPXORQ Z1, Z1, Z1
	VPXORQ Z2, Z2, Z2
	VPXORQ Z3, Z3, Z3
	VPXORQ Z4, Z4, Z4
	VPXORQ Z5, Z5, Z5
	VPXORQ Z6, Z6, Z6
	VPXORQ Z7, Z7, Z7
	VPXORQ Z8, Z8, Z8
	VPXORQ Z9, Z9, Z9
	VPXORQ Z10, Z10, Z10
	VPXORQ Z11, Z11, Z11
	TESTQ CX, CX
	JEQ kernel6x16_store

	// Each step of k: two loads of a row of B̃ (or B), six broadcasts of
	// a column of Ã (or A), twelve fused multiply-adds into the
	// accumulators Z0–Z11 (row r in Z(2r), Z(2r+1)).
kernel6x16_loop:
	PREFETCHT0 384(AX)
	VMOVUPD (BX), Z12
	VMOVUPD 64(BX), Z13
	VBROADCASTSD (AX), Z14
	VBROADCASTSD 8(AX), Z15
	VFMADD231PD Z12, Z14, Z0
	VFMADD231PD Z13, Z14, Z1
	VFMADD231PD Z12, Z15, Z2
	VFMADD231PD Z13, Z15, Z3
	VBROADCASTSD 16(AX), Z14
	VBROADCASTSD 24(AX), Z15
	VFMADD231PD Z12, Z14, Z4
	VFMADD231PD Z13, Z14, Z5
	VFMADD231PD Z12, Z15, Z6
	VFMADD231PD Z13, Z15, Z7
	VBROADCASTSD 32(AX), Z14
	VBROADCASTSD 40(AX), Z15
	VFMADD231PD Z12, Z14, Z8
	VFMADD231PD Z13, Z14, Z9
	VFMADD231PD Z12, Z15, Z10
	VFMADD231PD Z13, Z15, Z11
	ADDQ $48, AX
	ADDQ $128, BX
	DECQ CX
	JNZ kernel6x16_loop

kernel6x16_store:
	VBROADCASTSD alpha+40(FP), Z15
	MOVQ overwrite+48(FP), R10
	TESTQ R10, R10
	JNE kernel6x16_overwrite
	// c += alpha·accumulator, row by row.
	VMOVUPD (DX), Z12
	VMOVUPD 64(DX), Z13
	VFMADD231PD Z0, Z15, Z12
	VFMADD231PD Z1, Z15, Z13
	VMOVUPD Z12, (DX)
	VMOVUPD Z13, 64(DX)
	ADDQ R8, DX
	VMOVUPD (DX), Z12
	VMOVUPD 64(DX), Z13
	VFMADD231PD Z2, Z15, Z12
	VFMADD231PD Z3, Z15, Z13
	VMOVUPD Z12, (DX)
	VMOVUPD Z13, 64(DX)
	ADDQ R8, DX
	VMOVUPD (DX), Z12
	VMOVUPD 64(DX), Z13
	VFMADD231PD Z4, Z15, Z12
	VFMADD231PD Z5, Z15, Z13
	VMOVUPD Z12, (DX)
	VMOVUPD Z13, 64(DX)
	ADDQ R8, DX
	VMOVUPD (DX), Z12
	VMOVUPD 64(DX), Z13
	VFMADD231PD Z6, Z15, Z12
	VFMADD231PD Z7, Z15, Z13
	VMOVUPD Z12, (DX)
	VMOVUPD Z13, 64(DX)
	ADDQ R8, DX
	VMOVUPD (DX), Z12
	VMOVUPD 64(DX), Z13
	VFMADD231PD Z8, Z15, Z12
	VFMADD231PD Z9, Z15, Z13
	VMOVUPD Z12, (DX)
	VMOVUPD Z13, 64(DX)
	ADDQ R8, DX
	VMOVUPD (DX), Z12
	VMOVUPD 64(DX), Z13
	VFMADD231PD Z10, Z15, Z12
	VFMADD231PD Z11, Z15, Z13
	VMOVUPD Z12, (DX)
	VMOVUPD Z13, 64(DX)
	VZEROUPPER
	RET

kernel6x16_overwrite:
	// c = alpha·accumulator: C is not read.
	VMULPD Z0, Z15, Z0
	VMULPD Z1, Z15, Z1
	VMOVUPD Z0, (DX)
	VMOVUPD Z1, 64(DX)
	ADDQ R8, DX
	VMULPD Z2, Z15, Z2
	VMULPD Z3, Z15, Z3
	VMOVUPD Z2, (DX)
	VMOVUPD Z3, 64(DX)
	ADDQ R8, DX
	VMULPD Z4, Z15, Z4
	VMULPD Z5, Z15, Z5
	VMOVUPD Z4, (DX)
	VMOVUPD Z5, 64(DX)
	ADDQ R8, DX
	VMULPD Z6, Z15, Z6
	VMULPD Z7, Z15, Z7
	VMOVUPD Z6, (DX)
	VMOVUPD Z7, 64(DX)
	ADDQ R8, DX
	VMULPD Z8, Z15, Z8
	VMULPD Z9, Z15, Z9
	VMOVUPD Z8, (DX)
	VMOVUPD Z9, 64(DX)
	ADDQ R8, DX
	VMULPD Z10, Z15, Z10
	VMULPD Z11, Z15, Z11
	VMOVUPD Z10, (DX)
	VMOVUPD Z11, 64(DX)
	VZEROUPPER
	RET

// func kernel6x16a(k int, a *float64, lda int, b, c *float64, ldc int, alpha float64, overwrite int)
TEXT ·kernel6x16a(SB), NOSPLIT, $0-64
	MOVQ k+0(FP), CX
	MOVQ a+8(FP), AX
	MOVQ lda+16(FP), R9
	MOVQ b+24(FP), BX
	MOVQ c+32(FP), DX
	MOVQ ldc+40(FP), R8
	SHLQ $3, R9
	LEAQ (R9)(R9*2), R11 // 3·lda bytes
	LEAQ (R9)(R9*4), R12 // 5·lda bytes
	SHLQ $3, R8
	PREFETCH_C(127)
	VPXORQ Z0, Z0, Z0
	VPXORQ Z1, Z1, Z1
	VPXORQ Z2, Z2, Z2
	VPXORQ Z3, Z3, Z3
	VPXORQ Z4, Z4, Z4
	VPXORQ Z5, Z5, Z5
	VPXORQ Z6, Z6, Z6
	VPXORQ Z7, Z7, Z7
	VPXORQ Z8, Z8, Z8
	VPXORQ Z9, Z9, Z9
	VPXORQ Z10, Z10, Z10
	VPXORQ Z11, Z11, Z11
	TESTQ CX, CX
	JEQ kernel6x16a_store

	// Each step of k: two loads of a row of B̃ (or B), six broadcasts of
	// a column of Ã (or A), twelve fused multiply-adds into the
	// accumulators Z0–Z11 (row r in Z(2r), Z(2r+1)).
kernel6x16a_loop:
	VMOVUPD (BX), Z12
	VMOVUPD 64(BX), Z13
	VBROADCASTSD (AX), Z14
	VBROADCASTSD (AX)(R9*1), Z15
	VFMADD231PD Z12, Z14, Z0
	VFMADD231PD Z13, Z14, Z1
	VFMADD231PD Z12, Z15, Z2
	VFMADD231PD Z13, Z15, Z3
	VBROADCASTSD (AX)(R9*2), Z14
	VBROADCASTSD (AX)(R11*1), Z15
	VFMADD231PD Z12, Z14, Z4
	VFMADD231PD Z13, Z14, Z5
	VFMADD231PD Z12, Z15, Z6
	VFMADD231PD Z13, Z15, Z7
	VBROADCASTSD (AX)(R9*4), Z14
	VBROADCASTSD (AX)(R12*1), Z15
	VFMADD231PD Z12, Z14, Z8
	VFMADD231PD Z13, Z14, Z9
	VFMADD231PD Z12, Z15, Z10
	VFMADD231PD Z13, Z15, Z11
	ADDQ $8, AX
	ADDQ $128, BX
	DECQ CX
	JNZ kernel6x16a_loop

kernel6x16a_store:
	VBROADCASTSD alpha+48(FP), Z15
	MOVQ overwrite+56(FP), R10
	TESTQ R10, R10
	JNE kernel6x16a_overwrite
	// c += alpha·accumulator, row by row.
	VMOVUPD (DX), Z12
	VMOVUPD 64(DX), Z13
	VFMADD231PD Z0, Z15, Z12
	VFMADD231PD Z1, Z15, Z13
	VMOVUPD Z12, (DX)
	VMOVUPD Z13, 64(DX)
	ADDQ R8, DX
	VMOVUPD (DX), Z12
	VMOVUPD 64(DX), Z13
	VFMADD231PD Z2, Z15, Z12
	VFMADD231PD Z3, Z15, Z13
	VMOVUPD Z12, (DX)
	VMOVUPD Z13, 64(DX)
	ADDQ R8, DX
	VMOVUPD (DX), Z12
	VMOVUPD 64(DX), Z13
	VFMADD231PD Z4, Z15, Z12
	VFMADD231PD Z5, Z15, Z13
	VMOVUPD Z12, (DX)
	VMOVUPD Z13, 64(DX)
	ADDQ R8, DX
	VMOVUPD (DX), Z12
	VMOVUPD 64(DX), Z13
	VFMADD231PD Z6, Z15, Z12
	VFMADD231PD Z7, Z15, Z13
	VMOVUPD Z12, (DX)
	VMOVUPD Z13, 64(DX)
	ADDQ R8, DX
	VMOVUPD (DX), Z12
	VMOVUPD 64(DX), Z13
	VFMADD231PD Z8, Z15, Z12
	VFMADD231PD Z9, Z15, Z13
	VMOVUPD Z12, (DX)
	VMOVUPD Z13, 64(DX)
	ADDQ R8, DX
	VMOVUPD (DX), Z12
	VMOVUPD 64(DX), Z13
	VFMADD231PD Z10, Z15, Z12
	VFMADD231PD Z11, Z15, Z13
	VMOVUPD Z12, (DX)
	VMOVUPD Z13, 64(DX)
	VZEROUPPER
	RET

kernel6x16a_overwrite:
	// c = alpha·accumulator: C is not read.
	VMULPD Z0, Z15, Z0
	VMULPD Z1, Z15, Z1
	VMOVUPD Z0, (DX)
	VMOVUPD Z1, 64(DX)
	ADDQ R8, DX
	VMULPD Z2, Z15, Z2
	VMULPD Z3, Z15, Z3
	VMOVUPD Z2, (DX)
	VMOVUPD Z3, 64(DX)
	ADDQ R8, DX
	VMULPD Z4, Z15, Z4
	VMULPD Z5, Z15, Z5
	VMOVUPD Z4, (DX)
	VMOVUPD Z5, 64(DX)
	ADDQ R8, DX
	VMULPD Z6, Z15, Z6
	VMULPD Z7, Z15, Z7
	VMOVUPD Z6, (DX)
	VMOVUPD Z7, 64(DX)
	ADDQ R8, DX
	VMULPD Z8, Z15, Z8
	VMULPD Z9, Z15, Z9
	VMOVUPD Z8, (DX)
	VMOVUPD Z9, 64(DX)
	ADDQ R8, DX
	VMULPD Z10, Z15, Z10
	VMULPD Z11, Z15, Z11
	VMOVUPD Z10, (DX)
	VMOVUPD Z11, 64(DX)
	VZEROUPPER
	RET

// func kernel6x16s(k int, a *float64, lda int, b *float64, ldb int, c *float64, ldc int, alpha float64, overwrite int)
//
// kernel6x16 with both operands strided: step l of k reads Ã's six values
// at a + l·lda and B̃'s sixteen at b + l·ldb (elements). A transposed A
// (six consecutive columns of a row-major A, one row per step) is read in
// place with its lda, a packed panel with lda = 6; likewise B.
TEXT ·kernel6x16s(SB), NOSPLIT, $0-72
	MOVQ k+0(FP), CX
	MOVQ a+8(FP), AX
	MOVQ lda+16(FP), R10
	MOVQ b+24(FP), BX
	MOVQ ldb+32(FP), R9
	MOVQ c+40(FP), DX
	MOVQ ldc+48(FP), R8
	SHLQ $3, R10
	SHLQ $3, R9
	SHLQ $3, R8
	// R11: eight steps of A ahead, for its prefetch.
	MOVQ R10, R11
	SHLQ $3, R11
	PREFETCH_C(127)
	VPXORQ Z0, Z0, Z0
	VPXORQ Z1, Z1, Z1
	VPXORQ Z2, Z2, Z2
	VPXORQ Z3, Z3, Z3
	VPXORQ Z4, Z4, Z4
	VPXORQ Z5, Z5, Z5
	VPXORQ Z6, Z6, Z6
	VPXORQ Z7, Z7, Z7
	VPXORQ Z8, Z8, Z8
	VPXORQ Z9, Z9, Z9
	VPXORQ Z10, Z10, Z10
	VPXORQ Z11, Z11, Z11
	TESTQ CX, CX
	JEQ kernel6x16s_store

	// Each step of k: two loads of a row of B̃ (or B), six broadcasts of
	// a column of Ã (or A), twelve fused multiply-adds into the
	// accumulators Z0–Z11 (row r in Z(2r), Z(2r+1)).
kernel6x16s_loop:
	PREFETCHT0 (AX)(R11*1)
	VMOVUPD (BX), Z12
	VMOVUPD 64(BX), Z13
	VBROADCASTSD (AX), Z14
	VBROADCASTSD 8(AX), Z15
	VFMADD231PD Z12, Z14, Z0
	VFMADD231PD Z13, Z14, Z1
	VFMADD231PD Z12, Z15, Z2
	VFMADD231PD Z13, Z15, Z3
	VBROADCASTSD 16(AX), Z14
	VBROADCASTSD 24(AX), Z15
	VFMADD231PD Z12, Z14, Z4
	VFMADD231PD Z13, Z14, Z5
	VFMADD231PD Z12, Z15, Z6
	VFMADD231PD Z13, Z15, Z7
	VBROADCASTSD 32(AX), Z14
	VBROADCASTSD 40(AX), Z15
	VFMADD231PD Z12, Z14, Z8
	VFMADD231PD Z13, Z14, Z9
	VFMADD231PD Z12, Z15, Z10
	VFMADD231PD Z13, Z15, Z11
	ADDQ R10, AX
	ADDQ R9, BX
	DECQ CX
	JNZ kernel6x16s_loop

kernel6x16s_store:
	VBROADCASTSD alpha+56(FP), Z15
	MOVQ overwrite+64(FP), R10
	TESTQ R10, R10
	JNE kernel6x16s_overwrite
	// c += alpha·accumulator, row by row.
	VMOVUPD (DX), Z12
	VMOVUPD 64(DX), Z13
	VFMADD231PD Z0, Z15, Z12
	VFMADD231PD Z1, Z15, Z13
	VMOVUPD Z12, (DX)
	VMOVUPD Z13, 64(DX)
	ADDQ R8, DX
	VMOVUPD (DX), Z12
	VMOVUPD 64(DX), Z13
	VFMADD231PD Z2, Z15, Z12
	VFMADD231PD Z3, Z15, Z13
	VMOVUPD Z12, (DX)
	VMOVUPD Z13, 64(DX)
	ADDQ R8, DX
	VMOVUPD (DX), Z12
	VMOVUPD 64(DX), Z13
	VFMADD231PD Z4, Z15, Z12
	VFMADD231PD Z5, Z15, Z13
	VMOVUPD Z12, (DX)
	VMOVUPD Z13, 64(DX)
	ADDQ R8, DX
	VMOVUPD (DX), Z12
	VMOVUPD 64(DX), Z13
	VFMADD231PD Z6, Z15, Z12
	VFMADD231PD Z7, Z15, Z13
	VMOVUPD Z12, (DX)
	VMOVUPD Z13, 64(DX)
	ADDQ R8, DX
	VMOVUPD (DX), Z12
	VMOVUPD 64(DX), Z13
	VFMADD231PD Z8, Z15, Z12
	VFMADD231PD Z9, Z15, Z13
	VMOVUPD Z12, (DX)
	VMOVUPD Z13, 64(DX)
	ADDQ R8, DX
	VMOVUPD (DX), Z12
	VMOVUPD 64(DX), Z13
	VFMADD231PD Z10, Z15, Z12
	VFMADD231PD Z11, Z15, Z13
	VMOVUPD Z12, (DX)
	VMOVUPD Z13, 64(DX)
	VZEROUPPER
	RET

kernel6x16s_overwrite:
	// c = alpha·accumulator: C is not read.
	VMULPD Z0, Z15, Z0
	VMULPD Z1, Z15, Z1
	VMOVUPD Z0, (DX)
	VMOVUPD Z1, 64(DX)
	ADDQ R8, DX
	VMULPD Z2, Z15, Z2
	VMULPD Z3, Z15, Z3
	VMOVUPD Z2, (DX)
	VMOVUPD Z3, 64(DX)
	ADDQ R8, DX
	VMULPD Z4, Z15, Z4
	VMULPD Z5, Z15, Z5
	VMOVUPD Z4, (DX)
	VMOVUPD Z5, 64(DX)
	ADDQ R8, DX
	VMULPD Z6, Z15, Z6
	VMULPD Z7, Z15, Z7
	VMOVUPD Z6, (DX)
	VMOVUPD Z7, 64(DX)
	ADDQ R8, DX
	VMULPD Z8, Z15, Z8
	VMULPD Z9, Z15, Z9
	VMOVUPD Z8, (DX)
	VMOVUPD Z9, 64(DX)
	ADDQ R8, DX
	VMULPD Z10, Z15, Z10
	VMULPD Z11, Z15, Z11
	VMOVUPD Z10, (DX)
	VMOVUPD Z11, 64(DX)
	VZEROUPPER
	RET

// func dotAxpy8(n int, a, x, y *float64, alpha float64) float64
//
// For n a multiple of 8: returns Σ a[j]·x[j] and adds alpha·a[j] to y[j],
// reading each a[j] once. Two accumulators of four lanes, added at the end.
TEXT ·dotAxpy8(SB), NOSPLIT, $0-48
	MOVQ n+0(FP), CX
	MOVQ a+8(FP), SI
	MOVQ x+16(FP), DI
	MOVQ y+24(FP), DX
	VBROADCASTSD alpha+32(FP), Y15
	VXORPD Y0, Y0, Y0
	VXORPD Y1, Y1, Y1
	SHRQ $3, CX
	JEQ dotAxpy8_done

dotAxpy8_loop:
	VMOVUPD (SI), Y2
	VMOVUPD 32(SI), Y3
	VFMADD231PD (DI), Y2, Y0
	VFMADD231PD 32(DI), Y3, Y1
	VMOVUPD (DX), Y4
	VMOVUPD 32(DX), Y5
	VFMADD231PD Y15, Y2, Y4
	VFMADD231PD Y15, Y3, Y5
	VMOVUPD Y4, (DX)
	VMOVUPD Y5, 32(DX)
	ADDQ $64, SI
	ADDQ $64, DI
	ADDQ $64, DX
	DECQ CX
	JNE dotAxpy8_loop

dotAxpy8_done:
	VADDPD Y1, Y0, Y0
	VEXTRACTF128 $1, Y0, X1
	VADDPD X1, X0, X0
	VHADDPD X0, X0, X0
	VZEROUPPER
	MOVSD X0, ret+40(FP)
	RET

// func dotAxpy16(n int, a, x, y *float64, alpha float64) float64
//
// dotAxpy8 in AVX-512, for n a multiple of 16: two accumulators of eight
// lanes.
TEXT ·dotAxpy16(SB), NOSPLIT, $0-48
	MOVQ n+0(FP), CX
	MOVQ a+8(FP), SI
	MOVQ x+16(FP), DI
	MOVQ y+24(FP), DX
	VBROADCASTSD alpha+32(FP), Z15
	VPXORQ Z0, Z0, Z0
	VPXORQ Z1, Z1, Z1
	SHRQ $4, CX
	JEQ dotAxpy16_done

dotAxpy16_loop:
	VMOVUPD (SI), Z2
	VMOVUPD 64(SI), Z3
	VFMADD231PD (DI), Z2, Z0
	VFMADD231PD 64(DI), Z3, Z1
	VMOVUPD (DX), Z4
	VMOVUPD 64(DX), Z5
	VFMADD231PD Z15, Z2, Z4
	VFMADD231PD Z15, Z3, Z5
	VMOVUPD Z4, (DX)
	VMOVUPD Z5, 64(DX)
	ADDQ $128, SI
	ADDQ $128, DI
	ADDQ $128, DX
	DECQ CX
	JNE dotAxpy16_loop

dotAxpy16_done:
	VADDPD Z1, Z0, Z0
	VEXTRACTF64X4 $1, Z0, Y1
	VADDPD Y1, Y0, Y0
	VEXTRACTF128 $1, Y0, X1
	VADDPD X1, X0, X0
	VHADDPD X0, X0, X0
	VZEROUPPER
	MOVSD X0, ret+40(FP)
	RET

// func kernel5x32s(k int, a *float64, lda int, b *float64, ldb int, c *float64, ldc int, alpha float64, overwrite int)
TEXT ·kernel5x32s(SB), NOSPLIT, $0-72
	OUTERARGS
	ZERO4(Z0, Z1, Z2, Z3)
	ZERO4(Z4, Z5, Z6, Z7)
	ZERO4(Z8, Z9, Z10, Z11)
	ZERO4(Z12, Z13, Z14, Z15)
	ZERO4(Z16, Z17, Z18, Z19)
	TESTQ CX, CX
	JEQ kernel5x32s_store

kernel5x32s_loop:
	LOADB32
	FMAROW32(0(AX), Z28, Z0, Z1, Z2, Z3)
	FMAROW32(8(AX), Z29, Z4, Z5, Z6, Z7)
	FMAROW32(16(AX), Z28, Z8, Z9, Z10, Z11)
	FMAROW32(24(AX), Z29, Z12, Z13, Z14, Z15)
	FMAROW32(32(AX), Z28, Z16, Z17, Z18, Z19)
	ADDQ R10, AX
	ADDQ R9, BX
	DECQ CX
	JNZ kernel5x32s_loop

kernel5x32s_store:
	MOVQ overwrite+64(FP), R10
	TESTQ R10, R10
	JNE kernel5x32s_overwrite
	ADDROW32(Z0, Z1, Z2, Z3)
	ADDROW32(Z4, Z5, Z6, Z7)
	ADDROW32(Z8, Z9, Z10, Z11)
	ADDROW32(Z12, Z13, Z14, Z15)
	ADDROW32(Z16, Z17, Z18, Z19)
	VZEROUPPER
	RET

kernel5x32s_overwrite:
	SETROW32(Z0, Z1, Z2, Z3)
	SETROW32(Z4, Z5, Z6, Z7)
	SETROW32(Z8, Z9, Z10, Z11)
	SETROW32(Z12, Z13, Z14, Z15)
	SETROW32(Z16, Z17, Z18, Z19)
	VZEROUPPER
	RET

// func kernel6x32s(k int, a *float64, lda int, b *float64, ldb int, c *float64, ldc int, alpha float64, overwrite int)
TEXT ·kernel6x32s(SB), NOSPLIT, $0-72
	OUTERARGS
	ZERO4(Z0, Z1, Z2, Z3)
	ZERO4(Z4, Z5, Z6, Z7)
	ZERO4(Z8, Z9, Z10, Z11)
	ZERO4(Z12, Z13, Z14, Z15)
	ZERO4(Z16, Z17, Z18, Z19)
	ZERO4(Z20, Z21, Z22, Z23)
	TESTQ CX, CX
	JEQ kernel6x32s_store

kernel6x32s_loop:
	LOADB32
	FMAROW32(0(AX), Z28, Z0, Z1, Z2, Z3)
	FMAROW32(8(AX), Z29, Z4, Z5, Z6, Z7)
	FMAROW32(16(AX), Z28, Z8, Z9, Z10, Z11)
	FMAROW32(24(AX), Z29, Z12, Z13, Z14, Z15)
	FMAROW32(32(AX), Z28, Z16, Z17, Z18, Z19)
	FMAROW32(40(AX), Z29, Z20, Z21, Z22, Z23)
	ADDQ R10, AX
	ADDQ R9, BX
	DECQ CX
	JNZ kernel6x32s_loop

kernel6x32s_store:
	MOVQ overwrite+64(FP), R10
	TESTQ R10, R10
	JNE kernel6x32s_overwrite
	ADDROW32(Z0, Z1, Z2, Z3)
	ADDROW32(Z4, Z5, Z6, Z7)
	ADDROW32(Z8, Z9, Z10, Z11)
	ADDROW32(Z12, Z13, Z14, Z15)
	ADDROW32(Z16, Z17, Z18, Z19)
	ADDROW32(Z20, Z21, Z22, Z23)
	VZEROUPPER
	RET

kernel6x32s_overwrite:
	SETROW32(Z0, Z1, Z2, Z3)
	SETROW32(Z4, Z5, Z6, Z7)
	SETROW32(Z8, Z9, Z10, Z11)
	SETROW32(Z12, Z13, Z14, Z15)
	SETROW32(Z16, Z17, Z18, Z19)
	SETROW32(Z20, Z21, Z22, Z23)
	VZEROUPPER
	RET

// func kernel6x25a(k int, a *float64, lda int, b, d, c *float64, ldc int, alpha float64, overwrite int)
TEXT ·kernel6x25a(SB), NOSPLIT, $0-72
	MOVQ k+0(FP), CX
	MOVQ a+8(FP), AX
	MOVQ lda+16(FP), R11
	MOVQ b+24(FP), BX
	MOVQ d+32(FP), DI
	MOVQ c+40(FP), DX
	MOVQ ldc+48(FP), R8
	SHLQ $3, R11
	SHLQ $3, R8
	LEAQ (R11)(R11*2), R12
	LEAQ (R11)(R11*4), R13
	LEAQ (R12)(R12*1), R9
	ADDQ AX, R9
	ZERO4(Z0, Z1, Z2, Z3)
	ZERO4(Z4, Z5, Z6, Z7)
	ZERO4(Z8, Z9, Z10, Z11)
	ZERO4(Z12, Z13, Z14, Z15)
	ZERO4(Z16, Z17, Z18, Z19)
	ZERO4(Z20, Z21, Z22, Z23)
	SHRQ $3, CX
	TESTQ CX, CX
	JEQ kernel6x25a_store

kernel6x25a_loop:
	STEP25(0)
	STEP25(1)
	PREFETCHT0 (R9)
	PREFETCHT0 (R9)(R11*1)
	PREFETCHT0 (R9)(R11*2)
	STEP25(2)
	STEP25(3)
	PREFETCHT0 (R9)(R12*1)
	PREFETCHT0 (R9)(R11*4)
	PREFETCHT0 (R9)(R13*1)
	STEP25(4)
	STEP25(5)
	STEP25(6)
	STEP25(7)
	VMOVUPD (DI), Z29
	VFMADD231PD (AX), Z29, Z18
	VFMADD231PD (AX)(R11*1), Z29, Z19
	VFMADD231PD (AX)(R11*2), Z29, Z20
	VFMADD231PD (AX)(R12*1), Z29, Z21
	VFMADD231PD (AX)(R11*4), Z29, Z22
	VFMADD231PD (AX)(R13*1), Z29, Z23
	ADDQ $64, AX
	ADDQ $64, R9
	ADDQ $1536, BX
	ADDQ $64, DI
	DECQ CX
	JNZ kernel6x25a_loop

kernel6x25a_store:
	HSUM(Z18)
	HSUM(Z19)
	HSUM(Z20)
	HSUM(Z21)
	HSUM(Z22)
	HSUM(Z23)
	VBROADCASTSD alpha+56(FP), Z31
	MOVQ overwrite+64(FP), R10
	TESTQ R10, R10
	JNE kernel6x25a_overwrite
	ADDROW25(Z0, Z1, Z2, Z18, X18)
	ADDROW25(Z3, Z4, Z5, Z19, X19)
	ADDROW25(Z6, Z7, Z8, Z20, X20)
	ADDROW25(Z9, Z10, Z11, Z21, X21)
	ADDROW25(Z12, Z13, Z14, Z22, X22)
	ADDROW25(Z15, Z16, Z17, Z23, X23)
	VZEROUPPER
	RET

kernel6x25a_overwrite:
	SETROW25(Z0, Z1, Z2, Z18, X18)
	SETROW25(Z3, Z4, Z5, Z19, X19)
	SETROW25(Z6, Z7, Z8, Z20, X20)
	SETROW25(Z9, Z10, Z11, Z21, X21)
	SETROW25(Z12, Z13, Z14, Z22, X22)
	SETROW25(Z15, Z16, Z17, Z23, X23)
	VZEROUPPER
	RET

// func kernel6x32a(k int, a *float64, lda int, b, c *float64, ldc int, alpha float64, overwrite int)
TEXT ·kernel6x32a(SB), NOSPLIT, $0-64
	MOVQ k+0(FP), CX
	MOVQ a+8(FP), AX
	MOVQ lda+16(FP), R11
	MOVQ b+24(FP), BX
	MOVQ c+32(FP), DX
	MOVQ ldc+40(FP), R8
	SHLQ $3, R11
	SHLQ $3, R8
	LEAQ (R11)(R11*2), R12
	LEAQ (R11)(R11*4), R13
	VBROADCASTSD alpha+48(FP), Z31
	ZERO4(Z0, Z1, Z2, Z3)
	ZERO4(Z4, Z5, Z6, Z7)
	ZERO4(Z8, Z9, Z10, Z11)
	ZERO4(Z12, Z13, Z14, Z15)
	ZERO4(Z16, Z17, Z18, Z19)
	ZERO4(Z20, Z21, Z22, Z23)
	TESTQ CX, CX
	JEQ kernel6x32a_store

	// A row stride of at most 64 elements (an autoencoder's hidden layer
	// over a block of samples, 25 a row, read back from L3 in its second
	// pass): prefetch every line of the 6·lda elements after A's six rows,
	// which hold the next tile's rows, from the line of their first.
	CMPQ R11, $512
	JHI kernel6x32a_loop
	LEAQ (R12)(R12*1), R9
	LEAQ (AX)(R9*1), SI
	LEAQ (SI)(R9*1), DI
	ANDQ $-64, SI

kernel6x32a_prefetch:
	PREFETCHT0 (SI)
	ADDQ $64, SI
	CMPQ SI, DI
	JCS kernel6x32a_prefetch

	// Each step of k: a row of B̃ (32 columns) and one element of each of
	// the six rows of A, row r at (AX) + r·R11 (R12 = 3·R11, R13 = 5·R11).
kernel6x32a_loop:
	LOADB32
	FMAROW32((AX), Z28, Z0, Z1, Z2, Z3)
	FMAROW32((AX)(R11*1), Z29, Z4, Z5, Z6, Z7)
	FMAROW32((AX)(R11*2), Z28, Z8, Z9, Z10, Z11)
	FMAROW32((AX)(R12*1), Z29, Z12, Z13, Z14, Z15)
	FMAROW32((AX)(R11*4), Z28, Z16, Z17, Z18, Z19)
	FMAROW32((AX)(R13*1), Z29, Z20, Z21, Z22, Z23)
	ADDQ $8, AX
	ADDQ $256, BX
	DECQ CX
	JNZ kernel6x32a_loop

kernel6x32a_store:
	MOVQ overwrite+56(FP), R10
	TESTQ R10, R10
	JNE kernel6x32a_overwrite
	ADDROW32(Z0, Z1, Z2, Z3)
	ADDROW32(Z4, Z5, Z6, Z7)
	ADDROW32(Z8, Z9, Z10, Z11)
	ADDROW32(Z12, Z13, Z14, Z15)
	ADDROW32(Z16, Z17, Z18, Z19)
	ADDROW32(Z20, Z21, Z22, Z23)
	VZEROUPPER
	RET

kernel6x32a_overwrite:
	SETROW32(Z0, Z1, Z2, Z3)
	SETROW32(Z4, Z5, Z6, Z7)
	SETROW32(Z8, Z9, Z10, Z11)
	SETROW32(Z12, Z13, Z14, Z15)
	SETROW32(Z16, Z17, Z18, Z19)
	SETROW32(Z20, Z21, Z22, Z23)
	VZEROUPPER
	RET

// SUMLANESZ: Z0 holds sums 0–7 and Z1 sums 8–15 of Dot's order; adds
// them in its pairs into X0.
#define SUMLANESZ \
	VADDPD Z1, Z0, Z0; \
	VEXTRACTF64X4 $1, Z0, Y1; \
	VADDPD Y1, Y0, Y0; \
	VEXTRACTF128 $1, Y0, X1; \
	VADDPD X1, X0, X0; \
	VHADDPD X0, X0, X0

// SUMLANESY: Y0–Y3 hold sums 0–3, 4–7, 8–11 and 12–15; the same pairs.
#define SUMLANESY \
	VADDPD Y2, Y0, Y0; \
	VADDPD Y3, Y1, Y1; \
	VADDPD Y1, Y0, Y0; \
	VEXTRACTF128 $1, Y0, X1; \
	VADDPD X1, X0, X0; \
	VHADDPD X0, X0, X0

// func dotAVX512(n int, x, y *float64) float64
TEXT ·dotAVX512(SB), NOSPLIT, $0-32
	MOVQ n+0(FP), CX
	MOVQ x+8(FP), SI
	MOVQ y+16(FP), DI
	VPXORQ Z0, Z0, Z0
	VPXORQ Z1, Z1, Z1
	SHRQ $4, CX
	JEQ dotAVX512_done

dotAVX512_loop:
	VMOVUPD (SI), Z2
	VMOVUPD 64(SI), Z3
	VFMADD231PD (DI), Z2, Z0
	VFMADD231PD 64(DI), Z3, Z1
	ADDQ $128, SI
	ADDQ $128, DI
	DECQ CX
	JNE dotAVX512_loop

dotAVX512_done:
	SUMLANESZ
	VZEROUPPER
	MOVSD X0, ret+24(FP)
	RET

// func dotAVX2(n int, x, y *float64) float64
TEXT ·dotAVX2(SB), NOSPLIT, $0-32
	MOVQ n+0(FP), CX
	MOVQ x+8(FP), SI
	MOVQ y+16(FP), DI
	VXORPD Y0, Y0, Y0
	VXORPD Y1, Y1, Y1
	VXORPD Y2, Y2, Y2
	VXORPD Y3, Y3, Y3
	SHRQ $4, CX
	JEQ dotAVX2_done

dotAVX2_loop:
	VMOVUPD (SI), Y4
	VMOVUPD 32(SI), Y5
	VMOVUPD 64(SI), Y6
	VMOVUPD 96(SI), Y7
	VFMADD231PD (DI), Y4, Y0
	VFMADD231PD 32(DI), Y5, Y1
	VFMADD231PD 64(DI), Y6, Y2
	VFMADD231PD 96(DI), Y7, Y3
	ADDQ $128, SI
	ADDQ $128, DI
	DECQ CX
	JNE dotAVX2_loop

dotAVX2_done:
	SUMLANESY
	VZEROUPPER
	MOVSD X0, ret+24(FP)
	RET

// func axpbyDotAVX512(n int, alpha float64, x *float64, beta float64, y, z *float64) float64
TEXT ·axpbyDotAVX512(SB), NOSPLIT, $0-56
	MOVQ n+0(FP), CX
	VBROADCASTSD alpha+8(FP), Z14
	MOVQ x+16(FP), SI
	VBROADCASTSD beta+24(FP), Z15
	MOVQ y+32(FP), DI
	MOVQ z+40(FP), DX
	VPXORQ Z0, Z0, Z0
	VPXORQ Z1, Z1, Z1
	SHRQ $4, CX
	JEQ axpbyDotAVX512_done

axpbyDotAVX512_loop:
	VMULPD (DI), Z15, Z4
	VMULPD 64(DI), Z15, Z5
	VFMADD231PD (SI), Z14, Z4
	VFMADD231PD 64(SI), Z14, Z5
	VMOVUPD Z4, (DI)
	VMOVUPD Z5, 64(DI)
	VFMADD231PD (DX), Z4, Z0
	VFMADD231PD 64(DX), Z5, Z1
	ADDQ $128, SI
	ADDQ $128, DI
	ADDQ $128, DX
	DECQ CX
	JNE axpbyDotAVX512_loop

axpbyDotAVX512_done:
	SUMLANESZ
	VZEROUPPER
	MOVSD X0, ret+48(FP)
	RET

// func axpbyDotAVX2(n int, alpha float64, x *float64, beta float64, y, z *float64) float64
TEXT ·axpbyDotAVX2(SB), NOSPLIT, $0-56
	MOVQ n+0(FP), CX
	VBROADCASTSD alpha+8(FP), Y14
	MOVQ x+16(FP), SI
	VBROADCASTSD beta+24(FP), Y15
	MOVQ y+32(FP), DI
	MOVQ z+40(FP), DX
	VXORPD Y0, Y0, Y0
	VXORPD Y1, Y1, Y1
	VXORPD Y2, Y2, Y2
	VXORPD Y3, Y3, Y3
	SHRQ $4, CX
	JEQ axpbyDotAVX2_done

axpbyDotAVX2_loop:
	VMULPD (DI), Y15, Y4
	VMULPD 32(DI), Y15, Y5
	VMULPD 64(DI), Y15, Y6
	VMULPD 96(DI), Y15, Y7
	VFMADD231PD (SI), Y14, Y4
	VFMADD231PD 32(SI), Y14, Y5
	VFMADD231PD 64(SI), Y14, Y6
	VFMADD231PD 96(SI), Y14, Y7
	VMOVUPD Y4, (DI)
	VMOVUPD Y5, 32(DI)
	VMOVUPD Y6, 64(DI)
	VMOVUPD Y7, 96(DI)
	VFMADD231PD (DX), Y4, Y0
	VFMADD231PD 32(DX), Y5, Y1
	VFMADD231PD 64(DX), Y6, Y2
	VFMADD231PD 96(DX), Y7, Y3
	ADDQ $128, SI
	ADDQ $128, DI
	ADDQ $128, DX
	DECQ CX
	JNE axpbyDotAVX2_loop

axpbyDotAVX2_done:
	SUMLANESY
	VZEROUPPER
	MOVSD X0, ret+48(FP)
	RET

// The AVX2 counterparts of the small products' kernels. kernel6x8s and
// kernel5x8s are kernel6x32s and kernel5x32s on tiles eight columns wide:
// per step of k, a row of B (eight columns) in Y12–Y13 and one element of
// A a row of C in Y14 or Y15; row r of C accumulates in Y(2r), Y(2r+1).
// alpha is in Y15 when they store.
#define FMAROW8(a, t, c0, c1) \
	VBROADCASTSD a, t; \
	VFMADD231PD Y12, t, c0; \
	VFMADD231PD Y13, t, c1

#define ZERO2Y(c0, c1) \
	VXORPD c0, c0, c0; \
	VXORPD c1, c1, c1

// func kernel6x8s(k int, a *float64, lda int, b *float64, ldb int, c *float64, ldc int, alpha float64, overwrite int)
TEXT ·kernel6x8s(SB), NOSPLIT, $0-72
	OUTERARGS8
	ZERO2Y(Y0, Y1)
	ZERO2Y(Y2, Y3)
	ZERO2Y(Y4, Y5)
	ZERO2Y(Y6, Y7)
	ZERO2Y(Y8, Y9)
	ZERO2Y(Y10, Y11)
	TESTQ CX, CX
	JEQ kernel6x8s_store

kernel6x8s_loop:
	VMOVUPD (BX), Y12
	VMOVUPD 32(BX), Y13
	FMAROW8(0(AX), Y14, Y0, Y1)
	FMAROW8(8(AX), Y15, Y2, Y3)
	FMAROW8(16(AX), Y14, Y4, Y5)
	FMAROW8(24(AX), Y15, Y6, Y7)
	FMAROW8(32(AX), Y14, Y8, Y9)
	FMAROW8(40(AX), Y15, Y10, Y11)
	ADDQ R10, AX
	ADDQ R9, BX
	DECQ CX
	JNZ kernel6x8s_loop

kernel6x8s_store:
	VBROADCASTSD alpha+56(FP), Y15
	MOVQ overwrite+64(FP), R10
	TESTQ R10, R10
	JNE kernel6x8s_overwrite
	ADDTILE8
	VZEROUPPER
	RET

kernel6x8s_overwrite:
	SETTILE8
	VZEROUPPER
	RET

// func kernel5x8s(k int, a *float64, lda int, b *float64, ldb int, c *float64, ldc int, alpha float64, overwrite int)
TEXT ·kernel5x8s(SB), NOSPLIT, $0-72
	OUTERARGS8
	ZERO2Y(Y0, Y1)
	ZERO2Y(Y2, Y3)
	ZERO2Y(Y4, Y5)
	ZERO2Y(Y6, Y7)
	ZERO2Y(Y8, Y9)
	TESTQ CX, CX
	JEQ kernel5x8s_store

kernel5x8s_loop:
	VMOVUPD (BX), Y12
	VMOVUPD 32(BX), Y13
	FMAROW8(0(AX), Y14, Y0, Y1)
	FMAROW8(8(AX), Y15, Y2, Y3)
	FMAROW8(16(AX), Y14, Y4, Y5)
	FMAROW8(24(AX), Y15, Y6, Y7)
	FMAROW8(32(AX), Y14, Y8, Y9)
	ADDQ R10, AX
	ADDQ R9, BX
	DECQ CX
	JNZ kernel5x8s_loop

kernel5x8s_store:
	VBROADCASTSD alpha+56(FP), Y15
	MOVQ overwrite+64(FP), R10
	TESTQ R10, R10
	JNE kernel5x8s_overwrite
	ADDROW8(Y0, Y1)
	ADDROW8(Y2, Y3)
	ADDROW8(Y4, Y5)
	ADDROW8(Y6, Y7)
	ADDROW8(Y8, Y9)
	VZEROUPPER
	RET

kernel5x8s_overwrite:
	SETROW8(Y0, Y1)
	SETROW8(Y2, Y3)
	SETROW8(Y4, Y5)
	SETROW8(Y6, Y7)
	SETROW8(Y8, Y9)
	VZEROUPPER
	RET

// kernel6x1a's dot products: per eight steps of k, eight values of d in
// Y12–Y13 and eight elements of each of the six rows of A (lda elements
// apart), read in place as memory operands; row r's lanes 0–3 accumulate in Y(2r), lanes 4–7 in
// Y(2r+1), the eight lanes of kernel6x25a's 25th column. HSUM8 adds them
// in HSUM's order, ((l0+l4)+(l2+l6)) + ((l1+l5)+(l3+l7)), into the low
// element of lo (X register x).
#define DOTROW8(first, second, lo, hi) \
	VFMADD231PD first, Y12, lo; \
	VFMADD231PD second, Y13, hi

#define HSUM8(lo, hi, x) \
	VADDPD hi, lo, lo; \
	VEXTRACTF128 $1, lo, X14; \
	VADDPD X14, x, x; \
	VPERMILPD $1, x, X14; \
	VADDSD X14, x, x

// ADDDOT: c += alpha·x (one fused multiply-add) for the element at DX,
// then DX to the next row. SETDOT: c = alpha·x.
#define ADDDOT(x) \
	VMOVSD (DX), X13; \
	VFMADD231SD x, X15, X13; \
	VMOVSD X13, (DX); \
	ADDQ R8, DX

#define SETDOT(x) \
	VMULSD x, X15, x; \
	VMOVSD x, (DX); \
	ADDQ R8, DX

// func kernel6x1a(k int, a *float64, lda int, d, c *float64, ldc int, alpha float64, overwrite int)
TEXT ·kernel6x1a(SB), NOSPLIT, $0-64
	MOVQ k+0(FP), CX
	MOVQ a+8(FP), AX
	MOVQ lda+16(FP), R11
	MOVQ d+24(FP), DI
	MOVQ c+32(FP), DX
	MOVQ ldc+40(FP), R8
	SHLQ $3, R11
	SHLQ $3, R8
	LEAQ (R11)(R11*2), R12 // 3·lda bytes
	LEAQ (R11)(R11*4), R13 // 5·lda bytes
	ZERO2Y(Y0, Y1)
	ZERO2Y(Y2, Y3)
	ZERO2Y(Y4, Y5)
	ZERO2Y(Y6, Y7)
	ZERO2Y(Y8, Y9)
	ZERO2Y(Y10, Y11)
	SHRQ $3, CX
	TESTQ CX, CX
	JEQ kernel6x1a_store

kernel6x1a_loop:
	VMOVUPD (DI), Y12
	VMOVUPD 32(DI), Y13
	DOTROW8((AX), 32(AX), Y0, Y1)
	DOTROW8((AX)(R11*1), 32(AX)(R11*1), Y2, Y3)
	DOTROW8((AX)(R11*2), 32(AX)(R11*2), Y4, Y5)
	DOTROW8((AX)(R12*1), 32(AX)(R12*1), Y6, Y7)
	DOTROW8((AX)(R11*4), 32(AX)(R11*4), Y8, Y9)
	DOTROW8((AX)(R13*1), 32(AX)(R13*1), Y10, Y11)
	ADDQ $64, AX
	ADDQ $64, DI
	DECQ CX
	JNZ kernel6x1a_loop

kernel6x1a_store:
	HSUM8(Y0, Y1, X0)
	HSUM8(Y2, Y3, X2)
	HSUM8(Y4, Y5, X4)
	HSUM8(Y6, Y7, X6)
	HSUM8(Y8, Y9, X8)
	HSUM8(Y10, Y11, X10)
	VBROADCASTSD alpha+48(FP), Y15
	MOVQ overwrite+56(FP), R10
	TESTQ R10, R10
	JNE kernel6x1a_overwrite
	ADDDOT(X0)
	ADDDOT(X2)
	ADDDOT(X4)
	ADDDOT(X6)
	ADDDOT(X8)
	ADDDOT(X10)
	VZEROUPPER
	RET

kernel6x1a_overwrite:
	SETDOT(X0)
	SETDOT(X2)
	SETDOT(X4)
	SETDOT(X6)
	SETDOT(X8)
	SETDOT(X10)
	VZEROUPPER
	RET
