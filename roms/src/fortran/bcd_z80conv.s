; bcd_z80conv.s - comparison, the INTEGER conversions of the public API, and the comparison of
; magnitudes bcd_add and bcd_sub use.
; Part of the BCD library's Z80 core (see bcd_z80core.s for the conventions).

        .module bcd_z80conv
        .area   _CODE

; int bcd_cmp(const bcd_t *a, const bcd_t *b)                HL = a, DE = b -> -1, 0, 1
_bcd_cmp::
        call    zsign
        ld      b, a                    ; B = sign of a
        ex      de, hl                  ; HL = b, DE = a
        ld      a, c
        push    af                      ; a non-zero?
        call    zsign
        cp      b
        jr      z, 1$
        pop     af                      ; signs differ: the negative one is smaller
        ld      a, b
        or      a
        ld      de, #1
        ret     z
        ld      de, #-1
        ret
1$:     pop     af
        or      a
        jr      nz, 2$
        ld      a, c                    ; a = 0: 0 against 0, else below the positive b
        or      a
        ld      de, #0
        ret     z
        dec     de
        ret
2$:     ld      a, c
        or      a
        jr      nz, 21$
        ld      de, #1                  ; b = 0 < a (a positive then)
        ret
21$:    inc     hl
        inc     de
        ld      a, (hl)                 ; exponents as signed numbers
        xor     #0x80
        ld      c, a
        ld      a, (de)
        xor     #0x80
        cp      c
        jr      nz, 4$
        ld      c, #8
3$:     inc     hl
        inc     de
        ld      a, (de)
        cp      (hl)
        jr      nz, 4$
        dec     c
        jr      nz, 3$
        ld      de, #0
        ret
4$:     sbc     a, a                    ; |a| < |b|: -1, else 1; negated for negative numbers
        or      #1
        inc     b
        dec     b
        jr      z, 5$
        neg
5$:     ld      e, a
        add     a, a
        sbc     a, a
        ld      d, a
        ret

; HL = number: A = its sign, C = 0 and A = 0 if it is zero (d1 = 0)
zsign:
        inc     hl
        inc     hl
        ld      a, (hl)
        dec     hl
        dec     hl
        and     #0xF0
        ld      c, a
        ret     z
        ld      a, (hl)
        ret

; int bcd_to_long(long *out, const bcd_t *a)                 HL = out, DE = a
; toward zero; BCD_OVERFLOW and *out = 0 beyond -2^31 .. 2^31 - 1.
_bcd_to_long::
        push    hl
        ld      b, #4
        xor     a
1$:     ld      (hl), a
        inc     hl
        djnz    1$
        ld      a, (de)
        ld      c, a                    ; C = sign
        inc     de
        ld      a, (de)
        ld      b, a                    ; B = exp
        inc     de
        ld      a, (de)
        and     #0xF0
        jp      z, tl_ok                ; 0
        ld      a, b
        or      a
        jp      z, tl_ok
        jp      m, tl_ok                ; |a| < 1
        cp      #11
        jp      nc, tl_ovf              ; |a| >= 1E10
        push    bc
        ex      de, hl                  ; HL = digits, B = how many
        ld      c, #0                   ; bit 0: the next digit is a low nibble
        exx
        ld      hl, #0
        ld      de, #0                  ; u = HL':DE'
        exx
2$:     ld      a, (hl)
        bit     0, c
        jr      nz, 3$
        rrca
        rrca
        rrca
        rrca
        jr      4$
3$:     inc     hl
4$:     and     #0x0F
        inc     c
        exx                             ; u = 10 u + digit, overflow beyond 32 bits checked
        push    hl
        push    de
        ex      de, hl
        add     hl, hl
        ex      de, hl
        adc     hl, hl
        jr      c, tl_ovf3
        ex      de, hl
        add     hl, hl
        ex      de, hl
        adc     hl, hl
        jr      c, tl_ovf3
        pop     bc
        ex      de, hl
        add     hl, bc
        ex      de, hl
        pop     bc
        adc     hl, bc
        jr      c, tl_ovf1
        ex      de, hl
        add     hl, hl
        ex      de, hl
        adc     hl, hl
        jr      c, tl_ovf1
        add     a, e
        ld      e, a
        jr      nc, 5$
        inc     d
        jr      nz, 5$
        inc     hl
        ld      a, h
        or      l
        jr      z, tl_ovf1
5$:     exx
        djnz    2$
        pop     bc
        ld      a, c                    ; sign
        exx
        bit     7, h
        jr      z, 6$                   ; u < 2^31
        or      a
        jr      z, tl_ovf               ; positive: too big
        ld      a, h                    ; negative: -2^31 is the only one
        xor     #0x80
        or      l
        or      d
        or      e
        jr      nz, tl_ovf
        inc     a
6$:     or      a
        jr      z, 7$
        xor     a                       ; u = -u
        sub     e
        ld      e, a
        ld      a, #0
        sbc     a, d
        ld      d, a
        ld      a, #0
        sbc     a, l
        ld      l, a
        ld      a, #0
        sbc     a, h
        ld      h, a
7$:     pop     bc                      ; out
        ld      a, e
        ld      (bc), a
        inc     bc
        ld      a, d
        ld      (bc), a
        inc     bc
        ld      a, l
        ld      (bc), a
        inc     bc
        ld      a, h
        ld      (bc), a
        ld      de, #0
        ret
tl_ovf3:
        pop     bc
        pop     bc
tl_ovf1:
        pop     bc
tl_ovf:
        pop     hl
        ld      de, #1
        ret
tl_ok:
        pop     hl
        ld      de, #0
        ret

; void bcd_from_long(bcd_t *r, long v)                      HL = r; stack: v 4(ix)
; |v| to packed BCD by doubling (from its highest non-zero byte), then normalised.
; Locals: r -2, x (bcdx_t) -25, w[10] -35, sign on top of the stack.
_bcd_from_long::
        push    ix
        ld      ix, #0
        add     ix, sp
        push    hl
        ld      hl, #-33
        add     hl, sp
        ld      sp, hl
        ld      e, 4(ix)
        ld      d, 5(ix)
        ld      l, 6(ix)
        ld      h, 7(ix)
        ld      c, #0
        bit     7, h
        jr      z, 1$
        inc     c                       ; negative: u = -v
        xor     a
        sub     e
        ld      e, a
        ld      a, #0
        sbc     a, d
        ld      d, a
        ld      a, #0
        sbc     a, l
        ld      l, a
        ld      a, #0
        sbc     a, h
        ld      h, a
1$:     push    bc                      ; sign
        push    hl
        push    de
        ld      -25(ix), #0             ; x[0..4] = 0: the BCD digits of u
        ld      -24(ix), #0
        ld      -23(ix), #0
        ld      -22(ix), #0
        ld      -21(ix), #0
        push    ix
        pop     hl
        ld      de, #-21
        add     hl, de
        ex      de, hl                  ; DE = &x[4]
        exx
        pop     de
        pop     hl                      ; u = HL':DE'
        ld      b, #32
2$:     ld      a, h                    ; skip zero bytes at the top
        or      a
        jr      nz, 3$
        ld      h, l
        ld      l, d
        ld      d, e
        ld      e, a
        ld      a, b
        sub     #8
        ld      b, a
        jr      nz, 2$
        exx
        jr      5$                      ; u = 0
3$:     exx
4$:     exx
        sla     e
        rl      d
        rl      l
        rl      h
        exx                             ; CF = the next bit of u
        ld      h, d
        ld      l, e
        ld      b, #5
41$:    ld      a, (hl)                 ; BCD = 2 BCD + bit
        adc     a, a
        daa
        ld      (hl), a
        dec     hl
        djnz    41$
        exx
        dec     b
        exx
        jr      nz, 4$
5$:     push    ix                      ; w = the 10 digits
        pop     hl
        ld      de, #-25
        add     hl, de
        ld      de, #-10
        ex      de, hl
        add     hl, de
        ex      de, hl
        ld      b, #5
6$:     ld      a, (hl)
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
        djnz    6$
        pop     bc                      ; bcdx_finish(x, sign, 10, w, 10, 16)
        ld      hl, #0x100A
        push    hl
        push    ix
        pop     hl
        ld      de, #-35
        add     hl, de
        push    hl
        ld      hl, #10
        push    hl
        ld      a, c
        push    af
        inc     sp
        push    ix
        pop     hl
        ld      de, #-25
        add     hl, de
        call    _bcdx_finish
        push    ix
        pop     hl
        ld      de, #-25
        add     hl, de
        ex      de, hl                  ; DE = x
        ld      l, -2(ix)
        ld      h, -1(ix)
        call    _bcdx_pack
        ld      sp, ix
        pop     ix
        pop     hl
        pop     af
        pop     af
        jp      (hl)

; HL = x, DE = y (bcd_t): CF = |x| < |y| (0 is the smallest). BC DE HL lost.
bcdz_cmpmag::
        inc     hl
        inc     hl
        inc     de
        inc     de
        ld      a, (hl)
        and     #0xF0
        jr      nz, 1$
        ld      a, (de)                 ; x = 0: less unless y = 0
        and     #0xF0
        ret     z
        scf
        ret
1$:     ld      a, (de)
        and     #0xF0
        ret     z                       ; y = 0 (CF = 0)
        dec     hl
        dec     de
        ld      a, (de)                 ; exponents as signed numbers
        xor     #0x80
        ld      c, a
        ld      a, (hl)
        xor     #0x80
        cp      c
        ret     nz
        ld      b, #8
2$:     inc     hl
        inc     de
        ld      a, (de)
        ld      c, a
        ld      a, (hl)
        cp      c
        ret     nz
        djnz    2$
        ret
