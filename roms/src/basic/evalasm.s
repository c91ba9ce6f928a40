;; evalasm.s - the expression evaluator's hot path in assembly (SDCC 4.2, sdcccall 1).
;; Microsoft's precedence by precedence climbing: OR 1, AND 2, relations 4, + - 5, * / 6,
;; ^ 8, all left-associative; unary - and + take an operand with its ^ (7), NOT one with
;; its relations (3). Numbers + - * / run here; relations, strings, ^, AND, OR go to
;; binary_apply (expr.c) with the left operand in lhs/lhs_type; operands other than
;; variables, number tokens, parentheses and unary operators go to primary (expr.c).
;; void eval(void): the expression at txt into fac (etype 0) or sac (etype 1).
;; void binary(uint8_t minprec): an operand and the operators of precedence >= minprec.
	.module evalasm
	.globl	_eval
	.globl	_binary
	.globl	_stack_check
	.globl	_txt
	.globl	_fac
	.globl	_sac
	.globl	_etype
	.globl	_lhs
	.globl	_lhs_type
	.globl	_small_num
	.globl	_find_var
	.globl	_num_token
	.globl	_primary
	.globl	_binary_apply
	.globl	_unary_not
	.globl	_error
	.globl	___fsadd
	.globl	___fssub
	.globl	___fsmul
	.globl	___fsdiv
	.globl	___fslt
	.globl	___fseq
	.globl	___uint2fs

T_NOT = 0xAB
T_AND = 0xAD
T_OR = 0xAE
E_SN = 1
E_OV = 5
E_DZ = 10
E_TM = 12
E_ST = 15
STACK_LIMIT = 0xF800 + 160

;; pushes fac as the second argument of a float routine (which pops it); keeps HL DE
	.macro	PUSHFAC
	ld	bc, (_fac + 2)
	push	bc
	ld	bc, (_fac)
	push	bc
	.endm

	.area	_CODE

;; ?ST when the stack is nearly used up (expressions nested too deeply); keeps HL
_stack_check:
	push	hl
	ld	hl, #0
	add	hl, sp
	ld	de, #0x10000 - STACK_LIMIT
	add	hl, de
	pop	hl
	ret	c
	ld	a, #E_ST
	jp	_error

_eval:
	call	_stack_check
	ld	a, #1
_binary:
	push	af
	call	operand
	call	next_prec
	pop	af
;; the operators after an operand already in fac/sac; A = minprec, B = the precedence of
;; the operator at txt (next_prec); returns B = that of the operator it stopped at
binary_rest:
	ld	c, a
br_loop:
	ld	hl, (_txt)
	ld	a, b
	cp	c
	ret	c			; weaker operator or none (prec 0)
	push	bc			; B = prec, C = minprec
	ld	e, (hl)			; E = operator character
	ld	d, #0			; D = relation bits: 1 <, 2 =, 4 >
	cp	#4
	jr	nz, br_one
	ld	a, (hl)			; the first of < = >: D = its bit
	sub	#0x3B
	cp	#3
	jr	c, br_rel1
	inc	a
br_rel1:
	ld	d, a
br_relnext:				; more of < = > (spaces between): each once (?SN)
	inc	hl
	ld	a, (hl)
	cp	#0x20
	jr	z, br_relnext
	sub	#0x3B
	dec	a
	cp	#3
	jr	nc, br_opdone
	inc	a
	cp	#3
	jr	c, br_rel2
	inc	a
br_rel2:
	ld	c, a
	and	d
	jp	nz, err_sn
	ld	a, c
	or	d
	ld	d, a
	jr	br_relnext
br_one:
	inc	hl
br_opdone:
	ld	(_txt), hl
	push	de
	ld	a, (_etype)
	push	af			; A = the left operand's type
	or	a
	jr	nz, br_lstr
	ld	hl, (_fac + 2)
	push	hl
	ld	hl, (_fac)
	push	hl
	jr	br_right
br_lstr:
	ld	hl, (_sac + 2)
	push	hl
	ld	hl, (_sac)
	push	hl
br_right:
	call	operand
	call	next_prec		; B = precedence of the operator after it
	ld	hl, #9
	add	hl, sp
	ld	a, (hl)			; this operator's precedence
	cp	b
	jr	nc, br_apply
	inc	a			; a tighter operator takes the right operand
	call	binary_rest
	ld	hl, #9
	add	hl, sp
br_apply:
	ld	(hl), b			; the next operator's precedence, for br_loop
	pop	de			; left operand, low word
	pop	hl			; high word
	pop	af			; A = its type
	pop	bc			; B = relation bits, C = operator
	ld	(_lhs_type), a
	or	a
	jr	nz, br_slow
	ld	a, (_etype)
	or	a
	jr	nz, br_slow
	or	b
	jr	nz, br_relnum
	ld	a, c
	cp	#0x2B
	jr	z, br_add
	cp	#0x2D
	jr	z, br_sub
	cp	#0x2A
	jr	z, br_mul
	cp	#0x2F
	jr	z, br_div
br_slow:
	ld	(_lhs), de
	ld	(_lhs + 2), hl
	ld	a, c
	ld	l, b
	call	_binary_apply
	pop	bc
	jp	br_loop
br_relnum:				; a relation of two numbers: -1 or 0
	push	bc			; B = relation bits
	push	hl
	push	de
	PUSHFAC
	call	___fslt
	pop	de
	pop	hl
	ld	c, #1
	or	a
	jr	nz, br_relset
	PUSHFAC
	call	___fseq
	ld	c, #2
	or	a
	jr	nz, br_relset
	ld	c, #4
br_relset:
	pop	hl			; H = relation bits
	ld	a, h
	and	c
	ld	hl, #0
	ld	(_fac), hl
	jr	z, br_false
	ld	hl, #0xBF80		; -1
br_false:
	ld	(_fac + 2), hl
	pop	bc
	jp	br_loop
br_add:
	PUSHFAC
	call	___fsadd
	jr	br_store
br_sub:
	PUSHFAC
	call	___fssub
	jr	br_store
br_mul:
	PUSHFAC
	call	___fsmul
	jr	br_store
br_div:
	push	hl
	ld	hl, (_fac)
	ld	a, h
	or	l
	ld	hl, (_fac + 2)
	or	l
	ld	l, a
	ld	a, h
	add	a, a
	or	l
	pop	hl
	jr	z, err_dz
	PUSHFAC
	call	___fsdiv
br_store:
	ld	(_fac), de
	ld	(_fac + 2), hl
	ld	a, l			; exponent 255: overflow
	rla
	ld	a, h
	rla
	inc	a
	jr	z, err_ov
	pop	bc
	jp	br_loop

err_dz:
	ld	a, #E_DZ
	jp	_error
err_ov:
	ld	a, #E_OV
	jp	_error
err_tm:
	ld	a, #E_TM
	jp	_error
err_sn:
	ld	a, #E_SN
	jp	_error

;; B = precedence of the operator at txt (spaces skipped, txt and HL at it), 0 if none;
;; keeps C
next_prec:
	ld	hl, (_txt)
np_sp:
	ld	a, (hl)
	cp	#0x20
	jr	nz, np_c
	inc	hl
	jr	np_sp
np_c:
	ld	(_txt), hl
	ld	b, #0
	sub	#0x2A
	cp	#0x5E - 0x2A + 1
	jr	nc, np_tok
	push	hl
	add	a, #<prec_table
	ld	l, a
	ld	a, #0
	adc	a, #>prec_table
	ld	h, a
	ld	b, (hl)
	pop	hl
	ret
np_tok:
	add	a, #0x2A
	cp	#T_AND
	jr	nz, np_or
	ld	b, #2
	ret
np_or:
	cp	#T_OR
	ret	nz
	ld	b, #1
	ret

;; precedence of the characters '*' to '^'
prec_table:
	.db	6, 5, 0, 5, 0, 6			; * + , - . /
	.db	0, 0, 0, 0, 0, 0, 0, 0, 0, 0		; 0-9
	.db	0, 0, 4, 4, 4, 0, 0			; : ; < = > ? @
	.db	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0	; A-M
	.db	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0	; N-Z
	.db	0, 0, 0, 8				; [ \ ] ^

;; an operand with its unary operators into fac/sac
operand:
	ld	hl, (_txt)
op_sp:
	ld	a, (hl)
	cp	#0x20
	jr	nz, op_c
	inc	hl
	jr	op_sp
op_c:
	ld	(_txt), hl
	cp	#0x41
	jr	c, op_nonletter
	cp	#0x5B
	jp	nc, op_high
	xor	a			; a variable (an unknown one reads as 0)
	call	_find_var
	ex	de, hl
	ld	de, #_fac
	ld	a, (_etype)
	or	a
	jr	z, op_copy4
	ld	de, #_sac
	ldi
	ldi
	ldi
	ret
op_copy4:
	ldi
	ldi
	ldi
	ldi
	ret
op_nonletter:
	cp	#1
	jr	nz, op_n2
	inc	hl			; 0-63: from the table
	ld	a, (hl)
	inc	hl
	ld	(_txt), hl
	and	#0x3F
	add	a, a
	add	a, a
	ld	l, a
	ld	h, #0
	ld	de, #_small_num
	add	hl, de
	ld	de, #_fac
	xor	a
	ld	(_etype), a
	jr	op_copy4
op_n2:
	cp	#4
	jr	nc, op_paren
	or	a
	jr	z, op_slow
	ld	hl, #_txt		; 64-65535
	call	_num_token
	ex	de, hl
	call	___uint2fs
	ld	(_fac), de
	ld	(_fac + 2), hl
	xor	a
	ld	(_etype), a
	ret
op_paren:
	cp	#0x28
	jr	nz, op_minus
	inc	hl
	ld	(_txt), hl
	call	_eval
	ld	hl, (_txt)
op_close:
	ld	a, (hl)
	inc	hl
	cp	#0x20
	jr	z, op_close
	cp	#0x29
	jp	nz, err_sn
	ld	(_txt), hl
	ret
op_minus:
	cp	#0x2D
	jr	nz, op_plus
	call	op_unary7
	ld	a, (_etype)
	or	a
	jp	nz, err_tm
	ld	hl, #_fac + 3
	ld	a, (hl)
	xor	#0x80
	ld	(hl), a
	ret
op_plus:
	cp	#0x2B
	jr	nz, op_slow
op_unary7:
	call	_stack_check
	inc	hl
	ld	(_txt), hl
	ld	a, #7
	jp	_binary
op_high:
	cp	#T_NOT
	jr	nz, op_slow
	call	_stack_check
	inc	hl
	ld	(_txt), hl
	ld	a, #3
	call	_binary
	jp	_unary_not
op_slow:
	jp	_primary
