/* bcd_arith.c - add, subtract, multiply, divide on the working form, and the public wrappers. */
#include "bcd_int.h"

/* w[0] carry, w[1..20] digits of the larger operand, w[21..22] guard digits, w[23] sticky:
 * 1 if any digit of the smaller operand lies beyond w[22]. With the result truncated below the
 * rounding digit, this gives the exactly rounded sum/difference (half away from zero only
 * needs the truncated digit after the last kept one). */
#define AW (BCDX_D + 4)

int bcdx_addsub(bcdx_t *r, const bcdx_t *a, const bcdx_t *b, unsigned char negb,
                unsigned char prec)
{
    unsigned char w[AW];
    const bcdx_t *p = a, *q = b;
    unsigned char sp = a->sign, sq = b->sign ^ negb, sub, c = 0, sticky = 0, k;
    int diff, idx;
    signed char t;

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
    for (idx = AW - 2 - diff; idx < BCDX_D; idx++)
        if (idx >= 0 && q->m[idx]) sticky = 1;
    k = AW;
    while (k) {
        k--;
        idx = (int)k - 1 - diff;
        t = (k == AW - 1) ? sticky : (idx >= 0 && idx < BCDX_D) ? q->m[idx] : 0;
        if (sub) t = -t;
        t += (signed char)c;
        if (k >= 1 && k <= BCDX_D) t += p->m[k - 1];
        c = 0;
        if (t < 0) {
            t += 10;
            c = 0xFF;                    /* borrow -1 */
        } else if (t >= 10) {
            t -= 10;
            c = 1;
        }
        w[k] = (unsigned char)t;
    }
    return bcdx_finish(r, sp, p->exp + 1, w, AW, prec);
}

static unsigned char lastnz(const bcdx_t *x)
{
    unsigned char n = BCDX_D;
    while (n > 1 && x->m[n - 1] == 0) n--;
    return n;
}

int bcdx_mul(bcdx_t *r, const bcdx_t *a, const bcdx_t *b, unsigned char prec)
{
    unsigned char w[2 * BCDX_D];
    unsigned char i, j, na, nb, ai, c, t;
    if (bcdx_iszero(a) || bcdx_iszero(b)) {
        bcdx_zero(r);
        return BCD_OK;
    }
    for (i = 0; i < 2 * BCDX_D; i++) w[i] = 0;
    na = lastnz(a);
    nb = lastnz(b);
    for (i = na; i-- > 0;) {
        ai = a->m[i];
        c = 0;
        for (j = nb; j-- > 0;) {
            t = w[i + j + 1] + ai * b->m[j] + c;
            c = t / 10;
            w[i + j + 1] = t - c * 10;
        }
        w[i] = c;
    }
    return bcdx_finish(r, a->sign ^ b->sign, a->exp + b->exp, w, 2 * BCDX_D, prec);
}

/* Long division: rem holds 0.(remainder) with one extra top digit; each quotient digit is the
 * number of times the divisor can be subtracted. The quotient is truncated, which is what
 * rounding half away from zero needs. */
#define QN (BCDX_D + 2)

int bcdx_div(bcdx_t *r, const bcdx_t *a, const bcdx_t *b, unsigned char prec)
{
    unsigned char rem[BCDX_D + 1], q[QN];
    unsigned char i, k, qd;
    signed char t, c;
    if (bcdx_iszero(b)) {
        bcdx_zero(r);
        return BCD_DIV0;
    }
    if (bcdx_iszero(a)) {
        bcdx_zero(r);
        return BCD_OK;
    }
    rem[0] = 0;
    for (i = 0; i < BCDX_D; i++) rem[i + 1] = a->m[i];
    for (k = 0; k < prec + 2; k++) {     /* prec + 1 significant digits, q[0] may be 0 */
        qd = 0;
        for (;;) {
            /* rem >= (0, b) ? */
            if (rem[0] == 0) {
                for (i = 0; i < BCDX_D; i++)
                    if (rem[i + 1] != b->m[i]) break;
                if (i < BCDX_D && rem[i + 1] < b->m[i]) break;
            }
            c = 0;
            for (i = BCDX_D; i > 0; i--) {
                t = rem[i] - b->m[i - 1] - c;
                c = t < 0;
                rem[i] = c ? t + 10 : t;
            }
            rem[0] -= c;
            qd++;
        }
        q[k] = qd;
        for (i = 0; i < BCDX_D; i++) rem[i] = rem[i + 1];
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
