;; forth.s - a Forth-2012 system for the RetroShield Z80 (direct threaded code).
;; Registers: SP data stack (below the top), BC top of stack, DE instruction pointer (IP),
;; IX return stack pointer (grows down), HL/AF/IY and the alternate set scratch.
;; Header: link (2) | flags+length (1: bit 7 immediate, bit 6 hidden, bits 4-0 length) |
;; name | code. The execution token is the address of the code; a colon definition's code
;; is CALL docolon, a CREATEd word's CALL dovar (patched by DOES>).
;; The kernel (these files) holds the primitives, the interpreter and the compiler; boot.inc
;; is Forth source text run once at a cold start that defines the rest.
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

.macro HD flags
	.dw	link
	link = . - 2
	.db	9$ - . - 1 + flags
.endm

link = 0
	.area	_CODE
	.include "serial.inc"
	.include "core1.inc"
	.include "core2.inc"
	.include "arith.inc"
	.include "interp.inc"
	.include "compiler.inc"
	.include "files.inc"
	.include "start.inc"
last_link = link
	.include "boot.inc"
