;; varfind.s - the search of the simple-variable table (hot: every variable reference).
;; uint8_t *var_lookup(uint16_t name): HL = name (low byte = first character, high byte =
;; second | 0x80 for strings); returns in DE the address of the 4-byte value or 0.
;; Entries are 6 bytes [name0][name1][value] from _vars_start up to _arr_start.
	.module varfind
	.globl	_var_lookup
	.globl	_vars_start
	.globl	_arr_start

	.area	_CODE
_var_lookup:
	ex	de, hl
	ld	hl, (_vars_start)
	ld	bc, (_arr_start)
vl_loop:
	ld	a, l
	sub	c
	ld	a, h
	sbc	a, b
	jr	nc, vl_none
	ld	a, (hl)
	cp	e
	jr	nz, vl_next
	inc	hl
	ld	a, (hl)
	cp	d
	jr	z, vl_found
	dec	hl
vl_next:
	ld	a, #6
	add	a, l
	ld	l, a
	jr	nc, vl_loop
	inc	h
	jr	vl_loop
vl_found:
	inc	hl
	ex	de, hl
	ret
vl_none:
	ld	de, #0
	ret
