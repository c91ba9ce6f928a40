; bcd_z80add.s - add and subtract on the working form (used by the functions), and the public
; bcd_mul, bcd_div (unpack, operate, pack; bcd_add and bcd_sub are in bcd_z80fast.s).
; Part of the BCD library's Z80 core (see bcd_z80core.s for the conventions).

        .module bcd_z80add
        .area   _CODE

; int bcdx_addsub(bcdx_t *r, const bcdx_t *a, const bcdx_t *b, unsigned char negb,
;                 unsigned char prec)
; HL = r, DE = a; stack: b 4(ix), negb 6(ix), prec 7(ix).
; r = a + b (negb = 0) or a - b (negb = 1), exactly rounded. The larger magnitude p goes into
; w[1..20] (w[0] takes the carry, w[21..22] are guard digits, w[23] a sticky digit standing
; for any digit of the smaller q beyond w[22]), q is added or subtracted at its place.
; Locals: r -2, p -4, q -6, sign of p -7, sign of q -8, sub -9, shift d -10, w[24] -34.
_bcdx_addsub::
        push    ix
        ld      ix, #0
        add     ix, sp
        push    hl                      ; r
        push    de                      ; p = a
        ld      l, 4(ix)
        ld      h, 5(ix)
        push    hl                      ; q = b
        ld      a, (hl)
        xor     6(ix)
        ld      c, a                    ; sign of q
        ld      a, (de)
        ld      b, a                    ; sign of p
        push    bc
        dec     sp
        dec     sp
        ex      de, hl                  ; HL = a, DE = b
        call    bcdz_cmpabs
        inc     a
        jr      nz, 1$                  ; |a| >= |b|
        ld      l, -4(ix)               ; swap p and q with their signs
        ld      h, -3(ix)
        ld      e, -6(ix)
        ld      d, -5(ix)
        ld      -4(ix), e
        ld      -3(ix), d
        ld      -6(ix), l
        ld      -5(ix), h
        ld      a, -7(ix)
        ld      b, -8(ix)
        ld      -8(ix), a
        ld      -7(ix), b
1$:     ld      a, -7(ix)
        xor     -8(ix)
        jr      z, 2$
        ld      a, #1
2$:     ld      -9(ix), a               ; sub = signs differ
        ld      hl, #-24
        add     hl, sp
        ld      sp, hl
        ex      de, hl                  ; DE = w
        xor     a
        ld      (de), a                 ; w[0] = 0
        inc     de
        ld      l, -4(ix)
        ld      h, -3(ix)
        inc     hl
        inc     hl
        inc     hl
        ld      bc, #20
        ldir                            ; w[1..20] = p->m
        ld      (de), a
        inc     de
        ld      (de), a
        inc     de
        ld      (de), a                 ; w[21..23] = 0
        ld      l, -6(ix)
        ld      h, -5(ix)
        inc     hl
        ld      c, (hl)
        inc     hl
        ld      b, (hl)
        inc     hl                      ; HL = q->m, BC = q->exp
        ld      a, (hl)
        or      a
        jp      z, as_fin               ; q = 0: r = p rounded
        push    hl
        ld      l, -4(ix)
        ld      h, -3(ix)
        inc     hl
        ld      a, (hl)
        inc     hl
        ld      h, (hl)
        ld      l, a                    ; p->exp
        or      a
        sbc     hl, bc                  ; d = p->exp - q->exp >= 0
        ld      a, h
        or      a
        ld      a, #24
        jr      nz, 3$
        ld      a, l
        cp      #24
        jr      c, 3$
        ld      a, #24
3$:     pop     hl
        ld      -10(ix), a              ; d = min(shift, 24)
        ld      c, a                    ; sticky: a digit q->m[k], k >= 22 - d
        ld      a, #22
        sub     c
        jr      nc, 4$
        xor     a
4$:     ld      c, #0                   ; C = carry / borrow
        cp      #20
        jr      nc, 7$
        push    hl
        ld      e, a
        ld      d, #0
        add     hl, de
        neg
        add     a, #20
        ld      b, a
        xor     a
5$:     or      (hl)
        inc     hl
        djnz    5$
        pop     hl
        or      a
        jr      z, 7$
        ld      a, -9(ix)               ; w[23] = 1 (add) or 9 with a borrow (subtract)
        ld      c, a
        or      a
        ld      a, #1
        jr      z, 6$
        ld      a, #9
6$:     ld      -11(ix), a
7$:     push    hl                      ; the last non-zero digit of q: lastnz
        push    bc
        call    bcdz_lastnz
        pop     bc
        ld      b, a
        pop     de                      ; DE = q->m
        ld      a, -10(ix)
        add     a, b
        cp      #23
        jr      c, 10$
        ld      a, #22                  ; k = min(d + lastnz, 22)
10$:    push    ix
        pop     hl
        push    bc
        ld      bc, #-34
        add     hl, bc
        pop     bc
        push    af
        add     a, l
        ld      l, a
        adc     a, h
        sub     l
        ld      h, a                    ; HL = &w[k]
        pop     af
        sub     -10(ix)                 ; k - d digits of q to add
        jr      z, as_prop
        jr      c, as_prop
        ld      b, a
        dec     a
        add     a, e
        ld      e, a
        adc     a, d
        sub     e
        ld      d, a                    ; DE = &q->m[k - 1 - d]
        ld      a, -9(ix)
        or      a
        jr      nz, 12$
11$:    ld      a, (de)                 ; w[k] += q digit + carry
        add     a, c
        add     a, (hl)
        ld      c, #0
        cp      #10
        jr      c, 111$
        sub     #10
        inc     c
111$:   ld      (hl), a
        dec     hl
        dec     de
        djnz    11$
        jr      as_prop
12$:    ld      a, (de)                 ; w[k] -= q digit + borrow
        add     a, c
        ld      c, a
        ld      a, (hl)
        sub     c
        ld      c, #0
        jr      nc, 121$
        add     a, #10
        inc     c
121$:   ld      (hl), a
        dec     hl
        dec     de
        djnz    12$
as_prop:
        ld      a, c                    ; the carry or borrow on through p's digits
        or      a
        jr      z, as_fin
        ld      a, -9(ix)
        or      a
        jr      nz, 14$
13$:    ld      a, (hl)
        inc     a
        cp      #10
        jr      c, 15$
        ld      (hl), #0
        dec     hl
        jr      13$
14$:    ld      a, (hl)
        sub     #1
        jr      nc, 15$
        ld      (hl), #9
        dec     hl
        jr      14$
15$:    ld      (hl), a
as_fin:                                 ; bcdx_finish(r, sign of p, p->exp + 1, w, 24, prec)
        ld      h, 7(ix)
        ld      l, #24
        push    hl
        push    ix
        pop     hl
        ld      de, #-34
        add     hl, de
        push    hl
        ld      l, -4(ix)
        ld      h, -3(ix)
        inc     hl
        ld      e, (hl)
        inc     hl
        ld      d, (hl)
        inc     de
        push    de
        ld      a, -7(ix)
        push    af
        inc     sp
        ld      l, -2(ix)
        ld      h, -1(ix)
        call    _bcdx_finish
        ld      sp, ix
        pop     ix
        pop     hl
        pop     bc
        pop     bc
        jp      (hl)

; int bcd_mul / bcd_div (bcd_t *r, const bcd_t *a, const bcd_t *b,
;                                           unsigned char prec)
; HL = r, DE = a; stack: b 4(ix), prec 6(ix). Locals: r -2, op -3, x -50, y -27.
_bcd_mul::
        ld      c, #2
        jr      op2
_bcd_div::
        ld      c, #3
op2:
        push    ix
        ld      ix, #0
        add     ix, sp
        push    hl                      ; r
        ld      b, c
        push    bc                      ; op
        ld      hl, #-46
        add     hl, sp
        ld      sp, hl                  ; x = SP, y = SP + 23
        call    _bcdx_unpack            ; x from a
        ld      hl, #23
        add     hl, sp
        ld      e, 4(ix)
        ld      d, 5(ix)
        call    _bcdx_unpack            ; y from b
        ld      a, 6(ix)                ; prec clamped to 1..16
        or      a
        jr      nz, 1$
        inc     a
1$:     cp      #17
        jr      c, 2$
        ld      a, #16
2$:     ld      hl, #23
        add     hl, sp
        ex      de, hl                  ; DE = y
        ld      hl, #0
        add     hl, sp                  ; HL = x
        ld      b, a
        ld      a, -3(ix)
        cp      #2
        push    bc
        inc     sp                      ; prec
        push    de
        ld      d, h
        ld      e, l
        jr      nz, 4$
        call    _bcdx_mul               ; x = x * y
        jr      5$
4$:     call    _bcdx_div               ; x = x / y
5$:     push    de                      ; status
        ld      hl, #2
        add     hl, sp
        ex      de, hl                  ; DE = x
        ld      l, -2(ix)
        ld      h, -1(ix)
        call    _bcdx_pack
        pop     de
        ld      sp, ix
        pop     ix
        pop     hl
        pop     bc
        inc     sp
        jp      (hl)
