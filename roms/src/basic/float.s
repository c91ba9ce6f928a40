;; float.s - single-precision floating point for the BASIC interpreter, replacing SDCC's
;; C library routines of the same names (the linker takes these first). Format: IEEE 754
;; single (sign, 8-bit exponent biased 127, 24-bit mantissa with hidden bit); zero and
;; denormals are flushed to 0, an overflow gives infinity (exponent 255), which the
;; interpreter reports as ?OV. Rounding: half up on a guard byte.
;; Calling convention (SDCC 4.2, sdcccall 1): first float in HL:DE (H = sign/exponent),
;; second float on the stack (popped by the callee), result in HL:DE; compares return
;; A = 1 (true) or 0.
;; Working layout: a = mantissa L (high, hidden bit set) D E, guard H, exponent f_expa,
;; sign f_sign; b = the same in the alternate registers C' D' E', guard B'.

	.module float
	.globl	___fsadd
	.globl	___fssub
	.globl	___fsmul
	.globl	___fsdiv
	.globl	___fslt
	.globl	___fseq

	.area	_DATA
f_sign:	.ds	1
f_signb:	.ds	1
f_expa:	.ds	1
f_expb:	.ds	1
f_m0:	.ds	1	; b's mantissa in memory (low, mid, high) for mul/div
f_m1:	.ds	1
f_m2:	.ds	1
f_b0:	.ds	1	; second operand of a compare
f_b1:	.ds	1
f_b2:	.ds	1
f_b3:	.ds	1

	.area	_CODE


;; Entry of the two-operand routines: the second operand goes from the stack to the
;; alternate registers (B' C' D' E' = its bytes high to low).
	.macro	POP2
	exx
	pop	hl
	pop	de
	pop	bc
	push	hl
	exx
	.endm

;; unpacks a (main) and b (alternate); A = 0x80 flips b's sign (subtraction)
unpack2:
	exx
	xor	b
	ld	b, a
	ld	a, c
	rla
	ld	a, b
	rla
	ld	(f_expb), a
	ld	a, b
	and	#0x80
	ld	(f_signb), a
	set	7, c
	ld	b, #0
	exx
	ld	a, l
	rla
	ld	a, h
	rla
	ld	(f_expa), a
	ld	a, h
	and	#0x80
	ld	(f_sign), a
	set	7, l
	ld	h, #0
	ret

;; exchanges a and b
fswap:
	push	hl
	push	de
	exx
	push	bc
	push	de
	exx
	pop	de
	pop	hl
	exx
	pop	de
	pop	bc
	exx
	ld	a, (f_expa)
	ld	b, a
	ld	a, (f_expb)
	ld	(f_expa), a
	ld	a, b
	ld	(f_expb), a
	ld	a, (f_sign)
	ld	b, a
	ld	a, (f_signb)
	ld	(f_sign), a
	ld	a, b
	ld	(f_signb), a
	ret

___fssub:
	POP2
	ld	a, #0x80
	jr	fadd0
___fsadd:
	POP2
	xor	a
fadd0:
	call	unpack2
	ld	a, (f_expb)
	or	a
	jp	z, fpack
	ld	a, (f_expa)
	or	a
	jr	nz, fadd1
	call	fswap
	jp	fpack
fadd1:
	ld	a, (f_expb)
	ld	b, a
	ld	a, (f_expa)
	sub	b
	jr	nc, fadd2
	call	fswap
	ld	a, (f_expb)
	ld	b, a
	ld	a, (f_expa)
	sub	b
fadd2:
	cp	#26
	jp	nc, fround
	exx
fsh8:
	cp	#8
	jr	c, fsh1
	ld	b, e
	ld	e, d
	ld	d, c
	ld	c, #0
	sub	#8
	jr	fsh8
fsh1:
	or	a
	jr	z, fsh_done
fsh1l:
	srl	c
	rr	d
	rr	e
	rr	b
	dec	a
	jr	nz, fsh1l
fsh_done:
	ld	(f_m0), de
	ld	a, c
	ld	(f_m2), a
	ld	a, b
	exx
	ld	c, a
	ld	a, (f_sign)
	ld	b, a
	ld	a, (f_signb)
	xor	b
	jr	nz, fsubm
	ld	a, h
	add	a, c
	ld	h, a
	ld	a, (f_m0)
	adc	a, e
	ld	e, a
	ld	a, (f_m1)
	adc	a, d
	ld	d, a
	ld	a, (f_m2)
	adc	a, l
	ld	l, a
	jr	nc, fround
	rr	l
	rr	d
	rr	e
	rr	h
	ld	a, (f_expa)
	inc	a
	ld	(f_expa), a
	cp	#0xFF
	jp	z, finf
	jr	fround
fsubm:
	ld	a, h
	sub	c
	ld	h, a
	ld	a, (f_m0)
	ld	c, a
	ld	a, e
	sbc	a, c
	ld	e, a
	ld	a, (f_m1)
	ld	c, a
	ld	a, d
	sbc	a, c
	ld	d, a
	ld	a, (f_m2)
	ld	c, a
	ld	a, l
	sbc	a, c
	ld	l, a
	jr	nc, fnorm
	xor	a
	sub	h
	ld	h, a
	ld	a, #0
	sbc	a, e
	ld	e, a
	ld	a, #0
	sbc	a, d
	ld	d, a
	ld	a, #0
	sbc	a, l
	ld	l, a
	ld	a, (f_signb)
	ld	(f_sign), a
fnorm:
	ld	a, (f_expa)
	ld	b, a
fnorm8:
	ld	a, l
	or	a
	jr	nz, fnorm1
	or	d
	or	e
	or	h
	jr	z, fzero
	ld	l, d
	ld	d, e
	ld	e, h
	ld	h, #0
	ld	a, b
	sub	#8
	jr	c, fzero
	jr	z, fzero
	ld	b, a
	jr	fnorm8
fnorm1:
	bit	7, l
	jr	nz, fnorm_done
	sla	h
	rl	e
	rl	d
	rl	l
	djnz	fnorm1
	jr	fzero
fnorm_done:
	ld	a, b
	ld	(f_expa), a

;; rounds on the guard byte H, packs exponent f_expa, sign f_sign, mantissa L D E
fround:
	bit	7, h
	jr	z, fpack
	inc	e
	jr	nz, fpack
	inc	d
	jr	nz, fpack
	inc	l
	jr	nz, fpack
	ld	l, #0x80
	ld	a, (f_expa)
	inc	a
	ld	(f_expa), a
	cp	#0xFF
	jr	z, finf
fpack:
	ld	a, (f_expa)
	or	a
	jr	z, fzero
	sla	l
	srl	a
	rr	l
	ld	h, a
	ld	a, (f_sign)
	or	h
	ld	h, a
	ret
fzero:
	ld	hl, #0
	ld	d, h
	ld	e, l
	ret
finf:
	ld	a, (f_sign)
	or	#0x7F
	ld	h, a
	ld	l, #0x80
	ld	de, #0
	ret

;; checks the exponent in BC (signed): <= 0 gives 0, >= 255 infinity; then rounds
fexp_check:
	bit	7, b
	jr	nz, fzero
	ld	a, b
	or	a
	jr	nz, finf
	ld	a, c
	or	a
	jr	z, fzero
	cp	#0xFF
	jr	z, finf
	ld	(f_expa), a
	jp	fround

;; the result sign and the zero cases of * and /: returns with Z set if a is zero
mul_div_prep:
	call	unpack2
	ld	a, (f_signb)
	ld	b, a
	ld	a, (f_sign)
	xor	b
	ld	(f_sign), a
	exx
	ld	(f_m0), de
	ld	a, c
	ld	(f_m2), a
	exx
	ld	a, (f_expa)
	or	a
	ret

;; a * b
___fsmul:
	POP2
	xor	a
	call	mul_div_prep
	jr	z, fzero
	ld	a, (f_expb)
	or	a
	jr	z, fzero
	ld	a, l
	push	af
	ld	a, d
	push	af
	ld	a, e
	ld	hl, #0
	ld	de, #0
	call	fmul8
	pop	af
	call	fmul8
	pop	af
	call	fmul8
	ld	a, (f_expa)
	ld	c, a
	ld	b, #0
	ld	a, (f_expb)
	add	a, c
	ld	c, a
	jr	nc, fmul1
	inc	b
fmul1:
	bit	7, h
	jr	nz, fmul2
	sla	e
	rl	d
	rl	l
	rl	h
	dec	bc
fmul2:
	ld	a, c
	sub	#126
	ld	c, a
	ld	a, b
	sbc	a, #0
	ld	b, a
fremap:
	ld	a, e
	ld	e, d
	ld	d, l
	ld	l, h
	ld	h, a
	jp	fexp_check

;; one multiplier byte in A: 8 steps of shift-and-add of b (f_m0..2) into H L D E
fmul8:
	or	a
	jr	nz, fmul8a
	ld	e, d
	ld	d, l
	ld	l, h
	ld	h, #0
	ret
fmul8a:
	ld	b, #8
	ld	c, a
fmul8l:
	srl	c
	jr	nc, fmul8n
	ld	a, (f_m0)
	add	a, d
	ld	d, a
	ld	a, (f_m1)
	adc	a, l
	ld	l, a
	ld	a, (f_m2)
	adc	a, h
	ld	h, a
fmul8n:
	rr	h
	rr	l
	rr	d
	rr	e
	djnz	fmul8l
	ret

;; a / b (the interpreter rules out b = 0 first; here it gives infinity)
___fsdiv:
	POP2
	xor	a
	call	mul_div_prep
	jp	z, fzero
	ld	a, (f_expb)
	or	a
	jp	z, finf
	; remainder B H L = a's mantissa, divisor C D E = b's; the quotient bits go into the
	; alternate H' L' D' E' (then the main set: the last exx swaps them in), count B'
	ld	b, l
	ld	h, d
	ld	l, e
	ld	de, (f_m0)
	ld	a, (f_m2)
	ld	c, a
	exx
	ld	hl, #0
	ld	de, #0
	ld	b, #26
	exx
	or	a
fdiv_try:
	jr	c, fdiv_force		; a bit went out: the remainder exceeds the divisor
	sbc	hl, de
	ld	a, b
	sbc	a, c
	jr	c, fdiv_undo
	ld	b, a
	scf
	jr	fdiv_bit
fdiv_force:
	or	a
	sbc	hl, de
	ld	a, b
	sbc	a, c
	ld	b, a
	scf
	jr	fdiv_bit
fdiv_undo:
	add	hl, de
	or	a
fdiv_bit:
	exx
	rl	e
	rl	d
	rl	l
	rl	h
	dec	b
	jr	z, fdiv_end
	exx
	add	hl, hl
	rl	b
	jr	fdiv_try
fdiv_end:
	ld	b, #6
fdiv6:
	sla	e
	rl	d
	rl	l
	rl	h
	djnz	fdiv6
	ld	a, (f_expb)
	ld	c, a
	ld	a, (f_expa)
	sub	c
	ld	c, a
	sbc	a, a
	ld	b, a
	ld	a, c
	add	a, #127
	ld	c, a
	ld	a, b
	adc	a, #0
	ld	b, a
	bit	7, h
	jp	nz, fremap
	sla	e
	rl	d
	rl	l
	rl	h
	dec	bc
	jp	fremap

;; carry set if a < b as unsigned 32-bit numbers
sub_ab:
	ld	a, (f_b0)
	ld	c, a
	ld	a, e
	sub	c
	ld	a, (f_b1)
	ld	c, a
	ld	a, d
	sbc	a, c
	ld	a, (f_b2)
	ld	c, a
	ld	a, l
	sbc	a, c
	ld	a, (f_b3)
	ld	c, a
	ld	a, h
	sbc	a, c
	ret

;; Z set if both a and b are zero (either sign)
both_zero:
	ld	a, h
	and	#0x7F
	or	l
	or	d
	or	e
	ret	nz
	ld	a, (f_b3)
	and	#0x7F
	ld	c, a
	ld	a, (f_b2)
	or	c
	ld	c, a
	ld	a, (f_b1)
	or	c
	ld	c, a
	ld	a, (f_b0)
	or	c
	ret

;; a < b
___fslt:
	exx
	pop	hl
	pop	de
	pop	bc
	push	hl
	ld	(f_b0), de
	ld	(f_b2), bc
	exx
	ld	a, (f_b3)
	xor	h
	jp	m, flt_diff
	bit	7, h
	jr	nz, flt_neg
	call	sub_ab
	ld	a, #0
	rla
	ret
flt_neg:
	ld	a, (f_b0)
	sub	e
	ld	a, (f_b1)
	sbc	a, d
	ld	a, (f_b2)
	sbc	a, l
	ld	a, (f_b3)
	sbc	a, h
	ld	a, #0
	rla
	ret
flt_diff:
	bit	7, h
	jr	z, fret0
	call	both_zero
	jr	z, fret0
fret1:
	ld	a, #1
	ret
fret0:
	xor	a
	ret

;; a == b
___fseq:
	exx
	pop	hl
	pop	de
	pop	bc
	push	hl
	ld	(f_b0), de
	ld	(f_b2), bc
	exx
	ld	a, (f_b0)
	cp	e
	jr	nz, feq_zero
	ld	a, (f_b1)
	cp	d
	jr	nz, feq_zero
	ld	a, (f_b2)
	cp	l
	jr	nz, feq_zero
	ld	a, (f_b3)
	cp	h
	jr	z, fret1
feq_zero:
	call	both_zero
	jr	z, fret1
	xor	a
	ret

;; ---- conversions between integers and floats ----
	.globl	___ulong2fs
	.globl	___slong2fs
	.globl	___uint2fs
	.globl	___sint2fs
	.globl	___uchar2fs
	.globl	___schar2fs
	.globl	___fs2ulong
	.globl	___fs2slong
	.globl	___fs2uint
	.globl	___fs2sint
	.globl	___fs2uchar
	.globl	___fs2schar

___uchar2fs:
	ld	l, a
	ld	h, #0
	jr	___uint2fs
___schar2fs:
	ld	l, a
	rla
	sbc	a, a
	ld	h, a
___sint2fs:
	bit	7, h
	jr	z, ___uint2fs
	xor	a
	sub	l
	ld	l, a
	ld	a, #0
	sbc	a, h
	ld	h, a
	ld	a, #0x80
	jr	fint16
___uint2fs:
	xor	a
fint16:
	ld	(f_sign), a
	ld	de, #0
	ld	a, #142
	jr	fint_norm
___slong2fs:
	bit	7, h
	jr	z, ___ulong2fs
	xor	a
	sub	e
	ld	e, a
	ld	a, #0
	sbc	a, d
	ld	d, a
	ld	a, #0
	sbc	a, l
	ld	l, a
	ld	a, #0
	sbc	a, h
	ld	h, a
	ld	a, #0x80
	jr	fint32
___ulong2fs:
	xor	a
fint32:
	ld	(f_sign), a
	ld	a, #158
;; normalises H L D E (integer scaled by 2^(A-158)) and packs it
fint_norm:
	ld	b, a
fint8:
	ld	a, h
	or	a
	jr	nz, fint1
	or	l
	or	d
	or	e
	jp	z, fzero
	ld	h, l
	ld	l, d
	ld	d, e
	ld	e, #0
	ld	a, b
	sub	#8
	ld	b, a
	jr	fint8
fint1:
	bit	7, h
	jr	nz, fint_done
	sla	e
	rl	d
	rl	l
	rl	h
	dec	b
	jr	fint1
fint_done:
	ld	a, b
	ld	(f_expa), a
	ld	a, e
	ld	e, d
	ld	d, l
	ld	l, h
	ld	h, a
	jp	fround

;; float in HL:DE to a 32-bit integer (toward zero) in HL:DE
___fs2ulong:
___fs2slong:
	ld	a, l
	rla
	ld	a, h
	rla
	ld	c, a		; exponent
	ld	a, h
	and	#0x80
	ld	(f_sign), a
	ld	a, c
	cp	#127
	jp	c, fzero
	set	7, l
	ld	h, #0		; value = H L D E = mantissa, times 2^(exp-150)
	sub	#150
	jr	c, fto_right
	; shift left A bits (at most 8 for values that fit)
	cp	#9
	jr	c, fto_left
	ld	hl, #0xFFFF
	ld	d, h
	ld	e, l
	ret
fto_left:
	or	a
	jr	z, fto_sign
	ld	b, a
fto_l1:
	sla	e
	rl	d
	rl	l
	rl	h
	djnz	fto_l1
	jr	fto_sign
fto_right:
	neg
	ld	b, a
	cp	#8
	jr	c, fto_r1
	ld	e, d
	ld	d, l
	ld	l, #0
	ld	a, b
	sub	#8
	ld	b, a
	cp	#8
	jr	c, fto_r1
	ld	e, d
	ld	d, #0
	ld	a, b
	sub	#8
	ld	b, a
fto_r1:
	ld	a, b
	or	a
	jr	z, fto_sign
fto_r2:
	srl	l
	rr	d
	rr	e
	djnz	fto_r2
fto_sign:
	ld	a, (f_sign)
	or	a
	ret	z
	xor	a
	sub	e
	ld	e, a
	ld	a, #0
	sbc	a, d
	ld	d, a
	ld	a, #0
	sbc	a, l
	ld	l, a
	ld	a, #0
	sbc	a, h
	ld	h, a
	ret

___fs2uint:
___fs2sint:
	call	___fs2slong
	ret
___fs2uchar:
___fs2schar:
	call	___fs2slong
	ld	a, e
	ret
