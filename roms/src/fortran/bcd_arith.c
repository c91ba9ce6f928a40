/* bcd_arith.c - add, subtract, multiply, divide on the working form, and the public wrappers. */
#include "bcd_int.h"

/* w[0] carry, w[1..20] digits of the larger operand, w[21..22] guard digits, w[23] sticky:
 * 1 if any digit of the smaller operand lies beyond w[22]. With the result truncated below the
 * rounding digit, this gives the exactly rounded sum/difference (half away from zero only
 * needs the truncated digit after the last kept one). */
#define AW (BCDX_D + 4)

#ifndef __SDCC   /* Z80: bcd_z80*.s */
static unsigned char lastnz(const bcdx_t *x)
{
    unsigned char n = BCDX_D;
    while (n > 1 && x->m[n - 1] == 0) n--;
    return n;
}

int bcdx_addsub(bcdx_t *r, const bcdx_t *a, const bcdx_t *b, unsigned char negb,
                unsigned char prec)
{
    unsigned char w[AW];
    const bcdx_t *p = a, *q = b;
    unsigned char sp = a->sign, sq = b->sign ^ negb, sub, c = 0, sticky = 0, k, d, x, t;
    int diff;

    if (bcdx_cmpabs(a, b) < 0) {
        p = b;
        q = a;
        sub = sp;
        sp = sq;
        sq = sub;
    }
    sub = sp != sq;
    diff = bcdx_iszero(q) ? AW : p->exp - q->exp;
    if (diff > AW) diff = AW;            /* q then only counts as sticky */
    d = (unsigned char)diff;
    w[0] = 0;
    memcpy(w + 1, p->m, BCDX_D);
    w[AW - 3] = w[AW - 2] = w[AW - 1] = 0;
    for (k = d < AW - 2 ? AW - 2 - d : 0; k < BCDX_D; k++)
        if (q->m[k]) sticky = 1;
    if (sticky) {                       /* w[23] +/- 1 */
        w[AW - 1] = sub ? 9 : 1;
        c = sub;
    }
    k = bcdx_iszero(q) ? 0 : d + lastnz(q);
    if (k > AW - 2) k = AW - 2;
    for (; k > d; k--) {                /* the digits of q, w[k] +/- q->m[k - 1 - d] */
        t = w[k];
        x = q->m[k - 1 - d] + c;
        c = 0;
        if (sub) {
            if (t < x) {
                t += 10;
                c = 1;
            }
            t -= x;
        } else {
            t += x;
            if (t >= 10) {
                t -= 10;
                c = 1;
            }
        }
        w[k] = t;
    }
    while (c) {                         /* the carry or borrow on through p's digits */
        t = w[k];
        if (sub) {
            c = t == 0;
            w[k] = c ? 9 : t - 1;
        } else {
            c = t == 9;
            w[k] = c ? 0 : t + 1;
        }
        k--;
    }
    return bcdx_finish(r, sp, p->exp + 1, w, AW, prec);
}

/* DM[t] = (t / 10) << 4 | t % 10 for t = 0..99 */
static const unsigned char DM[100] = {
#define DM10(h) h##0u, h##1u, h##2u, h##3u, h##4u, h##5u, h##6u, h##7u, h##8u, h##9u
    DM10(0x0), DM10(0x1), DM10(0x2), DM10(0x3), DM10(0x4),
    DM10(0x5), DM10(0x6), DM10(0x7), DM10(0x8), DM10(0x9)
#undef DM10
};

/* MUL[10 * a + b] = a * b */
static const unsigned char MUL[100] = {
#define M10(a) 0, a, 2 * a, 3 * a, 4 * a, 5 * a, 6 * a, 7 * a, 8 * a, 9 * a
    M10(0), M10(1), M10(2), M10(3), M10(4), M10(5), M10(6), M10(7), M10(8), M10(9)
#undef M10
};

int bcdx_mul(bcdx_t *r, const bcdx_t *a, const bcdx_t *b, unsigned char prec)
{
    unsigned char w[2 * BCDX_D];
    unsigned char i, j, na, nb, c, t, *pw;
    const unsigned char *row, *pb;
    if (bcdx_iszero(a) || bcdx_iszero(b)) {
        bcdx_zero(r);
        return BCD_OK;
    }
    memset(w, 0, sizeof w);
    na = lastnz(a);
    nb = lastnz(b);
    for (i = na; i-- > 0;) {
        if (a->m[i] == 0) continue;
        row = MUL + 10 * a->m[i];
        c = 0;
        pw = w + i + nb;
        pb = b->m + nb;
        for (j = nb; j; j--) {
            t = DM[*pw + row[*--pb] + c];
            c = t >> 4;
            *pw-- = t & 15;
        }
        *pw = c;
    }
    return bcdx_finish(r, a->sign ^ b->sign, a->exp + b->exp, w, 2 * BCDX_D, prec);
}

#endif

#ifdef __SDCC
unsigned char bcdx_dsub(unsigned char *dst, const unsigned char *src, unsigned char n) __sdcccall(0) __naked
{
    (void)dst;
    (void)src;
    (void)n;
    __asm
    ld  hl, #2
    add hl, sp
    ld  e, (hl)
    inc hl
    ld  d, (hl)                 ; de = dst
    inc hl
    ld  c, (hl)
    inc hl
    ld  b, (hl)                 ; bc = src
    inc hl
    ld  a, (hl)                 ; a = n
    ld  l, a
    ld  h, #0
    add hl, bc
    push hl                     ; src + n
    ld  l, a
    ld  h, #0
    add hl, de                  ; hl = dst + n
    pop de                      ; de = src + n
    ld  b, a
    ld  c, #0                   ; borrow
1$:
    dec hl
    dec de
    ld  a, (de)
    add a, c
    ld  c, a
    ld  a, (hl)
    sub a, c
    ld  c, #0
    jr  nc, 2$
    add a, #10
    inc c
2$:
    ld  (hl), a
    djnz 1$
    ld  l, c
    ret
    __endasm;
}
#else
unsigned char bcdx_dsub(unsigned char *dst, const unsigned char *src, unsigned char n)
{
    unsigned char c = 0, t;
    dst += n;
    src += n;
    while (n--) {
        t = *--dst;
        c += *--src;
        if (t < c) {
            *dst = t + 10 - c;
            c = 1;
        } else {
            *dst = t - c;
            c = 0;
        }
    }
    return c;
}
#endif

#ifndef __SDCC   /* Z80: bcd_z80*.s */
/* Long division: rem holds 0.(remainder) with one extra top digit; each quotient digit is the
 * number of times the divisor can be subtracted. The quotient is truncated, which is what
 * rounding half away from zero needs. */
#define QN (BCDX_D + 2)

int bcdx_div(bcdx_t *r, const bcdx_t *a, const bcdx_t *b, unsigned char prec)
{
    unsigned char rem[BCDX_D + 1], q[QN];
    unsigned char i, k, qd, nb, *pr;
    const unsigned char *pb;
    if (bcdx_iszero(b)) {
        bcdx_zero(r);
        return BCD_DIV0;
    }
    if (bcdx_iszero(a)) {
        bcdx_zero(r);
        return BCD_OK;
    }
    nb = lastnz(b);                     /* only rem[0..nb] take part in compare and subtract */
    rem[0] = 0;
    memcpy(rem + 1, a->m, BCDX_D);
    for (k = 0; k < prec + 2; k++) {     /* prec + 1 significant digits, q[0] may be 0 */
        qd = 0;
        for (;;) {
            /* rem >= (0, b) ? */
            if (rem[0] == 0) {
                pr = rem + 1;
                pb = b->m;
                for (i = nb; i && *pr == *pb; i--) {
                    pr++;
                    pb++;
                }
                if (i && *pr < *pb) break;
            }
            rem[0] -= bcdx_dsub(rem + 1, b->m, nb);
            qd++;
        }
        q[k] = qd;
        memmove(rem, rem + 1, BCDX_D);
        rem[BCDX_D] = 0;
    }
    return bcdx_finish(r, a->sign ^ b->sign, a->exp - b->exp + 1, q, k, prec);
}

static int op2(bcd_t *r, const bcd_t *a, const bcd_t *b, unsigned char prec, unsigned char op)
{
    bcdx_t x, y;
    int s;
    bcdx_unpack(&x, a);
    bcdx_unpack(&y, b);
    prec = bcd_prec(prec);
    if (op == 2) s = bcdx_mul(&x, &x, &y, prec);
    else if (op == 3) s = bcdx_div(&x, &x, &y, prec);
    else s = bcdx_addsub(&x, &x, &y, op, prec);
    bcdx_pack(r, &x);
    return s;
}

int bcd_add(bcd_t *r, const bcd_t *a, const bcd_t *b, unsigned char prec)
{
    return op2(r, a, b, prec, 0);
}

int bcd_sub(bcd_t *r, const bcd_t *a, const bcd_t *b, unsigned char prec)
{
    return op2(r, a, b, prec, 1);
}

int bcd_mul(bcd_t *r, const bcd_t *a, const bcd_t *b, unsigned char prec)
{
    return op2(r, a, b, prec, 2);
}

int bcd_div(bcd_t *r, const bcd_t *a, const bcd_t *b, unsigned char prec)
{
    return op2(r, a, b, prec, 3);
}
#endif
