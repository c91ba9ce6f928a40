;; loop.s - FOR in assembly (SDCC 4.2, sdcccall 1), called by exec.s with txt after the
;; keyword; NEXT is in exec.s. The frame (15 bytes, stmt.c's frame_t): type, variable,
;; limit, step, text position after the FOR, its line.
	.module loop
	.globl	_stmt_for
	.globl	frame_at
	.globl	_find_var
	.globl	_arr_start
	.globl	_txt
	.globl	_cur_line
	.globl	_csp
	.globl	_eval
	.globl	_etype
	.globl	_fac
	.globl	_error

T_TO = 0xA7
T_STEP = 0xAC
F_FOR = 1
CSTACK = 24
E_SN = 1
E_OM = 6
E_TM = 12

	.area	_CODE

err_sn:
	ld	a, #E_SN
	jp	_error
err_om:
	ld	a, #E_OM
	jp	_error
err_tm:
	ld	a, #E_TM
	jp	_error

;; FOR v = a TO b [STEP c], as Microsoft's 4.7: running the same FOR again (same variable,
;; same place) replaces its loop and those inside it; a FOR on the variable elsewhere nests.
;; The new frame is pushed first; only when the variable already has a loop (rare) is the
;; stack searched for the same FOR (for_again), which then takes the new frame's place. A
;; candidate may use the spare frame after the 24 (stmt.c's cstack has CSTACK + 1).
_stmt_for:
	ld	a, #1
	call	_find_var
	ld	a, (_etype)
	or	a
	jp	nz, err_tm
	ld	hl, (_arr_start)	; the loop variable must be a simple variable
	ld	a, e
	sub	l
	ld	a, d
	sbc	a, h
	jp	nc, err_sn
	push	de			; v
	ld	a, #0x3D
	call	want
	call	eval_num
	pop	de
	push	de
	ld	hl, #_fac
	ld	bc, #4
	ldir
	ld	a, #T_TO
	call	want
	pop	de
	push	de
	ld	a, (_csp)
for_find:				; has v a loop already?
	or	a
	jr	z, for_checked
	dec	a
	ld	b, a
	push	bc
	call	frame_at
	pop	bc
	ld	a, (hl)
	cp	#F_FOR
	jr	nz, for_older
	inc	hl
	ld	a, (hl)
	cp	e
	jr	nz, for_older
	inc	hl
	ld	a, (hl)
	cp	d
	jr	nz, for_older
	ld	a, #1			; yes
	jr	for_checked
for_older:
	ld	a, b
	jr	for_find
for_checked:
	push	af			; A = 0: no loop of v
	or	a
	ld	a, (_csp)
	jr	nz, for_new
	cp	#CSTACK
	jp	z, err_om
for_new:
	call	eval_num		; the limit
	ld	a, (_csp)
	call	frame_at
	ld	bc, #3
	add	hl, bc
	ex	de, hl
	ld	hl, #_fac
	ld	bc, #4
	ldir				; DE = the step
	ld	hl, (_txt)
for_sp:
	ld	a, (hl)
	cp	#0x20
	jr	nz, for_c
	inc	hl
	jr	for_sp
for_c:
	ld	(_txt), hl
	cp	#T_STEP
	jr	nz, for_one
	inc	hl
	ld	(_txt), hl
	push	de
	call	eval_num
	pop	de
	ld	hl, #_fac
	ld	bc, #4
	ldir
	jr	for_frame
for_one:
	ld	hl, #for_1
	ld	bc, #4
	ldir
for_frame:
	ld	hl, (_txt)		; DE = the frame's text position, then its line
	ex	de, hl
	ld	(hl), e
	inc	hl
	ld	(hl), d
	inc	hl
	ld	de, (_cur_line)
	ld	(hl), e
	inc	hl
	ld	(hl), d
	ld	a, (_csp)
	call	frame_at
	ld	(hl), #F_FOR
	inc	hl
	pop	bc			; B = 1: v has another loop
	pop	de
	ld	(hl), e
	inc	hl
	ld	(hl), d
	ld	hl, #_csp
	inc	(hl)
	dec	b
	ret	nz
;; v has another loop: the same FOR (same text position) below gives its place to the new
;; frame (DE = v), with the loops inside it; else the new frame stays (?OM if it is the spare)
for_again:
	ld	a, (_csp)
	dec	a
	ld	c, a			; C = the new frame
for_again_find:
	or	a
	jr	z, for_nest
	dec	a
	ld	b, a
	push	bc
	call	frame_at
	pop	bc
	ld	a, (hl)
	cp	#F_FOR
	jr	nz, for_again_older
	inc	hl
	ld	a, (hl)
	cp	e
	jr	nz, for_again_older
	inc	hl
	ld	a, (hl)
	cp	d
	jr	nz, for_again_older
	ld	de, #9
	add	hl, de
	ld	de, (_txt)
	ld	a, (hl)
	cp	e
	jr	nz, for_again_v
	inc	hl
	ld	a, (hl)
	cp	d
	jr	z, for_replace
for_again_v:
	ld	a, (_csp)		; DE = v again
	dec	a
	push	bc
	call	frame_at
	pop	bc
	inc	hl
	ld	e, (hl)
	inc	hl
	ld	d, (hl)
for_again_older:
	ld	a, b
	jr	for_again_find
for_replace:
	ld	a, b			; frame B := frame C, B becomes the top
	inc	a
	ld	(_csp), a
	ld	a, c
	push	bc
	call	frame_at
	pop	bc
	push	hl
	ld	a, b
	call	frame_at
	ex	de, hl
	pop	hl
	ld	bc, #15
	ldir
	ret
for_nest:
	ld	a, c
	cp	#CSTACK
	ret	c
	ld	(_csp), a		; the spare frame: no room
	jp	err_om
for_1:
	.db	0x00, 0x00, 0x80, 0x3F	; 1.0

;; skips spaces at txt, requires A there (?SN), consumes it
want:
	ld	b, a
	ld	hl, (_txt)
want_sp:
	ld	a, (hl)
	inc	hl
	cp	#0x20
	jr	z, want_sp
	cp	b
	jp	nz, err_sn
	ld	(_txt), hl
	ret

;; a numeric expression into fac (?TM for a string)
eval_num:
	call	_eval
	ld	a, (_etype)
	or	a
	jp	nz, err_tm
	ret
