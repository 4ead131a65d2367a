//go:build amd64 && !noasm

#include "textflag.h"

// The sigmoid f(t) = 1/(1 + exp(−t)). With a = max(−|t|, −800) reduced to
// a = k·ln2 + r (Cody–Waite: k an integer, |r| ≤ ln2/2), exp(r) is taken
// as P(r)/Q(r), the [6/6] Padé approximant of exp at 0 (relative error at
// most 1.82e−19 for |r| ≤ ln2/2, computed in 60-digit arithmetic):
//
//	P(r) = E(s) + r·O(s),  Q(r) = P(−r) = E(s) − r·O(s),  s = r²,
//	E(s) = 1 + p2·s + p4·s² + p6·s³,  O(s) = 1/2 + p3·s + p5·s²,
//
// p2 = 5/44, p3 = 1/66, p4 = 1/792, p5 = 1/15840, p6 = 1/665280. Then
// with N = P·2^k (so that e^a = N/Q),
//
//	f(|t|) = 1/(1 + e^a) = Q/(Q + N),  f(−|t|) = e^a/(1 + e^a) = 2^k·(P/(Q + N)):
//
// one division serving both the quotient P/Q and the sigmoid's own:
// thirteen multiplications, multiply-adds and scalings a vector, where
// the degree-13 Taylor polynomial (relative error up to 5.7e−18 on the
// same interval), its scaling and the product e·1/(1 + e) take eighteen
// (AVX-512; eleven against seventeen without the scalings). The last
// scaling of f(−|t|) rounds once, so subnormal results are correctly
// rounded from P/(Q + N), and a ≤ −745.2 gives 0; the sign of t (that of
// −0 too, for which both results are 1/2) selects the result. A NaN t
// stays NaN: max returns its NaN operand.

// Constants, each repeated in the four lanes of a ymm register so that
// arithmetic instructions can read them from memory (AVX2 has no embedded
// broadcast); offsets from BX.
#define SIGN 0 // the sign bit: t | SIGN = −|t|
#define MINA 32 // −800: exp(−800) = 0 in float64; keeps k within FACTORS' range
#define LOG2E 64
#define LN2HI 96 // ln 2 rounded to float64
#define LN2LO 128 // ln 2 − LN2HI
#define HALF 160 // also O's constant term
#define BIAS 192 // 1.5·2⁵² + 1023: x + BIAS holds x + 1023, the biased exponent of 2^x, in its low bits
#define ONE 224 // also E's constant term
#define P2 256
#define P3 288
#define P4 320
#define P5 352
#define P6 384

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
CONST4(P2, $0x3fbd1745d1745d17)
CONST4(P3, $0x3f8f07c1f07c1f08)
CONST4(P4, $0x3f54afd6a052bf5b)
CONST4(P5, $0x3f108cabb37565e2)
CONST4(P6, $0x3eb937e11175f095)
GLOBL sigmoidConsts<>(SB), RODATA|NOPTR, $416

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

// The AVX2 loop computes one vector in six registers: t = src + bias, k
// (then the factor 2^(k − ⌊k/2⌋)), r (then the factor 2^⌊k/2⌋), s (then
// Q and the result), E (then P and 2^k·P/(Q + N)), and O (then N and
// Q + N).

// LOAD: t = src + bias.
#define LOAD(off, t) \
	VMOVUPD off(SI), t; \
	VADDPD off(DX), t, t

// REDUCE: a = max(−|t|, −800) = k·ln2 + r; r = (a − k·LN2HI) − k·LN2LO,
// where the first FMA is exact. VMAXPD returns its second source operand
// (r, written first in Go's order) when either is NaN. Uses q.
#define REDUCE(t, k, r, q) \
	VORPD SIGN(BX), t, r; \
	VMOVUPD MINA(BX), q; \
	VMAXPD r, q, r; \
	VMULPD LOG2E(BX), r, k; \
	VROUNDPD $0, k, k; \
	VFNMADD231PD LN2HI(BX), k, r; \
	VFNMADD231PD LN2LO(BX), k, r

// PADE: q = Q(r) and p = P(r), each rounded once from E and r·O (fused).
#define PADE(r, q, p, o) \
	VMULPD r, r, q; \
	VMOVUPD P6(BX), p; \
	VMOVUPD P5(BX), o; \
	VFMADD213PD P4(BX), q, p; \
	VFMADD213PD P3(BX), q, o; \
	VFMADD213PD P2(BX), q, p; \
	VFMADD213PD HALF(BX), q, o; \
	VFMADD213PD ONE(BX), q, p; \
	VMOVAPD p, q; \
	VFNMADD231PD o, r, q; \
	VFMADD231PD o, r, p

// FACTORS: 2^k as two normal factors, f = 2^⌊k/2⌋ and k = 2^(k − ⌊k/2⌋):
// one factor would be subnormal or zero for k < −1022, and x·f·k rounds
// once, as x·2^k does, when x·f is normal (k ≥ −1155 after the clamp, and
// x ≥ 0.4 here). 2^x is built from the bits of x + BIAS shifted into the
// exponent field.
#define FACTORS(k, f) \
	VMULPD HALF(BX), k, f; \
	VROUNDPD $1, f, f; \
	VSUBPD f, k, k; \
	VADDPD BIAS(BX), f, f; \
	VPSLLQ $52, f, f; \
	VADDPD BIAS(BX), k, k; \
	VPSLLQ $52, k, k

// FINISH: N = P·2^k into n, then Q + N; dst = Q/(Q + N) for t ≥ 0 and
// 2^k·(P/(Q + N)) for t < 0 (the blends read the sign bit of t). 2^k is
// the factors f·k.
#define FINISH(off, t, k, f, q, p, n) \
	VMULPD f, p, n; \
	VMULPD k, n, n; \
	VADDPD q, n, n; \
	VBLENDVPD t, p, q, q; \
	VDIVPD n, q, q; \
	VMULPD f, q, p; \
	VMULPD k, p, p; \
	VBLENDVPD t, p, q, q; \
	VMOVUPD q, off(DI)

// func sigmoidAddAVX2(dst, src, bias *float64, n, off, period int)
//
// dst[j] = f(src[j] + bias[(off + j) mod period]) for j < n, n a multiple
// of 4, f computed as above. bias holds period + 64 elements (a periodic
// tile: a loop step reads ahead of the wrap) or off + n ≤ period. dst may
// be src: each vector is loaded before it is stored. Two vectors at a
// time, vector i in Y(i), Y(2+i), …, Y(10+i); Y12 and Y13 are scratch.
TEXT ·sigmoidAddAVX2(SB), NOSPLIT, $0-48
	MOVQ dst+0(FP), DI
	MOVQ src+8(FP), SI
	MOVQ n+24(FP), CX
	BIASSTART
	LEAQ sigmoidConsts<>(SB), BX

loop8:
	CMPQ CX, $8
	JLT loop4
	LOAD(0, Y0)
	LOAD(32, Y1)
	REDUCE(Y0, Y2, Y4, Y12)
	REDUCE(Y1, Y3, Y5, Y13)
	PADE(Y4, Y6, Y8, Y10)
	PADE(Y5, Y7, Y9, Y11)
	FACTORS(Y2, Y4)
	FACTORS(Y3, Y5)
	FINISH(0, Y0, Y2, Y4, Y6, Y8, Y10)
	FINISH(32, Y1, Y3, Y5, Y7, Y9, Y11)
	ADDQ $64, SI
	ADDQ $64, DX
	WRAP
	ADDQ $64, DI
	SUBQ $8, CX
	JMP loop8

loop4:
	TESTQ CX, CX
	JEQ done
	LOAD(0, Y0)
	REDUCE(Y0, Y2, Y4, Y12)
	PADE(Y4, Y6, Y8, Y10)
	FACTORS(Y2, Y4)
	FINISH(0, Y0, Y2, Y4, Y6, Y8, Y10)
	ADDQ $32, SI
	ADDQ $32, DX
	WRAP
	ADDQ $32, DI
	SUBQ $4, CX
	JMP loop4

done:
	VZEROUPPER
	RET

// The AVX-512 loop: the same operations on eight lanes (ZMM registers),
// the constants read from the table above by embedded broadcast,
// VRNDSCALEPD for VROUNDPD (the same immediate: 0, to nearest), VSCALEFPD
// for the factors of 2^k (x·2^k rounded once, as x·f·k), and the blends
// by a mask of t's sign bits (VPMOVQ2M, AVX-512DQ), the last scaling
// under it. Each lane computes exactly what sigmoidAddAVX2 computes for
// it. Four vectors at a time (eight chains of multiply-adds, E's and O's,
// cover their latency): vector i in Z(i), its k in Z(4+i), r in Z(8+i), s,
// then Q and the result, in Z(12+i), E, then P, in Z(16+i), O, then N, in
// Z(20+i); Z31 holds −800.

#define LOADZ(off, t) \
	VMOVUPD off(SI), t; \
	VADDPD off(DX), t, t

#define REDUCEZ(t, k, r) \
	VPORQ.BCST SIGN(BX), t, r; \
	VMAXPD r, Z31, r; \
	VMULPD.BCST LOG2E(BX), r, k; \
	VRNDSCALEPD $0, k, k; \
	VFNMADD231PD.BCST LN2HI(BX), k, r; \
	VFNMADD231PD.BCST LN2LO(BX), k, r

#define SQUAREZ(r, s, e, o) \
	VMULPD r, r, s; \
	VBROADCASTSD P6(BX), e; \
	VBROADCASTSD P5(BX), o

// STEPZ: x = x·s + c.
#define STEPZ(c, s, x) \
	VFMADD213PD.BCST c(BX), s, x

#define PQZ(r, q, p, o) \
	VMOVAPD p, q; \
	VFNMADD231PD o, r, q; \
	VFMADD231PD o, r, p

#define FINISHZ(t, k, q, p, n) \
	VSCALEFPD k, p, n; \
	VADDPD q, n, n; \
	VPMOVQ2M t, K1; \
	VBLENDMPD p, q, K1, q; \
	VDIVPD n, q, q; \
	VSCALEFPD k, q, K1, q

// SIGMOIDZ4 computes the sigmoid of the four vectors at SI plus the bias
// at DX into Z12–Z15; SIGMOIDZ1 that of the one vector there into Z12.
#define SIGMOIDZ4 \
	LOADZ(0, Z0); \
	LOADZ(64, Z1); \
	LOADZ(128, Z2); \
	LOADZ(192, Z3); \
	REDUCEZ(Z0, Z4, Z8); \
	REDUCEZ(Z1, Z5, Z9); \
	REDUCEZ(Z2, Z6, Z10); \
	REDUCEZ(Z3, Z7, Z11); \
	SQUAREZ(Z8, Z12, Z16, Z20); \
	SQUAREZ(Z9, Z13, Z17, Z21); \
	SQUAREZ(Z10, Z14, Z18, Z22); \
	SQUAREZ(Z11, Z15, Z19, Z23); \
	STEPZ(P4, Z12, Z16); \
	STEPZ(P3, Z12, Z20); \
	STEPZ(P4, Z13, Z17); \
	STEPZ(P3, Z13, Z21); \
	STEPZ(P4, Z14, Z18); \
	STEPZ(P3, Z14, Z22); \
	STEPZ(P4, Z15, Z19); \
	STEPZ(P3, Z15, Z23); \
	STEPZ(P2, Z12, Z16); \
	STEPZ(HALF, Z12, Z20); \
	STEPZ(P2, Z13, Z17); \
	STEPZ(HALF, Z13, Z21); \
	STEPZ(P2, Z14, Z18); \
	STEPZ(HALF, Z14, Z22); \
	STEPZ(P2, Z15, Z19); \
	STEPZ(HALF, Z15, Z23); \
	STEPZ(ONE, Z12, Z16); \
	STEPZ(ONE, Z13, Z17); \
	STEPZ(ONE, Z14, Z18); \
	STEPZ(ONE, Z15, Z19); \
	PQZ(Z8, Z12, Z16, Z20); \
	PQZ(Z9, Z13, Z17, Z21); \
	PQZ(Z10, Z14, Z18, Z22); \
	PQZ(Z11, Z15, Z19, Z23); \
	FINISHZ(Z0, Z4, Z12, Z16, Z20); \
	FINISHZ(Z1, Z5, Z13, Z17, Z21); \
	FINISHZ(Z2, Z6, Z14, Z18, Z22); \
	FINISHZ(Z3, Z7, Z15, Z19, Z23)

#define SIGMOIDZ1 \
	LOADZ(0, Z0); \
	REDUCEZ(Z0, Z4, Z8); \
	SQUAREZ(Z8, Z12, Z16, Z20); \
	STEPZ(P4, Z12, Z16); \
	STEPZ(P3, Z12, Z20); \
	STEPZ(P2, Z12, Z16); \
	STEPZ(HALF, Z12, Z20); \
	STEPZ(ONE, Z12, Z16); \
	PQZ(Z8, Z12, Z16, Z20); \
	FINISHZ(Z0, Z4, Z12, Z16, Z20)

// func sigmoidAddAVX512(dst, src, bias *float64, n, off, period int)
//
// sigmoidAddAVX2 on eight lanes, n a multiple of 8.
TEXT ·sigmoidAddAVX512(SB), NOSPLIT, $0-48
	MOVQ dst+0(FP), DI
	MOVQ src+8(FP), SI
	MOVQ n+24(FP), CX
	BIASSTART
	LEAQ sigmoidConsts<>(SB), BX
	VBROADCASTSD MINA(BX), Z31

zloop32:
	CMPQ CX, $32
	JLT zloop8
	SIGMOIDZ4
	VMOVUPD Z12, 0(DI)
	VMOVUPD Z13, 64(DI)
	VMOVUPD Z14, 128(DI)
	VMOVUPD Z15, 192(DI)
	ADDQ $256, SI
	ADDQ $256, DX
	WRAP
	ADDQ $256, DI
	SUBQ $32, CX
	JMP zloop32

zloop8:
	TESTQ CX, CX
	JEQ zdone
	SIGMOIDZ1
	VMOVUPD Z12, 0(DI)
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
// (e·a)·(1 − a) stored at off(DI); one holds 1. outputDeltaAVX512 and
// outputDeltaAVX2 load a first (DELTA); sigmoidDeltaAVX512 has it from
// the sigmoid.
#define DELTAK(off, a, e, u, acc, one) \
	VSUBPD off(R13), a, e; \
	VFMADD231PD e, e, acc; \
	VSUBPD a, one, u; \
	VMULPD a, e, e; \
	VMULPD u, e, e; \
	VMOVUPD e, off(DI)

// func sigmoidDeltaAVX512(a, x, bias *float64, n, off, period int, acc *[32]float64)
//
// sigmoidAddAVX512 in place on a, then outputDeltaAVX512 on a and x, in one
// pass, n a multiple of 32: each vector of activations goes from the
// sigmoid to the error while in its register, instead of being stored and
// loaded again. The same operations on every element, and the squared
// errors added to acc[j mod 32] in the order of j, so the same bits as the
// two passes. The partial sums stay in Z24–Z27.
TEXT ·sigmoidDeltaAVX512(SB), NOSPLIT, $0-56
	MOVQ a+0(FP), DI
	MOVQ DI, SI
	MOVQ x+8(FP), R13
	MOVQ n+24(FP), CX
	MOVQ acc+48(FP), R12
	BIASSTART
	LEAQ sigmoidConsts<>(SB), BX
	VBROADCASTSD MINA(BX), Z31
	VBROADCASTSD ONE(BX), Z28
	VMOVUPD 0(R12), Z24
	VMOVUPD 64(R12), Z25
	VMOVUPD 128(R12), Z26
	VMOVUPD 192(R12), Z27

	// x, a block of the samples in the sparse loss's second pass, comes
	// from L3 or memory: its lines are prefetched eight iterations ahead
	// (bench/NOTES.md, stop 32). A prefetch changes no register or memory
	// and cannot fault, also past x's end.
sdloop32:
	TESTQ CX, CX
	JEQ sddone
	PREFETCHT0 2048(R13)
	PREFETCHT0 2112(R13)
	PREFETCHT0 2176(R13)
	PREFETCHT0 2240(R13)
	SIGMOIDZ4
	DELTAK(0, Z12, Z16, Z20, Z24, Z28)
	DELTAK(64, Z13, Z17, Z21, Z25, Z28)
	DELTAK(128, Z14, Z18, Z22, Z26, Z28)
	DELTAK(192, Z15, Z19, Z23, Z27, Z28)
	ADDQ $256, SI
	ADDQ $256, DX
	WRAP
	ADDQ $256, DI
	ADDQ $256, R13
	SUBQ $32, CX
	JMP sdloop32

sddone:
	VMOVUPD Z24, 0(R12)
	VMOVUPD Z25, 64(R12)
	VMOVUPD Z26, 128(R12)
	VMOVUPD Z27, 192(R12)
	VZEROUPPER
	RET

// func outputDeltaAVX512(a, x *float64, n int, acc *[32]float64)
//
// For j < n, n a multiple of 32: e = a[j] − x[j], acc[j mod 32] += e²
// (one rounding, as math.FMA), a[j] = (e·a[j])·(1 − a[j]); outputDelta's
// loop, whose bits it gives, on four vectors of eight lanes at a time.
TEXT ·outputDeltaAVX512(SB), NOSPLIT, $0-32
	MOVQ a+0(FP), DI
	MOVQ x+8(FP), R13
	MOVQ n+16(FP), CX
	MOVQ acc+24(FP), DX
	LEAQ sigmoidConsts<>(SB), BX
	VMOVUPD 0(DX), Z16
	VMOVUPD 64(DX), Z17
	VMOVUPD 128(DX), Z18
	VMOVUPD 192(DX), Z19
	VBROADCASTSD ONE(BX), Z28

// DELTA: DELTAK on the activations at off(DI).
#define DELTA(off, a, e, u, acc, one) \
	VMOVUPD off(DI), a; \
	DELTAK(off, a, e, u, acc, one)

dloop:
	TESTQ CX, CX
	JEQ ddone
	DELTA(0, Z0, Z4, Z8, Z16, Z28)
	DELTA(64, Z1, Z5, Z9, Z17, Z28)
	DELTA(128, Z2, Z6, Z10, Z18, Z28)
	DELTA(192, Z3, Z7, Z11, Z19, Z28)
	ADDQ $256, DI
	ADDQ $256, R13
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

// DERIV: d at off(DI) becomes ((d + bias at off(DX))·a)·(1 − a), a at
// off(SI), in the vector registers a, d and u; one holds 1.
#define DERIV(off, a, d, u, one) \
	VMOVUPD off(SI), a; \
	VMOVUPD off(DI), d; \
	VADDPD off(DX), d, d; \
	VMULPD a, d, d; \
	VSUBPD a, one, u; \
	VMULPD u, d, d; \
	VMOVUPD d, off(DI)

mloop:
	TESTQ CX, CX
	JEQ mdone
	DERIV(0, Z0, Z4, Z8, Z20)
	DERIV(64, Z1, Z5, Z9, Z20)
	DERIV(128, Z2, Z6, Z10, Z20)
	DERIV(192, Z3, Z7, Z11, Z20)
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


// func outputDeltaAVX2(a, x *float64, n int, acc *[32]float64)
//
// outputDeltaAVX512 on four lanes, for processors without AVX-512: the
// same operations on every element, acc[j mod 32] in Y8–Y15 (acc[4i …
// 4i+3] in Y(8+i)), so the same bits. Two vectors at a time in Y0–Y2 and
// Y3–Y5; Y7 holds 1.
TEXT ·outputDeltaAVX2(SB), NOSPLIT, $0-32
	MOVQ a+0(FP), DI
	MOVQ x+8(FP), R13
	MOVQ n+16(FP), CX
	MOVQ acc+24(FP), DX
	LEAQ sigmoidConsts<>(SB), BX
	VMOVUPD 0(DX), Y8
	VMOVUPD 32(DX), Y9
	VMOVUPD 64(DX), Y10
	VMOVUPD 96(DX), Y11
	VMOVUPD 128(DX), Y12
	VMOVUPD 160(DX), Y13
	VMOVUPD 192(DX), Y14
	VMOVUPD 224(DX), Y15
	VMOVUPD ONE(BX), Y7

yloop:
	TESTQ CX, CX
	JEQ ydone
	DELTA(0, Y0, Y1, Y2, Y8, Y7)
	DELTA(32, Y3, Y4, Y5, Y9, Y7)
	DELTA(64, Y0, Y1, Y2, Y10, Y7)
	DELTA(96, Y3, Y4, Y5, Y11, Y7)
	DELTA(128, Y0, Y1, Y2, Y12, Y7)
	DELTA(160, Y3, Y4, Y5, Y13, Y7)
	DELTA(192, Y0, Y1, Y2, Y14, Y7)
	DELTA(224, Y3, Y4, Y5, Y15, Y7)
	ADDQ $256, DI
	ADDQ $256, R13
	SUBQ $32, CX
	JMP yloop

ydone:
	VMOVUPD Y8, 0(DX)
	VMOVUPD Y9, 32(DX)
	VMOVUPD Y10, 64(DX)
	VMOVUPD Y11, 96(DX)
	VMOVUPD Y12, 128(DX)
	VMOVUPD Y13, 160(DX)
	VMOVUPD Y14, 192(DX)
	VMOVUPD Y15, 224(DX)
	VZEROUPPER
	RET

// func derivMulAVX2(d, a, bias *float64, n, off, period int)
//
// derivMulAVX512 on four lanes: the same operations, 32 elements a step
// (so the bias tile is read as far ahead of the wrap), so the same bits.
// Y15 holds 1.
TEXT ·derivMulAVX2(SB), NOSPLIT, $0-48
	MOVQ d+0(FP), DI
	MOVQ a+8(FP), SI
	MOVQ n+24(FP), CX
	BIASSTART
	LEAQ sigmoidConsts<>(SB), BX
	VMOVUPD ONE(BX), Y15

nloop:
	TESTQ CX, CX
	JEQ ndone
	DERIV(0, Y0, Y4, Y8, Y15)
	DERIV(32, Y1, Y5, Y9, Y15)
	DERIV(64, Y2, Y6, Y10, Y15)
	DERIV(96, Y3, Y7, Y11, Y15)
	DERIV(128, Y0, Y4, Y8, Y15)
	DERIV(160, Y1, Y5, Y9, Y15)
	DERIV(192, Y2, Y6, Y10, Y15)
	DERIV(224, Y3, Y7, Y11, Y15)
	ADDQ $256, DI
	ADDQ $256, SI
	ADDQ $256, DX
	WRAP
	SUBQ $32, CX
	JMP nloop

ndone:
	VZEROUPPER
	RET

// func addColSumsAVX2(dst, src *float64, rows, cols, stride int)
//
// dst[j] += src[i·stride + j] for i < rows and j < cols, cols a multiple of
// 4, each column summed in row order (addColSums's sums, element by
// element): sixteen columns at a time in Y0–Y3, then four at a time in Y0,
// the sums kept in registers over all the rows and stored once. It reads
// only the columns it sums: there are no masked loads here, whose
// masked-off elements may fault on some processors.
TEXT ·addColSumsAVX2(SB), NOSPLIT, $0-40
	MOVQ dst+0(FP), DI
	MOVQ src+8(FP), SI
	MOVQ rows+16(FP), BX
	MOVQ cols+24(FP), DX
	MOVQ stride+32(FP), R9
	SHLQ $3, R9 // a row's bytes

agroup16:
	CMPQ DX, $16
	JLT agroup4
	VMOVUPD (DI), Y0
	VMOVUPD 32(DI), Y1
	VMOVUPD 64(DI), Y2
	VMOVUPD 96(DI), Y3
	MOVQ SI, R11
	MOVQ BX, CX

arow16:
	TESTQ CX, CX
	JEQ astore16
	VADDPD (R11), Y0, Y0
	VADDPD 32(R11), Y1, Y1
	VADDPD 64(R11), Y2, Y2
	VADDPD 96(R11), Y3, Y3
	ADDQ R9, R11
	DECQ CX
	JMP arow16

astore16:
	VMOVUPD Y0, (DI)
	VMOVUPD Y1, 32(DI)
	VMOVUPD Y2, 64(DI)
	VMOVUPD Y3, 96(DI)
	ADDQ $128, DI
	ADDQ $128, SI
	SUBQ $16, DX
	JMP agroup16

agroup4:
	TESTQ DX, DX
	JLE adone
	VMOVUPD (DI), Y0
	MOVQ SI, R11
	MOVQ BX, CX

arow4:
	TESTQ CX, CX
	JEQ astore4
	VADDPD (R11), Y0, Y0
	ADDQ R9, R11
	DECQ CX
	JMP arow4

astore4:
	VMOVUPD Y0, (DI)
	ADDQ $32, DI
	ADDQ $32, SI
	SUBQ $4, DX
	JMP agroup4

adone:
	VZEROUPPER
	RET
