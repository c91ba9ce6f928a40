; bcd_z80core.s - the core of the BCD library (bcd.h, bcd_int.h) in Z80 assembly for SDCC 4.2.
;
; The C versions in bcd_core.c and bcd_arith.c are the reference (the host build uses them);
; these routines compute the same results, digit for digit. Calling convention: SDCC 4.2's
; default __sdcccall(1): the first argument in HL (16 bit), the second in DE (16 bit),
; the others on the stack (8-bit ones take one byte), popped by the callee; an int result
; in DE. IX is preserved; AF BC DE HL IY and the shadow registers (bcd_z80conv.s uses
; EXX) are not. No RAM besides the stack. The modules: bcd_z80core.s (this: unpack, pack,
; normalise + round, |a| against |b|), bcd_z80add.s (add, subtract, the public add/sub/mul/
; div), bcd_z80mul.s, bcd_z80div.s, bcd_z80conv.s (compare, INTEGER conversions).
;
; bcdx_t: sign +0, exp +1 (int), m[20] +3 (one digit per byte); 23 bytes.
; bcd_t:  sign +0, exp +1 (signed char), d[8] +2 (packed BCD).

        .module bcd_z80core
        .area   _CODE

; void bcdx_zero(bcdx_t *x)                                  HL = x
_bcdx_zero::
        ld      b, #23
        xor     a
1$:     ld      (hl), a
        inc     hl
        djnz    1$
        ret

; void bcdx_unpack(bcdx_t *x, const bcd_t *a)               HL = x, DE = a
_bcdx_unpack::
        ld      a, (de)                 ; sign
        ld      (hl), a
        inc     hl
        inc     de
        ld      a, (de)                 ; exp, sign-extended to an int
        ld      (hl), a
        inc     hl
        rlca
        sbc     a, a
        ld      (hl), a
        inc     hl
        inc     de
        ld      b, #8
1$:     ld      a, (de)
        rrca
        rrca
        rrca
        rrca
        and     #0x0F
        ld      (hl), a
        inc     hl
        ld      a, (de)
        and     #0x0F
        ld      (hl), a
        inc     hl
        inc     de
        djnz    1$
        xor     a                       ; the 4 guard digits
        ld      (hl), a
        inc     hl
        ld      (hl), a
        inc     hl
        ld      (hl), a
        inc     hl
        ld      (hl), a
        ret

; void bcdx_pack(bcd_t *r, const bcdx_t *x)                  HL = r, DE = x
_bcdx_pack::
        ld      a, (de)                 ; sign
        ld      (hl), a
        inc     hl
        inc     de
        ld      a, (de)                 ; low byte of exp
        ld      (hl), a
        inc     hl
        inc     de
        inc     de
        ld      b, #8
1$:     ld      a, (de)
        add     a, a
        add     a, a
        add     a, a
        add     a, a
        inc     de
        ex      de, hl
        or      (hl)
        ex      de, hl
        ld      (hl), a
        inc     hl
        inc     de
        djnz    1$
        ret

; int bcdx_cmpabs(const bcdx_t *a, const bcdx_t *b)          HL = a, DE = b
_bcdx_cmpabs::
        call    bcdz_cmpabs
        ld      e, a
        add     a, a
        sbc     a, a
        ld      d, a
        ret

; |a| against |b|: HL = a, DE = b -> A = 1 (greater), 0 (equal), 0xFF (less). BC DE HL lost.
bcdz_cmpabs::
        inc     hl
        ld      c, (hl)
        inc     hl
        ld      b, (hl)
        inc     hl                      ; HL = a->m, BC = a->exp
        push    bc
        ex      de, hl                  ; DE = a->m
        inc     hl
        ld      c, (hl)
        inc     hl
        ld      b, (hl)
        inc     hl                      ; HL = b->m, BC = b->exp
        ld      a, (de)
        or      a
        jr      nz, 1$
        pop     bc                      ; a = 0: 0 if b = 0, else less
        cp      (hl)
        sbc     a, a
        ret
1$:     ld      a, (hl)
        or      a
        jr      nz, 2$
        pop     bc                      ; b = 0 < a
        ld      a, #1
        ret
2$:     ex      (sp), hl                ; HL = a->exp, (SP) = b->m
        or      a
        sbc     hl, bc
        pop     hl
        jr      z, 3$
        ld      a, #1
        ret     p
        ld      a, #0xFF
        ret
3$:     ld      b, #20
4$:     ld      a, (de)
        cp      (hl)
        jr      nz, 5$
        inc     de
        inc     hl
        djnz    4$
        xor     a
        ret
5$:     sbc     a, a
        or      #1
        ret

; int bcdx_finish(bcdx_t *r, unsigned char sign, int exp, unsigned char *w, unsigned char n,
;                 unsigned char prec)
; HL = r; stack: sign 4(ix), exp 5(ix), w 7(ix), n 9(ix), prec 10(ix)
; r = 0.w0w1...w(n-1) x 10^exp with the sign, normalised, rounded to prec digits (half away
; from zero; w is modified), then 0 below 1E-99, or the largest number and BCD_OVERFLOW.
_bcdx_finish::
        push    ix
        ld      ix, #0
        add     ix, sp
        push    hl                      ; -2(ix) = r
        ld      l, 7(ix)
        ld      h, 8(ix)                ; HL = w
        ld      e, 5(ix)
        ld      d, 6(ix)                ; DE = exp
        ld      a, 9(ix)
        or      a
        jp      z, fin_zero
        ld      b, a                    ; B = n
1$:     ld      a, (hl)                 ; drop leading zeros
        or      a
        jr      nz, 2$
        inc     hl
        dec     de
        djnz    1$
        jr      fin_zero
2$:     ld      a, 10(ix)               ; prec
        cp      b
        jr      nc, 5$                  ; n <= prec: all n digits stay
        or      a
        jr      z, 5$
        push    hl
        ld      c, a
        ld      b, #0
        add     hl, bc                  ; &w[prec], the first dropped digit
        ld      a, (hl)
        cp      #5
        jr      c, 4$
        ld      b, c
3$:     dec     hl                      ; round up
        inc     (hl)
        ld      a, (hl)
        cp      #10
        jr      c, 4$
        ld      (hl), #0
        djnz    3$
        ld      (hl), #1                ; 99..9 became 100..0
        inc     de
4$:     pop     hl
        ld      b, 10(ix)               ; n = prec
5$:     ld      5(ix), e                ; the final exponent
        ld      6(ix), d
        ld      c, b
        ld      b, #0
        ld      e, -2(ix)
        ld      d, -1(ix)
        inc     de
        inc     de
        inc     de                      ; DE = r->m
        ld      a, #20
        sub     c
        ldir                            ; (w may be r->m: it only moves down)
        or      a
        jr      z, 7$
        ld      b, a
        xor     a
6$:     ld      (de), a
        inc     de
        djnz    6$
7$:     ld      l, -2(ix)
        ld      h, -1(ix)
        ld      a, 4(ix)
        ld      (hl), a                 ; sign
        inc     hl
        ld      e, 5(ix)
        ld      d, 6(ix)
        ld      (hl), e
        inc     hl
        ld      (hl), d
        ld      hl, #98
        add     hl, de
        bit     7, h
        jp      nz, fin_zero            ; exp < -98: too small, 0
        ld      hl, #-101
        add     hl, de
        bit     7, h
        jr      z, fin_ovf              ; exp > 100
        ld      de, #0
fin_ret:
        ld      sp, ix
        pop     ix
        pop     hl
        pop     bc
        pop     bc
        pop     bc
        inc     sp
        jp      (hl)
fin_zero:
        ld      l, -2(ix)
        ld      h, -1(ix)
        call    _bcdx_zero
        ld      de, #0
        jr      fin_ret
fin_ovf:
        ld      l, -2(ix)
        ld      h, -1(ix)
        inc     hl
        ld      (hl), #100
        inc     hl
        ld      (hl), #0
        inc     hl
        ld      c, 10(ix)
        ld      b, #20
8$:     ld      a, c                    ; prec nines, then zeros
        or      a
        jr      z, 9$
        dec     c
        ld      a, #9
9$:     ld      (hl), a
        inc     hl
        djnz    8$
        ld      de, #1
        jr      fin_ret

; Helpers. packd: B bytes at HL = pairs of digits at DE, (HL) = DE[0] << 4 | DE[1]; HL and DE
; advance. lastnz: A = digits of HL->m[0..19] up to the last non-zero one (at least 1).
bcdz_packd::
        ld      a, (de)
        add     a, a
        add     a, a
        add     a, a
        add     a, a
        inc     de
        ex      de, hl
        or      (hl)
        ex      de, hl
        inc     de
        ld      (hl), a
        inc     hl
        djnz    bcdz_packd
        ret

bcdz_lastnz::
        ld      de, #19
        add     hl, de
        ld      b, #10                  ; pairs m[2b-1], m[2b-2]
1$:     ld      a, (hl)
        dec     hl
        or      (hl)
        jr      nz, 2$
        dec     hl
        djnz    1$
        ld      a, #1
        ret
2$:     inc     hl
        ld      a, b
        add     a, a
        inc     (hl)
        dec     (hl)                    ; Z if m[2b-1] = 0
        ret     nz
        dec     a
        ret
