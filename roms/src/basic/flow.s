;; flow.s - jumps in assembly (FOR: loop.s) (SDCC 4.2, sdcccall 1), called by exec.s with txt after the
;; keyword: GOTO n, GOSUB n, RETURN, IF cond THEN n|statements [ELSE ...] / IF cond GOTO n.
;; The line search starts at the current line when the target lies ahead.
;; uint8_t *frame_at(uint8_t i): HL = &cstack[i] (15-byte frames of stmt.c); keeps DE.
	.module flow
	.globl	_stmt_goto
	.globl	_stmt_gosub
	.globl	_stmt_return
	.globl	_stmt_if
	.globl	frame_at
	.globl	_txt
	.globl	_cur_line
	.globl	_prog_start
	.globl	_jumped
	.globl	_cstack
	.globl	_csp
	.globl	_eval
	.globl	_etype
	.globl	_fac
	.globl	_num_token
	.globl	_parse_linenum
	.globl	_skip_statement
	.globl	_error

T_GOTO = 0x88
T_THEN = 0xAA
T_ELSE = 0x9C
E_SN = 1
E_RG = 2
E_OM = 6
E_UL = 7
E_TM = 12
F_GOSUB = 2
CSTACK = 24

	.area	_CODE

frame_at:
	ld	l, a
	ld	h, #0
	ld	b, h
	ld	c, l
	add	hl, hl
	add	hl, hl
	add	hl, hl
	add	hl, hl
	sbc	hl, bc
	ld	bc, #_cstack
	add	hl, bc
	ret

;; DE = the line number at txt (after spaces), txt after it
linenum:
	ld	hl, (_txt)
ln_sp:
	ld	a, (hl)
	cp	#0x20
	jr	nz, ln_c
	inc	hl
	jr	ln_sp
ln_c:
	ld	(_txt), hl
	dec	a
	cp	#3
	jp	nc, _parse_linenum	; digits (or ?SN)
	ld	hl, #_txt
	call	_num_token
	ld	hl, #65529
	or	a
	sbc	hl, de
	ret	nc
err_sn:
	ld	a, #E_SN
	jp	_error

_stmt_goto:
	call	linenum
;; goes to line DE (?UL if there is none)
go_line:
	ld	hl, (_cur_line)
	ld	a, h
	or	l
	jr	z, gl_start
	ld	a, (hl)
	or	a
	jr	z, gl_start
	inc	hl
	ld	a, (hl)
	sub	e
	inc	hl
	ld	a, (hl)
	sbc	a, d
	dec	hl
	dec	hl
	jr	c, gl_scan		; the current line's number is below the target
gl_start:
	ld	hl, (_prog_start)
gl_scan:
	ld	a, (hl)
	or	a
	jr	z, err_ul
	ld	c, a
	inc	hl
	ld	a, (hl)
	sub	e
	inc	hl
	ld	a, (hl)
	sbc	a, d
	jr	nc, gl_here
	dec	hl
	dec	hl
	ld	b, #0
	add	hl, bc
	jr	gl_scan
gl_here:
	or	a			; high bytes equal?
	jr	nz, err_ul
	dec	hl
	ld	a, (hl)
	cp	e
	jr	nz, err_ul
	dec	hl
	ld	(_cur_line), hl
	inc	hl
	inc	hl
	inc	hl
	ld	(_txt), hl
	ld	a, #1
	ld	(_jumped), a
	ret
err_ul:
	ld	a, #E_UL
	jp	_error

_stmt_gosub:
	call	linenum
	ld	a, (_csp)
	cp	#CSTACK
	jr	z, err_om
	call	frame_at
	ld	(hl), #F_GOSUB
	ld	bc, #11
	add	hl, bc
	ld	bc, (_txt)
	ld	(hl), c
	inc	hl
	ld	(hl), b
	inc	hl
	ld	bc, (_cur_line)
	ld	(hl), c
	inc	hl
	ld	(hl), b
	ld	hl, #_csp
	inc	(hl)
	jr	go_line
err_om:
	ld	a, #E_OM
	jp	_error

_stmt_return:
	ld	a, (_csp)
rt_find:
	or	a
	jr	z, err_rg
	dec	a
	ld	e, a
	call	frame_at
	ld	a, (hl)
	cp	#F_GOSUB
	ld	a, e
	jr	nz, rt_find		; FOR loops inside the subroutine end
	ld	(_csp), a
	ld	bc, #11
	add	hl, bc
	ld	e, (hl)
	inc	hl
	ld	d, (hl)
	inc	hl
	ld	(_txt), de
	ld	e, (hl)
	inc	hl
	ld	d, (hl)
	ld	(_cur_line), de
	jp	_skip_statement		; the rest of ON..GOSUB's list
err_rg:
	ld	(_csp), a
	ld	a, #E_RG
	jp	_error

_stmt_if:
	call	_eval
	ld	a, (_etype)
	or	a
	jr	nz, err_tm
	ld	hl, (_txt)
if_sp:
	ld	a, (hl)
	cp	#0x20
	jr	nz, if_c
	inc	hl
	jr	if_sp
if_c:
	ld	(_txt), hl
	cp	#T_THEN
	jr	z, if_ok
	cp	#T_GOTO
	jp	nz, err_sn
if_ok:
	ld	b, a
	ld	a, #1
	ld	(_jumped), a
	push	hl
	ld	hl, (_fac)		; true: any bit but the sign
	ld	a, h
	or	l
	ld	hl, (_fac + 2)
	or	l
	ld	c, a
	ld	a, h
	add	a, a
	or	c
	pop	hl
	jr	z, if_false
	inc	hl
	ld	(_txt), hl
	ld	a, b
	cp	#T_GOTO
	jp	z, _stmt_goto
;; after THEN or ELSE: a line number jumps, anything else is statements
then_part:
	ld	a, (hl)
	cp	#0x20
	jr	nz, tp_c
	inc	hl
	jr	then_part
tp_c:
	ld	(_txt), hl
	cp	#0x30
	jr	c, tp_token
	cp	#0x3A
	jp	c, _stmt_goto
	ret
tp_token:
	dec	a
	cp	#3
	jp	c, _stmt_goto
	ret
if_false:				; run what follows ELSE on this line, if any
	ld	c, #0			; inside quotes
if_scan:
	ld	a, (hl)
	or	a
	jr	z, if_end
	inc	hl
	cp	#0x22
	jr	nz, if_else
	inc	c
	jr	if_scan
if_else:
	cp	#T_ELSE
	jr	nz, if_scan
	bit	0, c
	jr	nz, if_scan
	jr	then_part
if_end:
	ld	(_txt), hl
	ret
err_tm:
	ld	a, #E_TM
	jp	_error
