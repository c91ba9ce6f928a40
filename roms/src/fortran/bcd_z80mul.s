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
; W and V are interleaved in X (X[2m] = V[m], X[2m+1] = W[m]), so row i starts at X[i].
; Locals: r -2, a -4, na -5, nb -6, L -7, N -8 (bytes of the result), largest digit -9,
; n = na + nb -10, X[44] -54, M slots -153 (M_k ends at ix - 154 + 11 k).
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
        ld      c, a
        inc     a
        srl     a
        inc     a
        ld      -7(ix), a               ; L = nb / 2 rounded up, + 1
        ld      a, c
        add     a, -5(ix)
        ld      -10(ix), a              ; n
        srl     a
        inc     a
        ld      -8(ix), a               ; N = n / 2 + 1
        add     a, a
        add     a, #2
        ld      b, a                    ; X[0 .. 2N + 1] = 0
        push    ix
        pop     hl
        ld      de, #-54
        add     hl, de
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
        exx
        ld      b, a                    ; B' = multiples to build
        exx
        push    ix                      ; IY = end of M_2, DE = end of M_1
        pop     hl
        ld      de, #-132
        add     hl, de
        push    hl
        pop     iy
        ld      de, #-11
        add     hl, de
        ex      de, hl
        ld      c, -7(ix)               ; C = L
6$:     ld      h, d                    ; M_k = M_(k-1) + M_1
        ld      l, e
        ld      b, c
        or      a
7$:     ld      a, -11(iy)
        adc     a, (hl)
        daa
        ld      0(iy), a
        dec     iy
        dec     hl
        djnz    7$
        ld      a, c                    ; IY = end of the next slot
        add     a, #11
        ld      l, a
        ld      h, #0
        push    de
        ex      de, hl
        add     iy, de
        pop     de
        exx
        dec     b
        exx
        jr      nz, 6$
8$:     ld      l, -4(ix)               ; rows: DE = &a->m[i], HL = X + i, B = na - i
        ld      h, -3(ix)
        inc     hl
        inc     hl
        inc     hl
        ex      de, hl
        push    ix
        pop     hl
        ld      bc, #-54
        add     hl, bc
        ld      b, -5(ix)
mul_row:
        ld      a, (de)                 ; k = a_i
        or      a
        jr      z, 12$
        push    bc
        push    de
        push    hl
        ld      c, a
        add     a, a
        add     a, a
        add     a, c
        add     a, a
        add     a, c                    ; 11 k
        push    hl
        ld      e, a
        ld      d, #0
        push    ix
        pop     hl
        add     hl, de
        ld      de, #-154
        add     hl, de
        ex      de, hl                  ; DE = end of M_k
        pop     hl
        ld      a, -7(ix)
        ld      b, a
        dec     a
        add     a, a
        ld      c, a
        ld      a, b
        ld      b, #0
        add     hl, bc                  ; HL = X + i + 2 (L - 1): the last byte of the target
        ld      b, a
        or      a
10$:    ld      a, (de)
        adc     a, (hl)
        daa
        ld      (hl), a
        dec     hl
        dec     hl
        dec     de
        djnz    10$
        jr      nc, 111$
11$:    ld      a, (hl)                 ; the carry on (never beyond the first byte)
        add     a, #1
        daa
        ld      (hl), a
        dec     hl
        dec     hl
        jr      c, 11$
111$:   pop     hl
        pop     de
        pop     bc
12$:    inc     de
        inc     hl
        djnz    mul_row
        ld      c, -8(ix)               ; V <<= one digit: V[N] .. V[0] = X[2N] .. X[0]
        push    ix
        pop     hl
        ld      de, #-54
        add     hl, de
        ld      b, #0
        add     hl, bc
        add     hl, bc
        ld      b, c
        inc     b
        xor     a
13$:    rld
        dec     hl
        dec     hl
        djnz    13$
        push    ix                      ; W += V: W[m] = X[2m + 1], m = N - 1 .. 0
        pop     hl
        ld      de, #-55
        add     hl, de
        ld      b, #0
        add     hl, bc
        add     hl, bc                  ; &X[2N - 1] = &W[N - 1]
        ld      d, h
        ld      e, l
        dec     de                      ; &V[N - 1]
        ld      b, c
        or      a
14$:    ld      a, (de)
        adc     a, (hl)
        daa
        ld      (hl), a
        dec     hl
        dec     hl
        dec     de
        dec     de
        djnz    14$
        inc     hl                      ; HL = &X[1] = &W[0]; unpack W into the M area
        inc     hl
        push    ix
        pop     de
        ex      de, hl
        ld      bc, #-153
        add     hl, bc
        ex      de, hl
        ld      b, -8(ix)
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
