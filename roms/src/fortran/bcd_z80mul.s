; bcd_z80mul.s - multiplication on the working form, in packed BCD.
; Part of the BCD library's Z80 core (see bcd_z80core.s for the conventions).

        .module bcd_z80mul
        .area   _CODE

; int bcdx_mul(bcdx_t *r, const bcdx_t *a, const bcdx_t *b, unsigned char prec)
; HL = r, DE = a; stack: b 4(ix), prec 6(ix).
; Packed BCD: M_k = k * b (k = 1..largest digit of a, L bytes each, in 11-byte slots) are
; built by additions; digit a_i adds M_(a_i) at digit position i, into W (odd i) or V (even i)
; so that every addition is byte-aligned; at the end W + V shifted by a digit is the exact
; product, unpacked and rounded by bcdx_finish (the same digits as the C schoolbook).
; Locals: r -2, a -4, na -5, nb -6, L -7, i -8, largest digit -9, na + nb -10,
; W[22] -32, V[22] -54, M slots -153 (M_k ends at ix - 154 + 11 k).
_bcdx_mul::
        push    ix
        ld      ix, #0
        add     ix, sp
        push    hl
        push    de
        ld      hl, #-149
        add     hl, sp
        ld      sp, hl
        ld      hl, #3
        add     hl, de
        ld      a, (hl)
        or      a
        jp      z, mul_zero
        call    bcdz_lastnz
        ld      -5(ix), a               ; na
        ld      l, 4(ix)
        ld      h, 5(ix)
        inc     hl
        inc     hl
        inc     hl
        ld      a, (hl)
        or      a
        jp      z, mul_zero
        push    hl
        call    bcdz_lastnz
        ld      -6(ix), a               ; nb
        inc     a
        srl     a
        inc     a
        ld      -7(ix), a               ; L = nb / 2 rounded up, + 1
        push    ix                      ; W = V = 0
        pop     hl
        ld      de, #-54
        add     hl, de
        ld      b, #44
        xor     a
1$:     ld      (hl), a
        inc     hl
        djnz    1$
        pop     de                      ; b->m
        push    ix                      ; M_1 = 0 b0b1 b2b3 ...
        pop     hl
        ld      bc, #-142
        add     hl, bc
        ld      a, l
        sub     -7(ix)
        ld      l, a
        jr      nc, 2$
        dec     h
2$:     ld      (hl), #0
        inc     hl
        ld      b, -7(ix)
        dec     b
        call    bcdz_packd
        ld      l, -4(ix)               ; the largest digit of a
        ld      h, -3(ix)
        inc     hl
        inc     hl
        inc     hl
        ld      b, -5(ix)
        xor     a
3$:     cp      (hl)
        jr      nc, 4$
        ld      a, (hl)
4$:     inc     hl
        djnz    3$
        ld      -9(ix), a
        dec     a
        jr      z, 8$
        ld      c, a                    ; M_2 .. M_largest
        push    ix
        pop     hl
        ld      de, #-132
        add     hl, de                  ; HL = end of M_2
6$:     push    bc
        push    hl
        ld      d, h
        ld      e, l
        ld      bc, #-11
        add     hl, bc
        ld      c, -7(ix)
        ld      b, #0
        lddr                            ; M_k = M_(k-1)
        pop     hl
        push    hl
        push    ix
        pop     de
        ex      de, hl
        ld      bc, #-143
        add     hl, bc
        ex      de, hl                  ; DE = end of M_1
        ld      b, -7(ix)
        or      a
7$:     ld      a, (de)                 ; M_k += M_1
        adc     a, (hl)
        daa
        ld      (hl), a
        dec     hl
        dec     de
        djnz    7$
        pop     hl
        ld      bc, #11
        add     hl, bc
        pop     bc
        dec     c
        jr      nz, 6$
8$:     ld      -8(ix), #0              ; rows i = 0 .. na - 1
mul_row:
        ld      a, -8(ix)
        cp      -5(ix)
        jr      nc, mul_rows_done
        ld      l, -4(ix)
        ld      h, -3(ix)
        add     a, #3
        add     a, l
        ld      l, a
        adc     a, h
        sub     l
        ld      h, a
        ld      a, (hl)                 ; k = a_i
        or      a
        jr      z, 12$
        ld      c, a
        add     a, a
        add     a, a
        add     a, c
        add     a, a
        add     a, c                    ; 11 k
        ld      e, a
        ld      d, #0
        push    ix
        pop     hl
        add     hl, de
        ld      de, #-154
        add     hl, de
        ex      de, hl                  ; DE = end of M_k
        ld      a, -8(ix)
        ld      bc, #-54                ; V for even i
        srl     a
        jr      nc, 9$
        ld      bc, #-32                ; W for odd i
9$:     add     a, -7(ix)
        dec     a
        push    ix
        pop     hl
        add     hl, bc
        ld      c, a
        ld      b, #0
        add     hl, bc                  ; HL = last byte of the target
        ld      b, -7(ix)
        or      a
10$:    ld      a, (de)
        adc     a, (hl)
        daa
        ld      (hl), a
        dec     hl
        dec     de
        djnz    10$
        jr      nc, 12$
11$:    ld      a, (hl)                 ; the carry on (never beyond byte 0)
        add     a, #1
        daa
        ld      (hl), a
        dec     hl
        jr      c, 11$
12$:    inc     -8(ix)
        jr      mul_row
mul_rows_done:
        ld      a, -5(ix)
        add     a, -6(ix)
        ld      -10(ix), a              ; n = na + nb digits
        srl     a
        inc     a
        ld      c, a                    ; N = n / 2 + 1 bytes
        push    ix                      ; V <<= one digit (N + 1 bytes)
        pop     hl
        ld      de, #-54
        add     hl, de
        ld      b, #0
        add     hl, bc
        ld      b, c
        inc     b
        xor     a
13$:    rld
        dec     hl
        djnz    13$
        push    ix                      ; W += V
        pop     hl
        ld      de, #-55
        add     hl, de
        ld      b, #0
        add     hl, bc
        ex      de, hl                  ; DE = &V[N - 1]
        ld      hl, #22
        add     hl, de                  ; HL = &W[N - 1]
        ld      b, c
        or      a
14$:    ld      a, (de)
        adc     a, (hl)
        daa
        ld      (hl), a
        dec     hl
        dec     de
        djnz    14$
        inc     hl                      ; unpack W into the M area
        push    hl
        ld      de, #-121
        add     hl, de
        ex      de, hl
        pop     hl
        ld      b, c
15$:    ld      a, (hl)
        rrca
        rrca
        rrca
        rrca
        and     #0x0F
        ld      (de), a
        inc     de
        ld      a, (hl)
        and     #0x0F
        ld      (de), a
        inc     de
        inc     hl
        djnz    15$
        ld      h, 6(ix)                ; bcdx_finish(r, sign, a->exp + b->exp, digits, n, prec)
        ld      l, -10(ix)
        push    hl
        push    ix
        pop     hl
        ld      de, #-153
        add     hl, de
        push    hl
        ld      l, -4(ix)
        ld      h, -3(ix)
        ld      c, (hl)
        inc     hl
        ld      e, (hl)
        inc     hl
        ld      d, (hl)
        ld      l, 4(ix)
        ld      h, 5(ix)
        ld      a, (hl)
        xor     c
        ld      c, a
        inc     hl
        ld      a, (hl)
        inc     hl
        ld      h, (hl)
        ld      l, a
        add     hl, de
        push    hl
        ld      a, c
        push    af
        inc     sp
        ld      l, -2(ix)
        ld      h, -1(ix)
        call    _bcdx_finish
mul_ret:
        ld      sp, ix
        pop     ix
        pop     hl
        pop     bc
        inc     sp
        jp      (hl)
mul_zero:
        ld      l, -2(ix)
        ld      h, -1(ix)
        call    _bcdx_zero
        ld      de, #0
        jr      mul_ret
