; bcd_z80div.s - division on the working form, in packed BCD.
; Part of the BCD library's Z80 core (see bcd_z80core.s for the conventions).

        .module bcd_z80div
        .area   _CODE

; int bcdx_div(bcdx_t *r, const bcdx_t *a, const bcdx_t *b, unsigned char prec)
; HL = r, DE = a; stack: b 4(ix), prec 6(ix). b = 0: BCD_DIV0 and r = 0.
; Long division in packed BCD: the remainder R = 0 a0 a1 ... a19 (packed); quotient digit k is
; the number of times b, placed at digits k+1 .. k+nb of R, can be subtracted: with P = 0 b0 b1 ..
; at byte k / 2 for even k, Q = 0 0 b0 b1 .. at byte (k - 1) / 2 for odd k (L bytes each).
; prec + 2 truncated quotient digits go to bcdx_finish, as in the C version.
; Locals: r -2, a -4, L -5, k -6, R[24] -32, P[12] -44, Q[12] -56, q[22] -78.
_bcdx_div::
        push    ix
        ld      ix, #0
        add     ix, sp
        push    hl
        push    de
        ld      hl, #-74
        add     hl, sp
        ld      sp, hl
        ld      l, 4(ix)
        ld      h, 5(ix)
        inc     hl
        inc     hl
        inc     hl                      ; b->m
        ld      a, (hl)
        or      a
        jp      z, div_by0
        ex      de, hl
        ld      bc, #3
        add     hl, bc                  ; a->m
        ld      a, (hl)
        or      a
        jp      z, div_zero
        push    hl
        ex      de, hl
        push    hl
        call    bcdz_lastnz
        pop     de                      ; b->m
        inc     a
        srl     a
        inc     a
        ld      -5(ix), a               ; L = nb / 2 rounded up, + 1
        push    ix                      ; Q = 0 0 b0 b1 ...
        pop     hl
        ld      bc, #-56
        add     hl, bc
        ld      (hl), #0
        inc     hl
        ld      b, a
        dec     b
        call    bcdz_packd
        push    ix                      ; P = Q shifted by one digit
        pop     hl
        ld      bc, #-56
        add     hl, bc
        push    hl
        ld      de, #12
        add     hl, de
        ex      de, hl
        pop     hl
        ld      c, -5(ix)
        ld      b, #0
        ldir
        ex      de, hl
        dec     hl
        ld      b, -5(ix)
        xor     a
1$:     rld
        dec     hl
        djnz    1$
        push    ix                      ; R = 0 a0 a1 ... a19 0 ...
        pop     hl
        ld      bc, #-32
        add     hl, bc
        push    hl
        ld      b, #24
        xor     a
2$:     ld      (hl), a
        inc     hl
        djnz    2$
        pop     hl
        pop     de                      ; a->m
        inc     hl
        ld      b, #10
        call    bcdz_packd
        dec     hl
        ld      b, #11
        xor     a
3$:     rld
        dec     hl
        djnz    3$
        ld      -6(ix), #0
div_digit:
        ld      a, 6(ix)                ; k < prec + 2
        add     a, #2
        ld      c, a
        ld      a, -6(ix)
        cp      c
        jp      nc, div_done
        ld      bc, #-44                ; P for even k
        srl     a
        jr      nc, 4$
        ld      bc, #-56                ; Q for odd k
4$:     push    ix
        pop     hl
        add     hl, bc
        ex      de, hl                  ; DE = divisor image
        push    ix
        pop     hl
        ld      bc, #-32
        add     hl, bc
        ld      c, a
        ld      b, #0
        add     hl, bc                  ; HL = &R[k / 2]
        ld      c, b                    ; C = quotient digit
5$:     push    hl                      ; R >= image ?
        push    de
        ld      b, -5(ix)
6$:     ld      a, (de)
        cp      (hl)
        jr      nz, 7$
        inc     hl
        inc     de
        djnz    6$
        jr      8$
7$:     jr      nc, 10$                 ; image > R: digit done
8$:     pop     de
        pop     hl
        push    hl
        push    de
        push    bc
        ld      a, -5(ix)               ; R -= image, from the last byte
        dec     a
        ld      c, a
        ld      b, #0
        add     hl, bc
        ex      de, hl
        add     hl, bc
        ld      b, -5(ix)
        or      a
9$:     ld      a, (de)
        sbc     a, (hl)
        daa
        ld      (de), a
        dec     hl
        dec     de
        djnz    9$
        pop     bc
        pop     de
        pop     hl
        inc     c
        jr      5$
10$:    pop     de
        pop     hl
        push    ix                      ; q[k] = digit
        pop     hl
        ld      de, #-78
        add     hl, de
        ld      e, -6(ix)
        ld      d, #0
        add     hl, de
        ld      (hl), c
        inc     -6(ix)
        jp      div_digit
div_done:
        ld      h, 6(ix)                ; bcdx_finish(r, sign, a->exp - b->exp + 1, q, k, prec)
        ld      l, -6(ix)
        push    hl
        push    ix
        pop     hl
        ld      de, #-78
        add     hl, de
        push    hl
        ld      l, 4(ix)
        ld      h, 5(ix)
        ld      c, (hl)
        inc     hl
        ld      e, (hl)
        inc     hl
        ld      d, (hl)
        ld      l, -4(ix)
        ld      h, -3(ix)
        ld      a, (hl)
        xor     c
        ld      c, a
        inc     hl
        ld      a, (hl)
        inc     hl
        ld      h, (hl)
        ld      l, a
        or      a
        sbc     hl, de
        inc     hl
        push    hl
        ld      a, c
        push    af
        inc     sp
        ld      l, -2(ix)
        ld      h, -1(ix)
        call    _bcdx_finish
div_ret:
        ld      sp, ix
        pop     ix
        pop     hl
        pop     bc
        inc     sp
        jp      (hl)
div_by0:
        ld      de, #2
        jr      div_clear
div_zero:
        ld      de, #0
div_clear:
        push    de
        ld      l, -2(ix)
        ld      h, -1(ix)
        call    _bcdx_zero
        pop     de
        jr      div_ret
