;; fast.s - hot helpers of the interpreter in assembly (SDCC 4.2, sdcccall 1).
;; uint16_t num_token(uint8_t **pp): decodes the number token at *pp (T_NUM6/12/16: count
;;   byte 1..3, then that many bytes of 6 bits each, high first), advances *pp; DE = value.
;; uint16_t scan_name(void): skips spaces at txt and reads a variable name (letter, then
;;   letters/digits of which the first counts, then an optional '$'), advancing txt;
;;   DE = first | second << 8 (bit 15 set for strings), 0 when no letter starts it.
	.module fast
	.globl	_num_token
	.globl	_scan_name
	.globl	_txt

	.area	_CODE
_num_token:
	push	hl
	ld	e, (hl)
	inc	hl
	ld	d, (hl)
	ld	a, (de)
	ld	b, a
	inc	de
	ld	hl, #0
nt_loop:
	add	hl, hl
	add	hl, hl
	add	hl, hl
	add	hl, hl
	add	hl, hl
	add	hl, hl
	ld	a, (de)
	inc	de
	and	#0x3F
	or	l
	ld	l, a
	djnz	nt_loop
	ex	(sp), hl
	ld	(hl), e
	inc	hl
	ld	(hl), d
	pop	de
	ret

_scan_name:
	ld	hl, (_txt)
sn_space:
	ld	a, (hl)
	cp	#0x20
	jr	nz, sn_first
	inc	hl
	jr	sn_space
sn_first:
	ld	de, #0
	cp	#0x41
	ret	c
	cp	#0x5B
	ret	nc
	ld	e, a
	inc	hl
	ld	a, (hl)
	call	sn_alnum
	jr	nc, sn_dollar
	ld	d, a
sn_more:
	inc	hl
	ld	a, (hl)
	call	sn_alnum
	jr	c, sn_more
sn_dollar:
	cp	#0x24
	jr	nz, sn_done
	set	7, d
	inc	hl
sn_done:
	ld	(_txt), hl
	ret
;; carry set when A is 0-9 or A-Z; A kept
sn_alnum:
	cp	#0x30
	jr	c, sn_no
	cp	#0x3A
	ret	c
	cp	#0x41
	jr	c, sn_no
	cp	#0x5B
	ret
sn_no:
	or	a
	ret

;; float *find_var(uint8_t create): the variable or array element named at txt (see
;; vars.c); sets etype; DE = address of its 4-byte value. A simple variable that does not
;; exist is created if create is set, else reads as 0 (zero_value).
	.globl	_find_var
	.globl	_var_lookup
	.globl	_var_create
	.globl	_find_element
	.globl	_zero_value
	.globl	_etype
	.globl	_error
_find_var:
	push	af
	call	_scan_name
	ld	a, d
	or	e
	jr	z, fv_sn
	ld	a, d
	rlca
	and	#1
	ld	(_etype), a
	ld	hl, (_txt)
	ld	a, (hl)
	ex	de, hl
	cp	#0x28
	jr	z, fv_array
	push	hl
	call	_var_lookup
	pop	hl
	pop	bc
	ld	a, d
	or	e
	ret	nz
	or	b
	jp	nz, _var_create
	ld	de, #_zero_value
	ld	(de), a
	inc	de
	ld	(de), a
	inc	de
	ld	(de), a
	inc	de
	ld	(de), a
	ld	de, #_zero_value
	ret
fv_array:
	pop	af
	jp	_find_element
fv_sn:
	pop	af
	ld	a, #1
	jp	_error
