;; forth.s - a Forth-2012 system for the RetroShield Z80 (direct threaded code).
;; Registers: SP data stack (below the top), BC top of stack, DE instruction pointer (IP),
;; IX return stack pointer (grows down), HL/AF/IY and the alternate set scratch.
;; Header: link (2) | flags+length (1: bit 7 immediate, bit 6 hidden, bits 4-0 length) |
;; name | code. The execution token is the address of the code; a colon definition's code
;; is CALL docolon, a CREATEd word's CALL dovar (patched by DOES>).
;; The kernel holds the primitives, the interpreter and the compiler; boot.inc is Forth source
;; that defines the rest, compiled at build time by running this ROM on the emulator
;; (retroshield.tools.ForthBootImage, make-image.sh) into bootimage.inc, the dictionary image
;; a cold start copies to RAM. Files, in link order: serial
;; (6850 driver), core1 (inner interpreter, run-time words), stack, core2 (arithmetic, logic),
;; memory, arith (multiply, divide), parse (parsing, FIND), number, interp (INTERPRET, QUIT),
;; exception (CATCH, THROW, error report), dict (variables, HERE), compiler (headers,
;; defining words), compwords (parsing and compiling words), files (SD card ports), start
;; (cold and warm start), bootimage (generated from boot.inc). ram.inc is the RAM map.
	.module forth
	.globl	_main
	.globl	_serial_isr
	.include "ram.inc"

.macro NEXT
	ex	de, hl
	ld	e, (hl)
	inc	hl
	ld	d, (hl)
	inc	hl
	ex	de, hl
	jp	(hl)
.endm

.macro HD flags, len
	.dw	lk'len		; previous word of the same length (FIND's chain)
	lk'len = .
	.dw	link		; previous word (LATEST's chain: WORDS, MARKER)
	link = . - 2
	.db	9$ - . - 1 + flags
.endm

link = 0
lk1 = 0
lk2 = 0
lk3 = 0
lk4 = 0
lk5 = 0
lk6 = 0
lk7 = 0
lk8 = 0
lk9 = 0
lk10 = 0
lk11 = 0
lk12 = 0
lk13 = 0
lk14 = 0
lk15 = 0
lk16 = 0
lk17 = 0
lk18 = 0
lk19 = 0
lk20 = 0
lk21 = 0
lk22 = 0
lk23 = 0
lk24 = 0
lk25 = 0
lk26 = 0
lk27 = 0
lk28 = 0
lk29 = 0
lk30 = 0
lk31 = 0
	.area	_CODE
	.include "serial.inc"
	.include "core1.inc"
	.include "stack.inc"
	.include "core2.inc"
	.include "memory.inc"
	.include "arith.inc"
	.include "parse.inc"
	.include "number.inc"
	.include "interp.inc"
	.include "exception.inc"
	.include "dict.inc"
	.include "compiler.inc"
	.include "compwords.inc"
	.include "files.inc"
	.include "start.inc"
last_link = link
rom_heads:			; heads of the 31 length chains of the ROM words
	.dw	0, lk1, lk2, lk3, lk4, lk5, lk6, lk7, lk8, lk9, lk10, lk11, lk12, lk13, lk14, lk15
	.dw	lk16, lk17, lk18, lk19, lk20, lk21, lk22, lk23, lk24, lk25, lk26, lk27, lk28, lk29
	.dw	lk30, lk31
	.include "bootimage.inc"	; boot.inc compiled at build time (generated)
