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
	.globl	_vars_start
	.globl	_arr_start
	.globl	_var_create
	.globl	_find_element
	.globl	_zero_value
	.globl	_etype
	.globl	_error
_find_var:
	ld	c, a			; C = create
	ld	hl, (_txt)
fv_sp:
	ld	a, (hl)
	cp	#0x20
	jr	nz, fv_first
	inc	hl
	jr	fv_sp
fv_first:
	sub	#0x41
	cp	#26
	jr	nc, fv_sn
	add	a, #0x41
	ld	e, a			; E = first letter
	ld	d, #0			; D = second character (0 if none)
	inc	hl
	ld	a, (hl)
	sub	#0x30
	cp	#10
	jr	c, fv_second
	sub	#0x41 - 0x30
	cp	#26
	jr	nc, fv_dollar
fv_second:
	ld	d, (hl)
fv_more:
	inc	hl
	ld	a, (hl)
	sub	#0x30
	cp	#10
	jr	c, fv_more
	sub	#0x41 - 0x30
	cp	#26
	jr	c, fv_more
fv_dollar:
	ld	a, (hl)
	ld	b, #0
	cp	#0x24
	jr	nz, fv_typed
	set	7, d
	inc	b
	inc	hl
	ld	a, (hl)
fv_typed:
	ld	(_txt), hl
	ld	l, a
	ld	a, b
	ld	(_etype), a
	ld	a, l
	cp	#0x28
	jr	z, fv_array
	ld	hl, (_vars_start)	; the simple variables: 6-byte entries up to arr_start
	push	bc
	ld	bc, (_arr_start)
fv_scan:
	ld	a, l
	cp	c
	jr	nz, fv_cmp
	ld	a, h
	cp	b
	jr	z, fv_none
fv_cmp:
	ld	a, (hl)
	cp	e
	jr	z, fv_cmp2
fv_next:
	ld	a, #6
	add	a, l
	ld	l, a
	jr	nc, fv_scan
	inc	h
	jr	fv_scan
fv_cmp2:
	inc	hl
	ld	a, (hl)
	dec	hl
	cp	d
	jr	nz, fv_next
	pop	bc
	inc	hl
	inc	hl
	ex	de, hl
	ret
fv_none:
	pop	bc
	ex	de, hl			; HL = the name
	ld	a, c
	or	a
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
	ex	de, hl
	jp	element
fv_sn:
	ld	a, #1
	jp	_error
;; The array element named HL (txt at '('): a one-dimensional array that exists is found
;; here; anything else goes on in C (find_element(name, first subscript), vars.c).
	.globl	_eval
	.globl	_fac
	.globl	_to_uint
	.globl	_arr_start
	.globl	_arr_end
E_FC = 4
E_BS = 8
E_TM = 12
element:
	push	hl			; the name
	ld	hl, (_txt)
	inc	hl
	ld	(_txt), hl
	call	_eval
	ld	a, (_etype)
	or	a
	jr	nz, el_tm
	call	fac_subscript		; DE
	ld	hl, (_txt)
el_sp:
	ld	a, (hl)
	cp	#0x20
	jr	nz, el_c
	inc	hl
	jr	el_sp
el_c:
	ld	(_txt), hl
	cp	#0x29
	jr	nz, el_c_path		; more subscripts
	pop	bc			; C = name0, B = name1
	push	bc
	push	de
	ld	hl, (_arr_start)
	ld	de, (_arr_end)
el_scan:
	ld	a, l
	sub	e
	ld	a, h
	sbc	a, d
	jr	nc, el_none
	ld	a, (hl)
	cp	c
	jr	nz, el_next
	inc	hl
	ld	a, (hl)
	dec	hl
	cp	b
	jr	z, el_found
el_next:
	inc	hl
	inc	hl
	ld	a, (hl)
	inc	hl
	push	de
	ld	d, (hl)
	ld	e, a
	dec	hl
	dec	hl
	dec	hl
	add	hl, de
	pop	de
	jr	el_scan
el_none:
	pop	de
el_c_path:
	pop	hl
	jp	_find_element
el_found:
	pop	de			; the subscript
	inc	hl
	inc	hl
	inc	hl
	inc	hl
	ld	a, (hl)			; dimensions
	dec	a
	jr	nz, el_bs
	inc	hl
	ld	a, e			; below the bound + 1?
	sub	(hl)
	inc	hl
	ld	a, d
	sbc	a, (hl)
	jr	nc, el_bs
	inc	hl
	ex	de, hl
	add	hl, hl
	add	hl, hl
	add	hl, de
	ex	de, hl			; DE = the element
	pop	bc
	ld	a, b
	rlca
	and	#1
	ld	(_etype), a
	ld	hl, (_txt)
	inc	hl			; ')'
	ld	(_txt), hl
	ret
el_bs:
	ld	a, #E_BS
	jp	_error
el_tm:
	ld	a, #E_TM
	jp	_error
el_fc:
	ld	a, #E_FC
	jp	_error

;; DE = fac as a subscript (truncated to 0-32767), else ?FC; C: uint16_t fac_index(void)
	.globl	_fac_index
_fac_index:
fac_subscript:
	ld	hl, (_fac + 2)
	bit	7, h
	jr	nz, fs_slow
	ld	a, l
	rla
	ld	a, h
	rla				; the exponent
	ld	de, #0
	cp	#127
	ret	c			; below 1
	cp	#142
	jr	nc, fs_slow		; 32768 or more
	ld	b, a
	ld	a, l
	or	#0x80
	ld	d, a
	ld	a, (_fac + 1)
	ld	e, a
	ld	a, #142			; D E = the top 16 mantissa bits: shift right 142 - exp
	sub	b
	cp	#8
	jr	c, fs_shift
	ld	e, d
	ld	d, #0
	sub	#8
	ret	z
fs_shift:
	ld	b, a
fs_shl:
	srl	d
	rr	e
	djnz	fs_shl
	ret
fs_slow:
	ld	de, (_fac)
	call	_to_uint
	bit	7, d
	jr	nz, el_fc
	ret
