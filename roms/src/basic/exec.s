;; exec.s - the statement loop and the commonest statements in assembly (SDCC 4.2,
;; sdcccall 1); the other statements are statement(tok) in stmt.c.
;; void run_statements(void): runs from txt until the program or the direct line ends.
;; void do_let(void): [LET] var = expression.
;; void do_next(void): NEXT [v[,w...]] (FOR frames: cstack/csp of stmt.c, 15 bytes each).
	.module exec
	.globl	_run_statements
	.globl	_do_let
	.globl	_do_next
	.globl	_txt
	.globl	_cur_line
	.globl	_jumped
	.globl	_trace
	.globl	_traced
	.globl	_str_bottom
	.globl	_str_gc_at
	.globl	_rx_head
	.globl	_rx_tail
	.globl	_stmt_break
	.globl	_str_collect
	.globl	_trace_line
	.globl	_statement
	.globl	_stmt_goto
	.globl	_stmt_gosub
	.globl	_stmt_return
	.globl	_stmt_if
	.globl	_stmt_for
	.globl	frame_at
	.globl	_skip_line
	.globl	_error
	.globl	_find_var
	.globl	_etype
	.globl	_eval
	.globl	_fac
	.globl	_sac
	.globl	_str_assign
	.globl	_cstack
	.globl	_csp
	.globl	___fsadd
	.globl	___fslt

T_NEXT = 0x82
T_GOTO = 0x88
T_FOR = 0x81
T_IF = 0x8A
T_GOSUB = 0x8C
T_RETURN = 0x8D
T_ELSE = 0x9C
T_LASTSTMT = 0xA5
E_NF = 0
E_SN = 1
E_TM = 12
F_FOR = 1

	.area	_CODE

;; HL = txt with the spaces skipped, A = the byte there (txt not stored)
	.macro	SKIPSP ?lp, ?done
lp:
	ld	a, (hl)
	cp	#0x20
	jr	nz, done
	inc	hl
	jr	lp
done:
	.endm

_run_statements:
	ld	hl, #0
	ld	(_traced), hl
rs_loop:
	ld	a, (_rx_head)		; a byte waiting: Ctrl+C?
	ld	hl, #_rx_tail
	cp	(hl)
	call	nz, _stmt_break
	ld	hl, (_str_bottom)	; strings below the collection mark (vars.c): collect
	ld	de, (_str_gc_at)
	ld	a, l
	sub	e
	ld	a, h
	sbc	a, d
	call	c, _str_collect
rs_text:
	ld	hl, (_txt)
	SKIPSP
	ld	(_txt), hl
	cp	#0x3A
	jr	nz, rs_notcolon
	inc	hl
	ld	(_txt), hl
	jr	rs_text
rs_notcolon:
	or	a
	jr	nz, rs_stmt
	ld	hl, (_cur_line)		; end of the line
	ld	a, h
	or	l
	ret	z			; direct mode: done
	ld	e, (hl)
	ld	d, #0
	add	hl, de
	ld	(_cur_line), hl
	ld	a, (hl)
	or	a
	jr	z, rs_end
	inc	hl
	inc	hl
	inc	hl
	ld	(_txt), hl
	jr	rs_text			; (the checks come after each statement)
rs_end:
	ld	h, a
	ld	l, a
	ld	(_cur_line), hl
	ret
rs_stmt:
	ld	c, a
	ld	a, (_trace)
	or	a
	jr	z, rs_notrace
	call	_trace_line
	ld	hl, (_txt)
	ld	c, (hl)
rs_notrace:
	xor	a
	ld	(_jumped), a
	ld	a, c
	cp	#0x41
	jr	c, rs_token
	cp	#0x5B
	jr	nc, rs_token
	call	_do_let
	jr	rs_after
rs_token:
	ld	de, #_do_next		; the statements run in assembly
	cp	#T_NEXT
	jr	z, rs_asm
	ld	de, #_stmt_if
	cp	#T_IF
	jr	z, rs_asm
	ld	de, #_stmt_gosub
	cp	#T_GOSUB
	jr	z, rs_asm
	ld	de, #_stmt_return
	cp	#T_RETURN
	jr	z, rs_asm
	ld	de, #_stmt_for
	cp	#T_FOR
	jr	z, rs_asm
	ld	de, #_stmt_goto
	cp	#T_GOTO
	jr	nz, rs_other
rs_asm:
	inc	hl
	ld	(_txt), hl
	ld	hl, #rs_after
	push	hl
	ex	de, hl
	jp	(hl)
rs_other:
	cp	#0x80
	jr	c, err_sn
	cp	#T_LASTSTMT + 1
	jr	nc, err_sn
	call	_statement
rs_after:
	ld	a, (_jumped)
	or	a
	jp	nz, rs_loop
	ld	hl, (_txt)		; the statement must end here
	SKIPSP
	ld	(_txt), hl
	or	a
	jp	z, rs_loop
	cp	#0x3A
	jp	z, rs_loop
	cp	#T_ELSE
	jr	nz, err_sn
	call	_skip_line
	jp	rs_loop

err_sn:
	ld	a, #E_SN
	jp	_error
err_tm:
	ld	a, #E_TM
	jp	_error

_do_let:
	ld	a, #1
	call	_find_var
	ld	a, (_etype)
	push	de
	push	af
	ld	hl, (_txt)
	SKIPSP
	cp	#0x3D
	jr	nz, err_sn
	inc	hl
	ld	(_txt), hl
	call	_eval
	pop	af			; A = the variable's type
	pop	de
	ld	hl, #_etype
	cp	(hl)
	jr	nz, err_tm
	or	a
	jr	nz, let_str
	ld	hl, #_fac
	ldi
	ldi
	ldi
	ldi
	ret
let_str:
	ex	de, hl
	ld	de, #_sac
	jp	_str_assign

_do_next:
	push	ix
nx_top:
	ld	hl, (_txt)
	SKIPSP
	ld	(_txt), hl
	ld	de, #0
	cp	#0x41
	jr	c, nx_any
	cp	#0x5B
	jr	nc, nx_any
	ld	a, #1
	call	_find_var		; DE = the loop variable named
	ld	a, (_etype)
	or	a
	jr	nz, err_tm
nx_any:
	ld	a, (_csp)
nx_frame:
	or	a
	jr	z, nx_nf
	dec	a			; the top frame
	call	frame_at
	push	hl
	pop	ix			; IX = the frame
	ld	a, 0 (ix)
	cp	#F_FOR
	jr	nz, nx_nf
	ld	a, d
	or	e
	jr	z, nx_found
	ld	a, 1 (ix)
	cp	e
	jr	nz, nx_drop
	ld	a, 2 (ix)
	cp	d
	jr	z, nx_found
nx_drop:
	ld	a, (_csp)		; an inner loop of another variable ends
	dec	a
	ld	(_csp), a
	jr	nx_frame
nx_nf:
	ld	a, #E_NF
	jp	_error
nx_found:
	ld	l, 1 (ix)		; var += step
	ld	h, 2 (ix)
	push	hl
	ld	c, 9 (ix)
	ld	b, 10 (ix)
	push	bc
	ld	c, 7 (ix)
	ld	b, 8 (ix)
	push	bc
	ld	e, (hl)
	inc	hl
	ld	d, (hl)
	inc	hl
	ld	a, (hl)
	inc	hl
	ld	h, (hl)
	ld	l, a
	call	___fsadd
	pop	bc
	ld	a, e
	ld	(bc), a
	inc	bc
	ld	a, d
	ld	(bc), a
	inc	bc
	ld	a, l
	ld	(bc), a
	inc	bc
	ld	a, h
	ld	(bc), a
	; the step's sign bit picks the test (-0, sign with exponent 0, counts as 0)
	ld	a, 10 (ix)
	add	a, a
	jr	nc, nx_up
	ld	c, a
	ld	a, 9 (ix)
	and	#0x80
	or	c
	jr	z, nx_up
	ld	c, 5 (ix)		; counting down: on while !(var < limit)
	ld	b, 6 (ix)
	push	bc
	ld	c, 3 (ix)
	ld	b, 4 (ix)
	push	bc
	call	___fslt
	jr	nx_test
nx_up:
	push	hl			; counting up: on while !(limit < var)
	push	de
	ld	e, 3 (ix)
	ld	d, 4 (ix)
	ld	l, 5 (ix)
	ld	h, 6 (ix)
	call	___fslt
nx_test:
	or	a
	jr	nz, nx_done
	ld	l, 11 (ix)		; round again: back behind the FOR
	ld	h, 12 (ix)
	ld	(_txt), hl
	ld	l, 13 (ix)
	ld	h, 14 (ix)
	ld	(_cur_line), hl
	pop	ix
	ret
nx_done:
	ld	hl, #_csp
	dec	(hl)
	ld	hl, (_txt)
	SKIPSP
	ld	(_txt), hl
	cp	#0x2C
	jr	nz, nx_ret
	inc	hl
	ld	(_txt), hl
	jp	nx_top
nx_ret:
	pop	ix
	ret
