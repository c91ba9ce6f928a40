; bcd_z80fast.s - bcd_add and bcd_sub straight on the packed numbers (no unpacking).
; Part of the BCD library's Z80 core (see bcd_z80core.s for the conventions).
;
; The same algorithm as bcdx_addsub + bcdx_finish, on 24 packed nibbles: R = 0 p1..p16 0..0
; (nibble 0 takes the carry), the smaller q placed at nibbles d+1 .. 22 in Q, nibble 23 of Q
; the sticky digit (1 if any digit of q lies beyond nibble 22), R = R +/- Q; then leading
; zeros dropped, rounded half away from zero at prec digits (5 added at the first dropped
; nibble), 0 below 1E-99, the largest number and BCD_OVERFLOW above.

        .module bcd_z80fast
        .area   _CODE

; int bcd_add / bcd_sub (bcd_t *r, const bcd_t *a, const bcd_t *b, unsigned char prec)
; HL = r, DE = a; stack: b 4(ix), prec 6(ix).
; Locals: r -2, p -4, q -6, sign of p -7, sign of q -8, sub -9, prec -11, z -12,
; R[20] -32, Q[20] -52, T[9] -61.
_bcd_add::
        ld      c, #0
        jr      fast
_bcd_sub::
        ld      c, #1
fast:
        push    ix
        ld      ix, #0
        add     ix, sp
        push    hl
        push    de
        ld      l, 4(ix)
        ld      h, 5(ix)
        push    hl
        ld      a, (hl)
        xor     c
        ld      c, a                    ; sign of q
        ld      a, (de)
        ld      b, a                    ; sign of p
        push    bc
        ld      hl, #-53
        add     hl, sp
        ld      sp, hl
        ld      a, 6(ix)                ; prec clamped to 1..16
        or      a
        jr      nz, 1$
        inc     a
1$:     cp      #17
        jr      c, 2$
        ld      a, #16
2$:     ld      -11(ix), a
        ld      l, -4(ix)
        ld      h, -3(ix)
        ld      e, -6(ix)
        ld      d, -5(ix)
        call    bcdz_cmpmag
        jr      nc, 3$                  ; |a| >= |b|
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
3$:     ld      a, -7(ix)
        xor     -8(ix)
        jr      z, 4$
        ld      a, #1
4$:     ld      -9(ix), a
        push    ix                      ; Q[0..19] = 0, R[8..19] = 0
        pop     hl
        ld      de, #-52
        add     hl, de
        call    fa_zero20
        ld      de, #8
        add     hl, de
        ld      (hl), #0
        ld      d, h
        ld      e, l
        inc     de
        ld      bc, #11
        ldir
        ld      l, -4(ix)               ; R = p's digits, shifted right one nibble
        ld      h, -3(ix)
        inc     hl
        inc     hl
        push    ix
        pop     de
        ex      de, hl
        ld      bc, #-32
        add     hl, bc
        ex      de, hl
        push    de
        ld      bc, #8
        ldir
        pop     hl
        ld      b, #9
        xor     a
6$:     rrd
        inc     hl
        djnz    6$
        ld      l, -6(ix)               ; q
        ld      h, -5(ix)
        inc     hl
        inc     hl
        ld      a, (hl)
        and     #0xF0
        jp      z, fa_arith             ; q = 0
        dec     hl
        ld      c, (hl)                 ; q->exp
        inc     hl
        push    hl                      ; q->d
        ld      l, -4(ix)
        ld      h, -3(ix)
        inc     hl
        ld      a, (hl)                 ; p->exp
        sub     c                       ; d = p->exp - q->exp (0..198, unsigned)
        pop     hl
        cp      #22
        jr      c, 8$
7$:     ld      -41(ix), #1             ; q lies wholly beyond nibble 22: Q[11] = sticky 1
        jp      fa_arith
8$:     inc     a                       ; q at nibble d + 1: byte (d + 1) / 2
        srl     a
        push    af
        push    hl
        push    ix
        pop     hl
        ld      de, #-52
        add     hl, de
        ld      e, a
        ld      d, #0
        add     hl, de
        ex      de, hl                  ; DE = &Q[s]
        pop     hl                      ; HL = q->d
        push    de
        ld      bc, #8
        ldir
        pop     hl
        pop     af
        jr      nc, 10$                 ; d + 1 even: in place
        ld      b, #9
        xor     a
9$:     rrd
        inc     hl
        djnz    9$
10$:    push    ix                      ; sticky: nibble 23 on, Q[11] low .. Q[19]
        pop     hl
        ld      de, #-41
        add     hl, de
        ld      a, (hl)
        and     #0x0F
        ld      c, (hl)
        ld      b, #8
11$:    inc     hl
        or      (hl)
        djnz    11$
        or      a
        jr      z, 12$
        ld      a, #1
12$:    ld      b, a
        ld      a, c
        and     #0xF0
        or      b
        ld      -41(ix), a
fa_arith:
        push    ix                      ; R[11..0] +/- Q[11..0]
        pop     hl
        ld      de, #-41
        add     hl, de                  ; &Q[11]
        ld      de, #20
        ex      de, hl
        add     hl, de
        ex      de, hl                  ; DE = &R[11]
        ld      b, #12
        ld      a, -9(ix)
        or      a
        jr      nz, 14$
13$:    ld      a, (de)
        adc     a, (hl)
        daa
        ld      (de), a
        dec     hl
        dec     de
        djnz    13$
        jr      15$
14$:    ld      a, (de)
        sbc     a, (hl)
        daa
        ld      (de), a
        dec     hl
        dec     de
        djnz    14$
15$:    call    fa_lead                 ; A = leading zero nibbles
        cp      #24
        jp      z, fa_zero
        ld      -12(ix), a
        add     a, -11(ix)              ; j = z + prec: the first dropped nibble
        cp      #24
        jr      nc, 17$
        ld      c, #0x50
        srl     a
        jr      nc, 16$
        ld      c, #0x05
16$:    push    ix
        pop     hl
        ld      de, #-32
        add     hl, de
        ld      e, a
        ld      d, #0
        add     hl, de
        ld      a, (hl)                 ; + 5 at nibble j, the carry on
        add     a, c
        daa
        ld      (hl), a
        jr      nc, 161$
160$:   dec     hl
        ld      a, (hl)
        add     a, #1
        daa
        ld      (hl), a
        jr      c, 160$
161$:   call    fa_lead
        ld      -12(ix), a
17$:    ld      a, -12(ix)              ; T = 16 nibbles from nibble z
        srl     a
        push    af
        push    ix
        pop     hl
        ld      de, #-32
        add     hl, de
        ld      e, a
        ld      d, #0
        add     hl, de
        push    ix
        pop     de
        ex      de, hl
        ld      bc, #-61
        add     hl, bc
        ex      de, hl
        ld      bc, #9
        ldir
        pop     af
        jr      nc, 19$
        ex      de, hl                  ; z odd: T <<= one nibble
        dec     hl
        ld      b, #9
        xor     a
18$:    rld
        dec     hl
        djnz    18$
19$:    ld      a, -11(ix)              ; digits from prec on are 0
        cp      #16
        jr      nc, 22$
        ld      c, a
        srl     a
        ld      e, a
        ld      d, #0
        push    ix
        pop     hl
        add     hl, de
        ld      de, #-61
        add     hl, de
        ld      e, a
        bit     0, c
        jr      z, 20$
        ld      a, (hl)
        and     #0xF0
        ld      (hl), a
        inc     hl
        inc     e
20$:    ld      a, #8
        sub     e
        jr      z, 22$
        ld      b, a
        xor     a
21$:    ld      (hl), a
        inc     hl
        djnz    21$
22$:    ld      l, -4(ix)               ; exp = p->exp + 1 - z
        ld      h, -3(ix)
        inc     hl
        ld      a, (hl)
        ld      l, a
        rlca
        sbc     a, a
        ld      h, a
        inc     hl
        ld      e, -12(ix)
        ld      d, #0
        or      a
        sbc     hl, de
        ex      de, hl
        ld      hl, #98
        add     hl, de
        bit     7, h
        jr      nz, fa_zero             ; below 1E-99
        ld      hl, #-101
        add     hl, de
        bit     7, h
        jr      z, fa_ovf
        ld      l, -2(ix)               ; r = sign, exp, T[0..7]
        ld      h, -1(ix)
        ld      a, -7(ix)
        ld      (hl), a
        inc     hl
        ld      (hl), e
        inc     hl
        ex      de, hl
        push    ix
        pop     hl
        ld      bc, #-61
        add     hl, bc
        ld      bc, #8
        ldir
        ld      de, #0
fa_ret:
        ld      sp, ix
        pop     ix
        pop     hl
        pop     bc
        inc     sp
        jp      (hl)
fa_zero:
        ld      l, -2(ix)
        ld      h, -1(ix)
        ld      b, #10
        xor     a
1$:     ld      (hl), a
        inc     hl
        djnz    1$
        ld      de, #0
        jr      fa_ret
fa_ovf:
        ld      l, -2(ix)               ; the largest number of prec digits
        ld      h, -1(ix)
        ld      a, -7(ix)
        ld      (hl), a
        inc     hl
        ld      (hl), #100
        ld      c, -11(ix)
        ld      b, #8
2$:     inc     hl
        xor     a
        dec     c
        jp      m, 3$
        ld      a, #0x90
        jr      z, 3$
        ld      a, #0x99
        dec     c
3$:     ld      (hl), a
        djnz    2$
        ld      de, #1
        jr      fa_ret

; 20 bytes from HL = 0; HL = the byte after them. BC DE lost.
fa_zero20:
        ld      (hl), #0
        ld      d, h
        ld      e, l
        inc     de
        ld      bc, #19
        ldir
        ex      de, hl
        ret

; A = leading zero nibbles of R[0..11] (24 if all are 0). BC DE HL lost.
fa_lead:
        push    ix
        pop     hl
        ld      de, #-32
        add     hl, de
        ld      c, #0
        ld      b, #12
1$:     ld      a, (hl)
        or      a
        jr      nz, 2$
        inc     c
        inc     c
        inc     hl
        djnz    1$
        ld      a, c
        ret
2$:     and     #0xF0
        ld      a, c
        ret     nz
        inc     a
        ret
