;; crt0.s - start-up code shared by every RetroShield ROM of this project.
;;
;; Memory use (symbols given by roms/build.sh at link time):
;;   __stack_top   first byte above the stack (SP starts here)
;; Layout of the fixed part at $0000:
;;   $0000  reset: DI, set SP, jump to the initialisation code
;;   $0008..$0030  RST 08h..30h: jump through a RAM vector (rst_vectors, 3 bytes each)
;;   $0038  RST 38h / IM 1 interrupt: saves AF BC DE HL IY, calls serial_isr (C),
;;          restores them, EI, RETI. Every ROM links one serial driver that defines it.
;;   $0066  NMI: jumps through the last RAM vector.
;; Initialisation: zero _DATA and _BSS (SDCC puts uninitialised globals in _DATA),
;; copy _INITIALIZER (ROM) to _INITIALIZED (RAM), set the RAM vectors to harmless
;; defaults (RET for RST, RETN for NMI), run _GSINIT, IM 1, call _main.
;; Interrupts stay disabled until the program (e.g. serial_init) enables them.
;; If main returns, the CPU halts with interrupts disabled.

	.module crt0
	.globl	_main
	.globl	_serial_isr
	.globl	_rst_vectors
	.globl	__stack_top

	.area	_HEADER (ABS)
	.org	0x0000
	di
	ld	sp, #__stack_top
	jp	crt0_init

	.org	0x0008
	jp	_rst_vectors + 0
	.org	0x0010
	jp	_rst_vectors + 3
	.org	0x0018
	jp	_rst_vectors + 6
	.org	0x0020
	jp	_rst_vectors + 9
	.org	0x0028
	jp	_rst_vectors + 12
	.org	0x0030
	jp	_rst_vectors + 15

	.org	0x0038
	push	af
	push	bc
	push	de
	push	hl
	push	iy
	call	_serial_isr
	pop	iy
	pop	hl
	pop	de
	pop	bc
	pop	af
	ei
	reti

	.org	0x0066
	jp	_rst_vectors + 18

	;; Order of the relocatable areas: code and constants in ROM, then RAM.
	.area	_HOME
	.area	_CODE
	.area	_INITIALIZER
	.area	_GSINIT
	.area	_GSFINAL
	.area	_DATA
	.area	_INITIALIZED
	.area	_BSEG
	.area	_BSS
	.area	_HEAP

	.area	_CODE
crt0_init:
	;; zero _DATA (uninitialised globals)
	ld	hl, #s__DATA
	ld	bc, #l__DATA
	call	crt0_zero
	;; zero _BSS
	ld	hl, #s__BSS
	ld	bc, #l__BSS
	call	crt0_zero
	;; copy initialised data from ROM to RAM
	ld	bc, #l__INITIALIZER
	ld	a, b
	or	a, c
	jr	z, crt0_vectors
	ld	hl, #s__INITIALIZER
	ld	de, #s__INITIALIZED
	ldir
crt0_vectors:
	;; RST 08h..30h -> RET, NMI -> RETN
	ld	hl, #_rst_vectors
	ld	b, #6
crt0_vec_loop:
	ld	(hl), #0xC3
	inc	hl
	ld	(hl), #<crt0_ret
	inc	hl
	ld	(hl), #>crt0_ret
	inc	hl
	djnz	crt0_vec_loop
	ld	(hl), #0xC3
	inc	hl
	ld	(hl), #<crt0_retn
	inc	hl
	ld	(hl), #>crt0_retn
	im	1
	call	gsinit
	call	_main
crt0_stop:
	di
	halt
	jr	crt0_stop

crt0_ret:
	ret
crt0_retn:
	retn

;; zero BC bytes from HL (BC may be 0)
crt0_zero:
	ld	a, b
	or	a, c
	ret	z
	ld	(hl), #0
	dec	bc
	ld	a, b
	or	a, c
	ret	z
	ld	d, h
	ld	e, l
	inc	de
	ldir
	ret

	.area	_GSINIT
gsinit:
	.area	_GSFINAL
	ret

	.area	_DATA
_rst_vectors:
	.ds	21
