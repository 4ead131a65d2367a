//go:build amd64 && !noasm

#include "textflag.h"

// Constants of sigmoidAddAVX2, each repeated in the four lanes of a ymm
// register so that arithmetic instructions can read them from memory (AVX2
// has no embedded broadcast); offsets from BX.
#define SIGN 0 // the sign bit: t | SIGN = −|t|
#define MINA 32 // −800: exp(−800) = 0 in float64; keeps k within SCALE's two-step range
#define LOG2E 64
#define LN2HI 96 // ln 2 rounded to float64
#define LN2LO 128 // ln 2 − LN2HI
#define HALF 160 // also the polynomial's c2
#define BIAS 192 // 1.5·2⁵² + 1023: x + BIAS holds x + 1023, the biased exponent of 2^x, in its low bits
#define ONE 224 // also c1 and c0
#define C3 256 // cn = 1/n!
#define C4 288
#define C5 320
#define C6 352
#define C7 384
#define C8 416
#define C9 448
#define C10 480
#define C11 512
#define C12 544
#define C13 576

#define CONST4(off, bits) \
	DATA sigmoidConsts<>+(off)(SB)/8, bits; \
	DATA sigmoidConsts<>+(off+8)(SB)/8, bits; \
	DATA sigmoidConsts<>+(off+16)(SB)/8, bits; \
	DATA sigmoidConsts<>+(off+24)(SB)/8, bits

CONST4(SIGN, $0x8000000000000000)
CONST4(MINA, $0xc089000000000000)
CONST4(LOG2E, $0x3ff71547652b82fe)
CONST4(LN2HI, $0x3fe62e42fefa39ef)
CONST4(LN2LO, $0x3c7abc9e3b39803f)
CONST4(HALF, $0x3fe0000000000000)
CONST4(BIAS, $0x43380000000003ff)
CONST4(ONE, $0x3ff0000000000000)
CONST4(C3, $0x3fc5555555555555)
CONST4(C4, $0x3fa5555555555555)
CONST4(C5, $0x3f81111111111111)
CONST4(C6, $0x3f56c16c16c16c17)
CONST4(C7, $0x3f2a01a01a01a01a)
CONST4(C8, $0x3efa01a01a01a01a)
CONST4(C9, $0x3ec71de3a556c734)
CONST4(C10, $0x3e927e4fb7789f5c)
CONST4(C11, $0x3e5ae64567f544e4)
CONST4(C12, $0x3e21eed8eff8d898)
CONST4(C13, $0x3de6124613a86d09)
GLOBL sigmoidConsts<>(SB), RODATA|NOPTR, $608

// The computation of one vector is split into stages over four registers:
// t = src + bias (its sign selects the result at the end), k, r and p.
// The four-vector loop runs each stage on four independent vectors so
// that the 13 dependent FMAs of the polynomial overlap.

// BIASSTART points DX at bias[off], R14 at bias[period] and R15 holds
// period in bytes; WRAP brings DX back by a period once it reaches R14.
#define BIASSTART \
	MOVQ bias+16(FP), DX; \
	MOVQ off+32(FP), R8; \
	MOVQ period+40(FP), R15; \
	SHLQ $3, R15; \
	LEAQ (DX)(R15*1), R14; \
	LEAQ (DX)(R8*8), DX

#define WRAP \
	MOVQ DX, R11; \
	SUBQ R15, R11; \
	CMPQ DX, R14; \
	CMOVQGE R11, DX

// LOAD: t = src + bias.
#define LOAD(off, t) \
	VMOVUPD off(SI), t; \
	VADDPD off(DX), t, t

// REDUCE: a = max(−|t|, −800) = k·ln2 + r with k an integer and
// |r| ≤ ln2/2; r = (a − k·LN2HI) − k·LN2LO, where the first FMA is exact.
// VMAXPD returns its second source operand (r, written first in Go's order)
// when either is NaN, so a NaN t stays NaN. Starts the polynomial at p = c13.
#define REDUCE(t, k, r, p) \
	VORPD SIGN(BX), t, r; \
	VMOVUPD MINA(BX), p; \
	VMAXPD r, p, r; \
	VMULPD LOG2E(BX), r, k; \
	VROUNDPD $0, k, k; \
	VFNMADD231PD LN2HI(BX), k, r; \
	VFNMADD231PD LN2LO(BX), k, r; \
	VMOVUPD C13(BX), p

// HORNER4: p = p·r + c on the four vectors.
#define HORNER4(c) \
	VFMADD213PD c(BX), Y8, Y12; \
	VFMADD213PD c(BX), Y9, Y13; \
	VFMADD213PD c(BX), Y10, Y14; \
	VFMADD213PD c(BX), Y11, Y15

// POLY13(H): p = p·r + c for c = c12, …, c3, c2 (HALF), c1 and c0 (ONE):
// the rest of the degree-13 polynomial after REDUCE's p = c13, each step
// by the Horner macro H on the loop's vectors.
#define POLY13(H) \
	H(C12); \
	H(C11); \
	H(C10); \
	H(C9); \
	H(C8); \
	H(C7); \
	H(C6); \
	H(C5); \
	H(C4); \
	H(C3); \
	H(HALF); \
	H(ONE); \
	H(ONE)

// HORNER1: HORNER4 on the one vector of the four-lane tail loop.
#define HORNER1(c) \
	VFMADD213PD c(BX), Y8, Y12

// SCALE: e = p·2^k1·2^k2, k1 = ⌊k/2⌋, k2 = k − k1. One factor 2^k would be
// subnormal or zero for k < −1022; two normal factors make the product
// round once, so subnormal results are correctly rounded and a ≤ −745.2
// gives 0. 2^x is built from the bits of x + BIAS shifted into the
// exponent field.
#define SCALE(k, r, p) \
	VMULPD HALF(BX), k, r; \
	VROUNDPD $1, r, r; \
	VSUBPD r, k, k; \
	VADDPD BIAS(BX), r, r; \
	VPSLLQ $52, r, r; \
	VMULPD r, p, p; \
	VADDPD BIAS(BX), k, k; \
	VPSLLQ $52, k, k; \
	VMULPD k, p, p

// FINISH: dst = t < 0 ? e·q : q with q = 1/(1+e), as in sigmoid (the
// blend reads the sign bit of t: for −0, e = 1 and both are 1/2).
#define FINISH(off, t, k, r, p) \
	VADDPD ONE(BX), p, r; \
	VMOVUPD ONE(BX), k; \
	VDIVPD r, k, k; \
	VMULPD k, p, p; \
	VBLENDVPD t, p, k, k; \
	VMOVUPD k, off(DI)

// func sigmoidAddAVX2(dst, src, bias *float64, n, off, period int)
//
// dst[j] = 1/(1 + exp(−(src[j] + bias[(off + j) mod period]))) for j < n, n
// a multiple of 4, with e = exp(−|t|) ≤ 1 computed here by a degree-13
// Taylor polynomial after Cody–Waite reduction. bias holds period + 64
// elements (a periodic tile: a loop step reads ahead of the wrap) or
// off + n ≤ period. dst may be src: each vector is loaded before it is
// stored.
TEXT ·sigmoidAddAVX2(SB), NOSPLIT, $0-48
	MOVQ dst+0(FP), DI
	MOVQ src+8(FP), SI
	MOVQ n+24(FP), CX
	BIASSTART
	LEAQ sigmoidConsts<>(SB), BX

loop16:
	CMPQ CX, $16
	JLT loop4
	LOAD(0, Y0)
	LOAD(32, Y1)
	LOAD(64, Y2)
	LOAD(96, Y3)
	REDUCE(Y0, Y4, Y8, Y12)
	REDUCE(Y1, Y5, Y9, Y13)
	REDUCE(Y2, Y6, Y10, Y14)
	REDUCE(Y3, Y7, Y11, Y15)
	POLY13(HORNER4)
	SCALE(Y4, Y8, Y12)
	SCALE(Y5, Y9, Y13)
	SCALE(Y6, Y10, Y14)
	SCALE(Y7, Y11, Y15)
	FINISH(0, Y0, Y4, Y8, Y12)
	FINISH(32, Y1, Y5, Y9, Y13)
	FINISH(64, Y2, Y6, Y10, Y14)
	FINISH(96, Y3, Y7, Y11, Y15)
	ADDQ $128, SI
	ADDQ $128, DX
	WRAP
	ADDQ $128, DI
	SUBQ $16, CX
	JMP loop16

loop4:
	TESTQ CX, CX
	JEQ done
	LOAD(0, Y0)
	REDUCE(Y0, Y4, Y8, Y12)
	POLY13(HORNER1)
	SCALE(Y4, Y8, Y12)
	FINISH(0, Y0, Y4, Y8, Y12)
	ADDQ $32, SI
	ADDQ $32, DX
	WRAP
	ADDQ $32, DI
	SUBQ $4, CX
	JMP loop4

done:
	VZEROUPPER
	RET

// The AVX-512 loop: the same operations on eight lanes (ZMM registers), the
// constants read from the table above by embedded broadcast, VRNDSCALEPD
// for VROUNDPD (the same immediate: 0, to nearest), one VSCALEFPD for
// SCALE's two factors and the final blend by a mask of t's sign bits
// (VPMOVQ2M, AVX-512DQ). Each lane computes exactly what sigmoidAddAVX2
// computes for it.

#define LOADZ(off, t) \
	VMOVUPD off(SI), t; \
	VADDPD off(DX), t, t

#define REDUCEZ(t, k, r, p) \
	VPORQ.BCST SIGN(BX), t, r; \
	VBROADCASTSD MINA(BX), p; \
	VMAXPD r, p, r; \
	VMULPD.BCST LOG2E(BX), r, k; \
	VRNDSCALEPD $0, k, k; \
	VFNMADD231PD.BCST LN2HI(BX), k, r; \
	VFNMADD231PD.BCST LN2LO(BX), k, r; \
	VBROADCASTSD C13(BX), p

#define HORNERZ4(c) \
	VFMADD213PD.BCST c(BX), Z8, Z12; \
	VFMADD213PD.BCST c(BX), Z9, Z13; \
	VFMADD213PD.BCST c(BX), Z10, Z14; \
	VFMADD213PD.BCST c(BX), Z11, Z15

#define HORNERZ8(c) \
	VFMADD213PD.BCST c(BX), Z16, Z24; \
	VFMADD213PD.BCST c(BX), Z17, Z25; \
	VFMADD213PD.BCST c(BX), Z18, Z26; \
	VFMADD213PD.BCST c(BX), Z19, Z27; \
	VFMADD213PD.BCST c(BX), Z20, Z28; \
	VFMADD213PD.BCST c(BX), Z21, Z29; \
	VFMADD213PD.BCST c(BX), Z22, Z30; \
	VFMADD213PD.BCST c(BX), Z23, Z31

// HORNERZ1: HORNERZ4 on the one vector of the eight-lane tail loop.
#define HORNERZ1(c) \
	VFMADD213PD.BCST c(BX), Z8, Z12

// SCALEZ: e = p·2^k in one instruction, rounded once: the value of
// SCALE's two factors, whose first product is exact (k ≥ −1155 after the
// clamp, so p·2^⌊k/2⌋ is normal), so the two paths give the same bits.
#define SCALEZ(k, p) \
	VSCALEFPD k, p, p

// FINISHZK is FINISHZ with the result left in k, not stored.
#define FINISHZK(t, k, r, p) \
	VADDPD.BCST ONE(BX), p, r; \
	VBROADCASTSD ONE(BX), k; \
	VDIVPD r, k, k; \
	VMULPD k, p, p; \
	VPMOVQ2M t, K1; \
	VBLENDMPD p, k, K1, k

#define FINISHZ(off, t, k, r, p) \
	FINISHZK(t, k, r, p); \
	VMOVUPD k, off(DI)

// SIGMOIDZ8 computes the sigmoid of the eight vectors at SI plus the
// bias at DX into Z8–Z15, in all 32 registers (vector i in Z(i), its k, r
// and p in Z(8+i), Z(16+i) and Z(24+i)), so that eight chains of the
// polynomial's dependent FMAs overlap rather than four; SIGMOIDZ4 computes
// four into Z4–Z7 in Z0–Z15.
#define SIGMOIDZ8 \
	LOADZ(0, Z0); \
	LOADZ(64, Z1); \
	LOADZ(128, Z2); \
	LOADZ(192, Z3); \
	LOADZ(256, Z4); \
	LOADZ(320, Z5); \
	LOADZ(384, Z6); \
	LOADZ(448, Z7); \
	REDUCEZ(Z0, Z8, Z16, Z24); \
	REDUCEZ(Z1, Z9, Z17, Z25); \
	REDUCEZ(Z2, Z10, Z18, Z26); \
	REDUCEZ(Z3, Z11, Z19, Z27); \
	REDUCEZ(Z4, Z12, Z20, Z28); \
	REDUCEZ(Z5, Z13, Z21, Z29); \
	REDUCEZ(Z6, Z14, Z22, Z30); \
	REDUCEZ(Z7, Z15, Z23, Z31); \
	POLY13(HORNERZ8); \
	SCALEZ(Z8, Z24); \
	SCALEZ(Z9, Z25); \
	SCALEZ(Z10, Z26); \
	SCALEZ(Z11, Z27); \
	SCALEZ(Z12, Z28); \
	SCALEZ(Z13, Z29); \
	SCALEZ(Z14, Z30); \
	SCALEZ(Z15, Z31); \
	FINISHZK(Z0, Z8, Z16, Z24); \
	FINISHZK(Z1, Z9, Z17, Z25); \
	FINISHZK(Z2, Z10, Z18, Z26); \
	FINISHZK(Z3, Z11, Z19, Z27); \
	FINISHZK(Z4, Z12, Z20, Z28); \
	FINISHZK(Z5, Z13, Z21, Z29); \
	FINISHZK(Z6, Z14, Z22, Z30); \
	FINISHZK(Z7, Z15, Z23, Z31)

#define SIGMOIDZ4 \
	LOADZ(0, Z0); \
	LOADZ(64, Z1); \
	LOADZ(128, Z2); \
	LOADZ(192, Z3); \
	REDUCEZ(Z0, Z4, Z8, Z12); \
	REDUCEZ(Z1, Z5, Z9, Z13); \
	REDUCEZ(Z2, Z6, Z10, Z14); \
	REDUCEZ(Z3, Z7, Z11, Z15); \
	POLY13(HORNERZ4); \
	SCALEZ(Z4, Z12); \
	SCALEZ(Z5, Z13); \
	SCALEZ(Z6, Z14); \
	SCALEZ(Z7, Z15); \
	FINISHZK(Z0, Z4, Z8, Z12); \
	FINISHZK(Z1, Z5, Z9, Z13); \
	FINISHZK(Z2, Z6, Z10, Z14); \
	FINISHZK(Z3, Z7, Z11, Z15)

// func sigmoidAddAVX512(dst, src, bias *float64, n, off, period int)
//
// sigmoidAddAVX2 on eight lanes, n a multiple of 8.
TEXT ·sigmoidAddAVX512(SB), NOSPLIT, $0-48
	MOVQ dst+0(FP), DI
	MOVQ src+8(FP), SI
	MOVQ n+24(FP), CX
	BIASSTART
	LEAQ sigmoidConsts<>(SB), BX

zloop64:
	CMPQ CX, $64
	JLT zloop32
	SIGMOIDZ8
	VMOVUPD Z8, 0(DI)
	VMOVUPD Z9, 64(DI)
	VMOVUPD Z10, 128(DI)
	VMOVUPD Z11, 192(DI)
	VMOVUPD Z12, 256(DI)
	VMOVUPD Z13, 320(DI)
	VMOVUPD Z14, 384(DI)
	VMOVUPD Z15, 448(DI)
	ADDQ $512, SI
	ADDQ $512, DX
	WRAP
	ADDQ $512, DI
	SUBQ $64, CX
	JMP zloop64

zloop32:
	CMPQ CX, $32
	JLT zloop8
	SIGMOIDZ4
	VMOVUPD Z4, 0(DI)
	VMOVUPD Z5, 64(DI)
	VMOVUPD Z6, 128(DI)
	VMOVUPD Z7, 192(DI)
	ADDQ $256, SI
	ADDQ $256, DX
	WRAP
	ADDQ $256, DI
	SUBQ $32, CX
	JMP zloop32

zloop8:
	TESTQ CX, CX
	JEQ zdone
	LOADZ(0, Z0)
	REDUCEZ(Z0, Z4, Z8, Z12)
	POLY13(HORNERZ1)
	SCALEZ(Z4, Z12)
	FINISHZ(0, Z0, Z4, Z8, Z12)
	ADDQ $64, SI
	ADDQ $64, DX
	WRAP
	ADDQ $64, DI
	SUBQ $8, CX
	JMP zloop8

zdone:
	VZEROUPPER
	RET

// DELTAK: the output layer's error e = a − x at the activations a in a
// register and the targets at off(R13), acc += e² (one rounding), and
// (e·a)·(1 − a) stored at off(DI); Z20 holds 1. outputDeltaAVX512's
// operations (DELTAZ), with a already in a register.
#define DELTAK(off, a, e, u, acc) \
	VSUBPD off(R13), a, e; \
	VFMADD231PD e, e, acc; \
	VSUBPD a, Z20, u; \
	VMULPD a, e, e; \
	VMULPD u, e, e; \
	VMOVUPD e, off(DI)

// ACCLOAD loads the 32 partial sums at R12 into Z16–Z19, and 1 into Z20;
// ACCSTORE stores the sums back.
#define ACCLOAD \
	VMOVUPD 0(R12), Z16; \
	VMOVUPD 64(R12), Z17; \
	VMOVUPD 128(R12), Z18; \
	VMOVUPD 192(R12), Z19; \
	VBROADCASTSD ONE(BX), Z20

#define ACCSTORE \
	VMOVUPD Z16, 0(R12); \
	VMOVUPD Z17, 64(R12); \
	VMOVUPD Z18, 128(R12); \
	VMOVUPD Z19, 192(R12)

// func sigmoidDeltaAVX512(a, x, bias *float64, n, off, period int, acc *[32]float64)
//
// sigmoidAddAVX512 in place on a, then outputDeltaAVX512 on a and x, in one
// pass, n a multiple of 32: each vector of activations goes from the
// sigmoid to the error while in its register, instead of being stored and
// loaded again. The same operations on every element, and the squared
// errors added to acc[j mod 32] in the order of j, so the same bits as the
// two passes. The partial sums are loaded and stored each step, whose
// registers the sigmoid's eight vectors take.
TEXT ·sigmoidDeltaAVX512(SB), NOSPLIT, $0-56
	MOVQ a+0(FP), DI
	MOVQ DI, SI
	MOVQ x+8(FP), R13
	MOVQ n+24(FP), CX
	MOVQ acc+48(FP), R12
	BIASSTART
	LEAQ sigmoidConsts<>(SB), BX

sdloop64:
	CMPQ CX, $64
	JLT sdloop32
	SIGMOIDZ8
	ACCLOAD
	DELTAK(0, Z8, Z24, Z0, Z16)
	DELTAK(64, Z9, Z25, Z1, Z17)
	DELTAK(128, Z10, Z26, Z2, Z18)
	DELTAK(192, Z11, Z27, Z3, Z19)
	DELTAK(256, Z12, Z28, Z4, Z16)
	DELTAK(320, Z13, Z29, Z5, Z17)
	DELTAK(384, Z14, Z30, Z6, Z18)
	DELTAK(448, Z15, Z31, Z7, Z19)
	ACCSTORE
	ADDQ $512, SI
	ADDQ $512, DX
	WRAP
	ADDQ $512, DI
	ADDQ $512, R13
	SUBQ $64, CX
	JMP sdloop64

sdloop32:
	TESTQ CX, CX
	JEQ sddone
	SIGMOIDZ4
	ACCLOAD
	DELTAK(0, Z4, Z24, Z28, Z16)
	DELTAK(64, Z5, Z25, Z29, Z17)
	DELTAK(128, Z6, Z26, Z30, Z18)
	DELTAK(192, Z7, Z27, Z31, Z19)
	ACCSTORE
	ADDQ $256, SI
	ADDQ $256, DX
	WRAP
	ADDQ $256, DI
	ADDQ $256, R13
	SUBQ $32, CX
	JMP sdloop32

sddone:
	VZEROUPPER
	RET

// func outputDeltaAVX512(a, x *float64, n int, acc *[32]float64)
//
// For j < n, n a multiple of 32: e = a[j] − x[j], acc[j mod 32] += e²
// (one rounding, as math.FMA), a[j] = (e·a[j])·(1 − a[j]); outputDelta's
// loop, whose bits it gives, on four vectors of eight lanes at a time.
TEXT ·outputDeltaAVX512(SB), NOSPLIT, $0-32
	MOVQ a+0(FP), DI
	MOVQ x+8(FP), SI
	MOVQ n+16(FP), CX
	MOVQ acc+24(FP), DX
	LEAQ sigmoidConsts<>(SB), BX
	VMOVUPD 0(DX), Z16
	VMOVUPD 64(DX), Z17
	VMOVUPD 128(DX), Z18
	VMOVUPD 192(DX), Z19
	VBROADCASTSD ONE(BX), Z20

#define DELTAZ(off, a, e, u, acc) \
	VMOVUPD off(DI), a; \
	VSUBPD off(SI), a, e; \
	VFMADD231PD e, e, acc; \
	VSUBPD a, Z20, u; \
	VMULPD a, e, e; \
	VMULPD u, e, e; \
	VMOVUPD e, off(DI)

dloop:
	TESTQ CX, CX
	JEQ ddone
	DELTAZ(0, Z0, Z4, Z8, Z16)
	DELTAZ(64, Z1, Z5, Z9, Z17)
	DELTAZ(128, Z2, Z6, Z10, Z18)
	DELTAZ(192, Z3, Z7, Z11, Z19)
	ADDQ $256, DI
	ADDQ $256, SI
	SUBQ $32, CX
	JMP dloop

ddone:
	VMOVUPD Z16, 0(DX)
	VMOVUPD Z17, 64(DX)
	VMOVUPD Z18, 128(DX)
	VMOVUPD Z19, 192(DX)
	VZEROUPPER
	RET

// func derivMulAVX512(d, a, bias *float64, n, off, period int)
//
// d[j] = ((d[j] + bias[(off + j) mod period])·a[j])·(1 − a[j]) for j < n, n
// a multiple of 32, bias as in sigmoidAddAVX2: derivMul's loop, whose bits
// it gives, on four vectors of eight lanes at a time.
TEXT ·derivMulAVX512(SB), NOSPLIT, $0-48
	MOVQ d+0(FP), DI
	MOVQ a+8(FP), SI
	MOVQ n+24(FP), CX
	BIASSTART
	LEAQ sigmoidConsts<>(SB), BX
	VBROADCASTSD ONE(BX), Z20

#define DERIVZ(off, a, d, u) \
	VMOVUPD off(SI), a; \
	VMOVUPD off(DI), d; \
	VADDPD off(DX), d, d; \
	VMULPD a, d, d; \
	VSUBPD a, Z20, u; \
	VMULPD u, d, d; \
	VMOVUPD d, off(DI)

mloop:
	TESTQ CX, CX
	JEQ mdone
	DERIVZ(0, Z0, Z4, Z8)
	DERIVZ(64, Z1, Z5, Z9)
	DERIVZ(128, Z2, Z6, Z10)
	DERIVZ(192, Z3, Z7, Z11)
	ADDQ $256, DI
	ADDQ $256, SI
	ADDQ $256, DX
	WRAP
	SUBQ $32, CX
	JMP mloop

mdone:
	VZEROUPPER
	RET

// colMasks<> holds 2^c − 1 for c = 0, …, 8: the mask of a vector with c
// columns left (all eight for c ≥ 8).
DATA colMasks<>+0(SB)/1, $0x00
DATA colMasks<>+1(SB)/1, $0x01
DATA colMasks<>+2(SB)/1, $0x03
DATA colMasks<>+3(SB)/1, $0x07
DATA colMasks<>+4(SB)/1, $0x0f
DATA colMasks<>+5(SB)/1, $0x1f
DATA colMasks<>+6(SB)/1, $0x3f
DATA colMasks<>+7(SB)/1, $0x7f
DATA colMasks<>+8(SB)/1, $0xff
GLOBL colMasks<>(SB), RODATA|NOPTR, $16

// COLMASK sets the mask register k for the vector at column off of the
// group, whose columns left are DX: colMasks[min(8, max(0, DX − off))].
// Uses AX, R8 and R12 (R12: 8, then 0).
#define COLMASK(off, k) \
	LEAQ -off(DX), AX; \
	MOVQ $8, R12; \
	CMPQ AX, R12; \
	CMOVQGT R12, AX; \
	XORQ R12, R12; \
	CMPQ AX, R12; \
	CMOVQLT R12, AX; \
	MOVBQZX (R13)(AX*1), R8; \
	KMOVB R8, k

// func addColSumsAVX512(dst, src *float64, rows, cols int)
//
// dst[j] += src[i·cols + j] for i < rows and j < cols, each column summed
// in row order (the sums of addColSums's loop, element by element), 32
// columns at a time: the group's sums stay in four registers over all the
// rows and are stored once. Each register's lanes past the last column are
// masked off (masked loads do not fault); K1–K4 hold the group's masks.
TEXT ·addColSumsAVX512(SB), NOSPLIT, $0-32
	MOVQ dst+0(FP), DI
	MOVQ src+8(FP), SI
	MOVQ rows+16(FP), BX
	MOVQ cols+24(FP), DX
	LEAQ (DX*8), R9 // a row's bytes
	LEAQ colMasks<>(SB), R13

cgroup:
	TESTQ DX, DX
	JLE cdone
	// The masks of the group's four vectors: 2^min(8, max(0, c)) − 1 for
	// c = DX, DX − 8, DX − 16, DX − 24 (columns left).
	COLMASK(0, K1)
	COLMASK(8, K2)
	COLMASK(16, K3)
	COLMASK(24, K4)
	VMOVUPD.Z (DI), K1, Z0
	VMOVUPD.Z 64(DI), K2, Z1
	VMOVUPD.Z 128(DI), K3, Z2
	VMOVUPD.Z 192(DI), K4, Z3
	MOVQ SI, R11
	MOVQ BX, CX

crow:
	TESTQ CX, CX
	JEQ cstore
	VMOVUPD.Z (R11), K1, Z4
	VMOVUPD.Z 64(R11), K2, Z5
	VMOVUPD.Z 128(R11), K3, Z6
	VMOVUPD.Z 192(R11), K4, Z7
	VADDPD Z4, Z0, Z0
	VADDPD Z5, Z1, Z1
	VADDPD Z6, Z2, Z2
	VADDPD Z7, Z3, Z3
	ADDQ R9, R11
	DECQ CX
	JMP crow

cstore:
	VMOVUPD Z0, K1, (DI)
	VMOVUPD Z1, K2, 64(DI)
	VMOVUPD Z2, K3, 128(DI)
	VMOVUPD Z3, K4, 192(DI)
	ADDQ $256, DI
	ADDQ $256, SI
	SUBQ $32, DX
	JMP cgroup

cdone:
	VZEROUPPER
	RET

