;; cpu.s - the monitor's machine-level parts: running a program (G), capturing the
;; registers when it returns or reaches a breakpoint (RST 30h, opcode $F7), port
;; access with a variable port, and the fixed entry points for user programs.
;; Calling convention: SDCC 4.2 sdcccall(1) (first 8-bit argument in A, first 16-bit
;; argument in HL, second 8-bit argument in L; 8-bit result in A).

	.module cpu
	.globl	_go_call
	.globl	_breakpoint_entry
	.globl	_saved_regs
	.globl	_port_in
	.globl	_port_out
	.globl	_monitor_orphan_breakpoint
	.globl	__stack_top
	.globl	_serial_putc
	.globl	_serial_getc
	.globl	_serial_ready
	.globl	_con_puts
	.globl	_con_put_hex8
	.globl	_con_newline

;; saved_regs layout (uint16_t[8]): AF BC DE HL IX IY SP PC
REG_AF = 0
REG_BC = 2
REG_DE = 4
REG_HL = 6
REG_IX = 8
REG_IY = 10
REG_SP = 12
REG_PC = 14

;; Entry points for user programs (fixed addresses, JP to the library):
;;   $0050 putc  (A = byte)           $0053 getc  (-> A)
;;   $0056 puts  (HL = NUL-ended text) $0059 hex8 (A = byte, two hex digits)
;;   $005C newline (CR LF)             $005F ready (-> A non-zero if a key waits)
;; They may change AF BC DE HL; IX and IY are kept.
	.area	_ENTRIES (ABS)
	.org	0x0050
	jp	_serial_putc
	jp	_serial_getc
	jp	_con_puts
	jp	_con_put_hex8
	jp	_con_newline
	jp	_serial_ready

	.area	_CODE

;; uint8_t go_call(uint16_t address)  -- HL = address
;; Calls the program; returns 0 when it returned with RET, 1 after a breakpoint.
_go_call:
	push	ix
	push	iy
	ld	(_saved_regs + REG_PC), hl
	ld	(go_sp), sp
	ld	de, #go_returned
	push	de
	ei
	jp	(hl)
go_returned:
	ld	(_saved_regs + REG_HL), hl
	push	af
	pop	hl
	ld	(_saved_regs + REG_AF), hl
	ld	(_saved_regs + REG_BC), bc
	ld	(_saved_regs + REG_DE), de
	ld	(_saved_regs + REG_IX), ix
	ld	(_saved_regs + REG_IY), iy
	ld	(_saved_regs + REG_SP), sp
	xor	a, a
go_exit:
	ld	sp, (go_sp)
	ld	hl, #0
	ld	(go_sp), hl
	pop	iy
	pop	ix
	im	1
	ei
	ret

;; RST 30h handler (installed in the RAM vector by main): the return address on the
;; stack is the byte after the RST opcode.
_breakpoint_entry:
	ld	(_saved_regs + REG_HL), hl
	pop	hl
	dec	hl
	ld	(_saved_regs + REG_PC), hl
	push	af
	pop	hl
	ld	(_saved_regs + REG_AF), hl
	ld	(_saved_regs + REG_BC), bc
	ld	(_saved_regs + REG_DE), de
	ld	(_saved_regs + REG_IX), ix
	ld	(_saved_regs + REG_IY), iy
	ld	(_saved_regs + REG_SP), sp
	ld	hl, (go_sp)
	ld	a, h
	or	a, l
	ld	a, #1
	jr	nz, go_exit
	;; no G in progress: restart the command loop on a fresh stack
	ld	sp, #__stack_top
	im	1
	ei
	jp	_monitor_orphan_breakpoint

;; uint8_t port_in(uint8_t port)  -- A = port
_port_in:
	ld	c, a
	in	a, (c)
	ret

;; void port_out(uint8_t port, uint8_t value)  -- A = port, L = value
_port_out:
	ld	c, a
	out	(c), l
	ret

	.area	_DATA
go_sp:
	.ds	2
