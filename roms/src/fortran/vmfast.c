/* vmfast.c - the byte-code executor's hot loop in Z80 assembly (ROM build only).
 *
 * vm_fast() runs operations from pc as long as they are simple cases it knows -
 * LINE (between Ctrl+C checks), PUSHI, PUSHR, LOAD and 1-dimensional LOADA/REFA of
 * INTEGER, REAL and LOGICAL variables, STORE to a named variable or through a reference
 * of the value's own type (INTEGER, REAL, LOGICAL), INTEGER + - and comparisons, REAL + - * / (through real_op in vm.c), JMP, JZ and INTEGER DOINC (which skips the
 * DOTEST at the top of the loop) - and
 * returns the first operation it leaves to vm.c, with pc just past its operation byte
 * (exactly as `op = *pc++` would). Every case it hands back is then done by the C code,
 * which also raises all errors (stack full, subscript out of range, ...).
 * The offsets below are checked against the C structures at compile time. */
#include <stddef.h>
#include "vm.h"

#ifdef __SDCC
#define CHECK(name, cond) typedef char vf_chk_##name[(cond) ? 1 : -1]
CHECK(val_size, sizeof(val_t) == 15);
CHECK(val_u, offsetof(val_t, u) == 5);
CHECK(sym_t_off, offsetof(sym_t, t) == 4);
CHECK(sym_ndim, offsetof(sym_t, ndim) == 5);
CHECK(sym_addr, offsetof(sym_t, addr) == 8);
CHECK(sym_lo, offsetof(sym_t, lo) == 10);
CHECK(sym_hi, offsetof(sym_t, hi) == 16);
CHECK(do_t, offsetof(doslot_t, t) == 2);
CHECK(do_count, offsetof(doslot_t, count) == 3);
CHECK(do_step, offsetof(doslot_t, step) == 7);
CHECK(ops, OP_LINE == 1 && OP_PUSHI == 2 && OP_PUSHR == 3 && OP_MUL == 16 && OP_DIV == 17 && OP_LOAD == 7 && OP_LOADA == 8 && OP_REFA == 10 && OP_STORE == 12
      && OP_ADD == 14 && OP_SUB == 15 && OP_EQ == 20 && OP_GE == 25 && OP_JMP == 32
      && OP_JZ == 33 && OP_DOTEST == 37 && OP_DOINC == 38);
/* operations past OP_DOINC (the table's last entry) always go back to vm.c: the I/O,
 * ASSIGN and procedure-argument operations appended to the list after OP_REWIND */
CHECK(ops_c, OP_REWIND == 52 && OP_IOTRAP == 53 && OP_CALLD == 59);
CHECK(types, T_INT == 1 && T_REAL == 2 && T_LOG == 4 && VSTACK == 32);

static uint8_t vf_mode;                /* 0 LOADA, 0x80 REFA */

uint8_t vm_fast(void) __naked
{
    __asm
    ld hl, (_pc)
vf_next:                        ; HL = pc at an operation byte
    ld a, (hl)
    inc hl
    ex de, hl                   ; DE = pc past the operation byte
    ld c, a                     ; C = operation (kept for vf_exit)
    cp #39                      ; past OP_DOINC: left to vm.c
    jp nc, vf_exit
    ld b, #0
    ld hl, #vf_table
    add hl, bc
    add hl, bc
    ld a, (hl)
    inc hl
    ld h, (hl)
    ld l, a
    jp (hl)
vf_exit:                        ; C = operation, DE = pc past it
    ld (_pc), de
    ld a, c
    ret

vf_table:
    .dw vf_exit, vf_line, vf_pushi, vf_pushr, vf_exit, vf_exit, vf_exit, vf_load
    .dw vf_loada, vf_exit, vf_refa, vf_exit, vf_store, vf_exit, vf_add, vf_sub
    .dw vf_muldiv, vf_muldiv, vf_exit, vf_exit, vf_cmp, vf_cmp, vf_cmp, vf_cmp
    .dw vf_cmp, vf_cmp, vf_exit, vf_exit, vf_exit, vf_exit, vf_exit, vf_exit
    .dw vf_jmp, vf_jz, vf_exit, vf_exit, vf_exit, vf_exit, vf_doinc

; ---- LINE n: err_line = n, tpos = tbase; every BRK_EVERY lines vm.c checks Ctrl+C
vf_line:
    ld hl, #_brk_wait
    dec (hl)
    jp z, vf_exit               ; vm.c does this one (and the check)
    ex de, hl
    ld e, (hl)
    inc hl
    ld d, (hl)
    inc hl
    ld (_err_line), de
    ld de, (_tbase)
    ld (_tpos), de
    jp vf_next

; ---- push: HL = the new top slot (vsp advanced), carry set (vsp kept) if the stack is full.
; Keeps BC and DE.
vf_push:
    push bc
    ld hl, (_vsp)
    ld bc, #15
    add hl, bc
    push hl
    ld bc, #_vstack+480
    or a, a
    sbc hl, bc                  ; carry: new top below the end, fine
    pop hl
    pop bc
    ccf
    ret c
    ld (_vsp), hl
    ret

; ---- PUSHI value
vf_pushi:
    call vf_push
    jp c, vf_exit
    ld (hl), #1                 ; T_INT
    ld bc, #5
    add hl, bc
    ex de, hl                   ; HL = pc, DE = value
    ld bc, #4
    ldir
    jp vf_next

; ---- load: B = type (INTEGER, REAL or LOGICAL), DE = storage, HL = slot; HL kept.
vf_loadval:
    push hl
    ld (hl), b
    ld a, #5
    add a, l
    ld l, a
    adc a, h
    sub a, l
    ld h, a                     ; HL = slot value
    ex de, hl                   ; HL = storage, DE = value
    ld a, b
    cp a, #4
    jp z, vf_ldlog
    ldi
    ldi
    ldi
    ldi                         ; (LDI leaves A alone)
    dec a
    jp z, vf_lddone             ; INTEGER: 4 bytes
    ldi
    ldi                         ; REAL: 6 bytes, then 4 zero digits
    ex de, hl
    xor a, a
    ld (hl), a
    inc hl
    ld (hl), a
    inc hl
    ld (hl), a
    inc hl
    ld (hl), a
    jp vf_lddone
vf_ldlog:
    ld a, (hl)
    ex de, hl
    ld (hl), a
    inc hl
    xor a, a
    ld (hl), a
    inc hl
    ld (hl), a
    inc hl
    ld (hl), a
vf_lddone:
    pop hl
    ret

; A = a type: NC if INTEGER, REAL or LOGICAL, else carry
vf_fasttype:
    cp a, #3
    jp z, vf_slow
    cp a, #5
    ccf
    ret
vf_slow:
    scf
    ret

; ---- LOAD sym
vf_load:
    ex de, hl
    ld e, (hl)
    inc hl
    ld d, (hl)
    inc hl
    push hl                     ; pc past the operand
    ld hl, #4
    add hl, de
    ld a, (hl)                  ; sym->t
    call vf_fasttype
    jp c, vf_load_slow
    ld b, a
    ld de, #4
    add hl, de
    ld e, (hl)
    inc hl
    ld d, (hl)                  ; DE = sym->addr
    call vf_push
    jp c, vf_load_slow
    call vf_loadval
    pop hl
    jp vf_next
vf_load_slow:
    pop de
    dec de
    dec de
    ld c, #7
    jp vf_exit

; ---- LOADA sym: one INTEGER subscript on top, replaced by the elements value
vf_refa:
    ld a, #0x80
    jp vf_elem
vf_loada:
    xor a, a
vf_elem:
    ld (_vf_mode), a
    ex de, hl
    ld e, (hl)
    inc hl
    ld d, (hl)
    inc hl
    push hl                     ; pc past the operand
    push de                     ; sym
    ld hl, #4
    add hl, de
    ld a, (hl)                  ; sym->t
    call vf_fasttype
    jp c, vf_loada_slow
    ld b, a
    inc hl
    ld a, (hl)                  ; sym->ndim
    dec a
    jp nz, vf_loada_slow
    ld hl, (_vsp)
    ld a, (hl)
    dec a                       ; subscript must be T_INT
    jp nz, vf_loada_slow
    ld de, #5
    add hl, de
    ld e, (hl)
    inc hl
    ld d, (hl)                  ; DE = low word of the subscript
    inc hl
    ld a, (hl)
    inc hl
    or a, (hl)                  ; high word (must be 0 or -1 with matching sign)
    jp z, vf_sub_pos
    ld a, (hl)
    dec hl
    and a, (hl)
    inc a
    jp nz, vf_loada_slow        ; not a 16-bit number
    bit 7, d
    jp z, vf_loada_slow
    jp vf_sub_ok
vf_sub_pos:
    bit 7, d
    jp nz, vf_loada_slow
vf_sub_ok:                      ; DE = subscript (signed 16 bits)
    pop hl                      ; sym
    push hl
    push bc                     ; B = type
    ld bc, #10
    add hl, bc
    ld c, (hl)
    inc hl
    ld b, (hl)                  ; BC = lo
    ex de, hl                   ; HL = subscript, DE = &lo + 1
    or a, a
    sbc hl, bc                  ; HL = i - lo
    jp pe, vf_loada_slow2       ; overflow
    jp m, vf_loada_slow2        ; below lo
    push hl                     ; offset
    ex de, hl
    ld de, #5
    add hl, de                  ; HL = &hi
    ld e, (hl)
    inc hl
    ld d, (hl)                  ; DE = hi
    ex de, hl
    or a, a
    sbc hl, bc                  ; HL = hi - lo (>= 0)
    pop de                      ; DE = offset
    or a, a
    sbc hl, de                  ; carry if offset > hi - lo
    jp c, vf_loada_slow2
    pop bc                      ; B = type
    ex de, hl                   ; HL = offset
    ld a, b
    cp a, #4
    jp z, vf_elem_done          ; LOGICAL: 1 byte
    add hl, hl
    ld d, h
    ld e, l                     ; 2 x
    add hl, hl                  ; 4 x
    dec a
    jp z, vf_elem_done          ; INTEGER: 4 bytes
    add hl, de                  ; REAL: 6 bytes
vf_elem_done:
    pop de                      ; sym
    push hl
    ld hl, #8
    add hl, de
    ld e, (hl)
    inc hl
    ld d, (hl)                  ; DE = sym->addr
    pop hl
    add hl, de
    ex de, hl                   ; DE = element address
    ld hl, (_vsp)               ; the subscripts slot takes the value or reference
    ld a, (_vf_mode)
    or a, a
    jp nz, vf_setref
    call vf_loadval
    pop hl
    jp vf_next
vf_setref:                      ; t | 0x80, n = 0 (not CHARACTER), p = element
    or a, b
    ld (hl), a
    inc hl
    xor a, a
    ld (hl), a
    inc hl
    ld (hl), a
    inc hl
    ld (hl), e
    inc hl
    ld (hl), d
    pop hl
    jp vf_next
vf_loada_slow2:
    pop bc
vf_loada_slow:
    pop de                      ; sym
    pop de
    dec de
    dec de
    ld a, (_vf_mode)
    rlca
    rlca                        ; 0x80 -> 2
    add a, #8
    ld c, a                     ; OP_LOADA or OP_REFA
    jp vf_exit

; ---- STORE 1 sym (named variable of the values own type); STORE 0 goes to vm.c
vf_store:
    ld a, (de)
    or a, a
    jp z, vf_store0
    ex de, hl
    inc hl
    ld e, (hl)
    inc hl
    ld d, (hl)
    inc hl
    push hl                     ; pc past the operands
    ld hl, #4
    add hl, de
    ld a, (hl)                  ; sym->t
    call vf_fasttype
    jp c, vf_store_slow
    ld b, a
    ld hl, (_vsp)
    cp a, (hl)                  ; value of the same type?
    jp nz, vf_store_slow
    push hl
    ld hl, #8
    add hl, de
    ld e, (hl)
    inc hl
    ld d, (hl)                  ; DE = sym->addr
    pop hl
    push hl
vf_stcopy:                      ; HL = value slot, DE = storage, B = type; stack: pc, slot
    ld a, #5
    add a, l
    ld l, a
    adc a, h
    sub a, l
    ld h, a                     ; HL = value
    ld a, b
    cp a, #4
    jp z, vf_stlog
    ldi
    ldi
    ldi
    ldi
    dec a
    jp z, vf_stdone
    ldi
    ldi
    jp vf_stdone
vf_stlog:
    ld a, (hl)
    inc hl
    or a, (hl)
    inc hl
    or a, (hl)
    inc hl
    or a, (hl)
    jp z, vf_stlog0
    ld a, #1
vf_stlog0:
    ld (de), a
vf_stdone:
    pop hl                      ; the values slot
    ld bc, #-15
    add hl, bc
    ld (_vsp), hl
    pop hl
    jp vf_next
; ---- STORE 0: value on top, a reference of the same type below it
vf_store0:                      ; DE = pc at the 0, C = 12
    ld hl, (_vsp)
    ld a, (hl)
    call vf_fasttype
    jp c, vf_exit
    ld b, a                     ; B = type
    inc de
    push de                     ; pc past the 0
    ld de, #-15
    add hl, de                  ; HL = reference slot
    ld a, (hl)
    xor a, #0x80
    cp a, b
    jp nz, vf_store0_slow
    push hl
    inc hl
    inc hl
    inc hl
    ld e, (hl)
    inc hl
    ld d, (hl)                  ; DE = the reference address
    pop hl
    push hl                     ; stack: pc, reference slot (the new top + 15)
    push de
    ld de, #15
    add hl, de                  ; HL = value slot
    pop de
    jp vf_stcopy
vf_store0_slow:
    pop de
    dec de
    ld c, #12
    jp vf_exit
vf_store_slow:
    pop de
    dec de
    dec de
    dec de
    ld c, #12
    jp vf_exit

; two INTEGERs on top? HL = lower slots value, DE = upper slots value, NZ if not
vf_two_ints:
    ld hl, (_vsp)
    ld a, (hl)
    dec a
    ret nz
    ld bc, #-15
    add hl, bc
    ld a, (hl)
    dec a
    ret nz
    ld bc, #5
    add hl, bc
    ld d, h
    ld e, l
    ld bc, #15
    ex de, hl
    add hl, bc
    ex de, hl
    xor a, a
    ret

; drop the top slot
vf_drop:
    ld hl, (_vsp)
    ld bc, #-15
    add hl, bc
    ld (_vsp), hl
    ret

; ---- INTEGER + and -
vf_add:
    push de
    call vf_two_ints
    jp nz, vf_arith_slow
    ld a, (de)
    add a, (hl)
    ld (hl), a
    inc de
    inc hl
    ld a, (de)
    adc a, (hl)
    ld (hl), a
    inc de
    inc hl
    ld a, (de)
    adc a, (hl)
    ld (hl), a
    inc de
    inc hl
    ld a, (de)
    adc a, (hl)
    ld (hl), a
vf_arith_done:
    call vf_drop
    pop hl
    jp vf_next
vf_sub:
    push de
    call vf_two_ints
    jp nz, vf_arith_slow
    ex de, hl                   ; HL = subtrahend, DE = minuend (result)
    ld a, (de)
    sub a, (hl)
    ld (de), a
    inc de
    inc hl
    ld a, (de)
    sbc a, (hl)
    ld (de), a
    inc de
    inc hl
    ld a, (de)
    sbc a, (hl)
    ld (de), a
    inc de
    inc hl
    ld a, (de)
    sbc a, (hl)
    ld (de), a
    jp vf_arith_done
vf_muldiv:
    push de
vf_arith_slow:                  ; not two INTEGERs: two REALs go to real_op
    pop de                      ; C was clobbered: take the operation again
    dec de
    ld a, (de)
    inc de
    ld c, a
    ld hl, (_vsp)
    ld a, (hl)
    cp a, #2
    jp nz, vf_exit
    push bc
    ld bc, #-15
    add hl, bc
    pop bc
    ld a, (hl)
    cp a, #2
    jp nz, vf_exit
    push de
    ld a, c
    call _real_op
    pop hl
    jp vf_next

; ---- PUSHR constant (6 bytes; the 4 digits a REAL does not use are zero)
vf_pushr:
    call vf_push
    jp c, vf_exit
    ld (hl), #2                 ; T_REAL
    ld bc, #5
    add hl, bc
    ex de, hl                   ; HL = pc, DE = value
    ld bc, #6
    ldir
    ex de, hl
    xor a, a
    ld (hl), a
    inc hl
    ld (hl), a
    inc hl
    ld (hl), a
    inc hl
    ld (hl), a
    ex de, hl                   ; HL = pc
    jp vf_next

; ---- INTEGER comparisons: the lower slot becomes the LOGICAL result
vf_cmp:
    push de
    push bc                     ; C = operation
    call vf_two_ints
    jp nz, vf_cmp_slow
    inc hl
    inc hl
    inc hl
    inc de
    inc de
    inc de                      ; most significant bytes
    ld a, (hl)
    xor a, #0x80
    ld b, a
    ld a, (de)
    xor a, #0x80
    ld c, a                     ; signs flipped: unsigned compare of B:.. with C:..
    ld a, b
    cp a, c
    jp nz, vf_cmp_set
    dec hl
    dec de
    ld a, (de)
    ld c, a
    ld a, (hl)
    cp a, c
    jp nz, vf_cmp_set
    dec hl
    dec de
    ld a, (de)
    ld c, a
    ld a, (hl)
    cp a, c
    jp nz, vf_cmp_set
    dec hl
    dec de
    ld a, (de)
    ld c, a
    ld a, (hl)
    cp a, c
vf_cmp_set:                     ; Z: equal, C: lower below upper
    ld a, #2                    ; mask bit for "equal"
    jp z, vf_cmp_bit
    ld a, #1                    ; "below"
    jp c, vf_cmp_bit
    ld a, #4                    ; "above"
vf_cmp_bit:
    pop bc
    ld b, a
    ld a, c
    sub a, #20
    ld e, a
    ld d, #0
    ld hl, #vf_holds
    add hl, de
    ld a, (hl)
    and a, b
    jp z, vf_cmp_store
    ld a, #1
vf_cmp_store:
    push af
    call vf_drop
    ld (hl), #4                 ; T_LOG
    ld bc, #5
    add hl, bc
    pop af
    ld (hl), a
    inc hl
    xor a, a
    ld (hl), a
    inc hl
    ld (hl), a
    inc hl
    ld (hl), a
    pop hl
    jp vf_next
vf_cmp_slow:
    pop bc
    pop de
    jp vf_exit
vf_holds:
    .db 2, 5, 1, 3, 4, 6        ; EQ NE LT LE GT GE

; ---- JMP address
vf_jmp:
    ex de, hl
    ld e, (hl)
    inc hl
    ld d, (hl)
    ex de, hl
    jp vf_next

; ---- JZ address: pops a LOGICAL
vf_jz:
    ld hl, (_vsp)
    ld a, (hl)
    cp a, #4
    jp nz, vf_exit
    push de
    ld bc, #5
    add hl, bc
    ld a, (hl)
    inc hl
    or a, (hl)
    inc hl
    or a, (hl)
    inc hl
    or a, (hl)
    push af
    call vf_drop
    pop af
    pop hl                      ; pc at the address
    jp z, vf_jmp_hl
    inc hl
    inc hl
    jp vf_next
vf_jmp_hl:
    ld e, (hl)
    inc hl
    ld d, (hl)
    ex de, hl
    jp vf_next

; ---- DOINC slot, top: INTEGER variable += step, --count, back into the body or out
vf_doinc:
    push de                     ; pc at the operands, for vm.c
    ex de, hl
    ld e, (hl)
    inc hl
    ld d, (hl)                  ; DE = slot
    inc hl
    ld c, (hl)
    inc hl
    ld b, (hl)                  ; BC = top (the loops DOTEST)
    ld a, d
    or a, e
    jp z, vf_doinc_while        ; DO label WHILE: no slot, just go back
    ld hl, #2
    add hl, de
    ld a, (hl)                  ; slot->t
    dec a
    jp nz, vf_doinc_slow
    pop af                      ; (the saved pc)
    push bc                     ; top
    push de                     ; slot
    ex de, hl
    ld c, (hl)
    inc hl
    ld b, (hl)                  ; BC = variable
    ld de, #11
    add hl, de                  ; HL = &step.u.i
    ld a, (bc)
    add a, (hl)
    ld (bc), a
    inc bc
    inc hl
    ld a, (bc)
    adc a, (hl)
    ld (bc), a
    inc bc
    inc hl
    ld a, (bc)
    adc a, (hl)
    ld (bc), a
    inc bc
    inc hl
    ld a, (bc)
    adc a, (hl)
    ld (bc), a
    pop hl                      ; slot
    inc hl
    inc hl
    inc hl                      ; &count
    ld a, (hl)
    sub a, #1
    ld (hl), a
    inc hl
    ld a, (hl)
    sbc a, #0
    ld (hl), a
    inc hl
    ld a, (hl)
    sbc a, #0
    ld (hl), a
    inc hl
    ld a, (hl)
    sbc a, #0
    ld (hl), a
    pop de                      ; top
    bit 7, a
    jp nz, vf_doinc_out         ; count < 0
    dec hl
    or a, (hl)
    dec hl
    or a, (hl)
    dec hl
    or a, (hl)
    jp z, vf_doinc_out          ; count == 0
    ld hl, #5                   ; into the body, past the DOTEST at top
    add hl, de
    jp vf_next
vf_doinc_out:
    ld hl, #3
    add hl, de                  ; the DOTESTs exit address
    jp vf_jmp_hl
vf_doinc_while:
    pop af
    ld l, c
    ld h, b
    jp vf_next
vf_doinc_slow:
    pop de
    ld c, #38
    jp vf_exit
    __endasm;
}
#endif
