/* bcd_core.c - packing, normalising/rounding and the simple operations of the BCD library. */
#include "bcd_int.h"

unsigned char bcd_prec(unsigned char prec)
{
    if (prec == 0) return 1;
    return prec > 16 ? 16 : prec;
}

void bcdx_zero(bcdx_t *x)
{
    unsigned char i;
    x->sign = 0;
    x->exp = 0;
    for (i = 0; i < BCDX_D; i++) x->m[i] = 0;
}

void bcdx_unpack(bcdx_t *x, const bcd_t *a)
{
    unsigned char i;
    x->sign = a->sign;
    x->exp = a->exp;
    for (i = 0; i < 8; i++) {
        x->m[2 * i] = a->d[i] >> 4;
        x->m[2 * i + 1] = a->d[i] & 15;
    }
    for (i = 16; i < BCDX_D; i++) x->m[i] = 0;
}

void bcdx_pack(bcd_t *r, const bcdx_t *x)
{
    unsigned char i;
    r->sign = x->sign;
    r->exp = (signed char)x->exp;
    for (i = 0; i < 8; i++) r->d[i] = (unsigned char)((x->m[2 * i] << 4) | x->m[2 * i + 1]);
}

int bcdx_finish(bcdx_t *r, unsigned char sign, int exp, unsigned char *w, unsigned char n,
                unsigned char prec)
{
    unsigned char i, k;
    while (n && *w == 0) {
        w++;
        n--;
        exp--;
    }
    if (n == 0) {
        bcdx_zero(r);
        return BCD_OK;
    }
    if (prec < n) {
        if (w[prec] >= 5) {
            k = prec;
            for (;;) {
                if (k == 0) {           /* 99..9 rounded up: 100..0 */
                    w[0] = 1;
                    exp++;
                    break;
                }
                k--;
                if (++w[k] < 10) break;
                w[k] = 0;
            }
        }
        n = prec;
    }
    for (i = 0; i < BCDX_D; i++) r->m[i] = i < n ? w[i] : 0;
    r->sign = sign;
    r->exp = exp;
    if (exp < BCD_EXP_MIN) {
        bcdx_zero(r);
        return BCD_OK;
    }
    if (exp > BCD_EXP_MAX) {
        for (i = 0; i < BCDX_D; i++) r->m[i] = i < prec ? 9 : 0;
        r->exp = BCD_EXP_MAX;
        return BCD_OVERFLOW;
    }
    return BCD_OK;
}

int bcdx_cmpabs(const bcdx_t *a, const bcdx_t *b)
{
    unsigned char i;
    if (bcdx_iszero(a)) return bcdx_iszero(b) ? 0 : -1;
    if (bcdx_iszero(b)) return 1;
    if (a->exp != b->exp) return a->exp > b->exp ? 1 : -1;
    for (i = 0; i < BCDX_D; i++)
        if (a->m[i] != b->m[i]) return a->m[i] > b->m[i] ? 1 : -1;
    return 0;
}

void bcd_zero(bcd_t *r)
{
    unsigned char i;
    r->sign = 0;
    r->exp = 0;
    for (i = 0; i < 8; i++) r->d[i] = 0;
}

int bcd_is_zero(const bcd_t *a)
{
    return (a->d[0] & 0xF0) == 0;
}

void bcd_from_long(bcd_t *r, long v)
{
    bcdx_t x;
    unsigned char w[10], i = 10;
    unsigned long u = v < 0 ? 0UL - (unsigned long)v : (unsigned long)v;
    while (i) {
        w[--i] = (unsigned char)(u % 10);
        u /= 10;
    }
    bcdx_finish(&x, v < 0, 10, w, 10, 16);
    bcdx_pack(r, &x);
}

int bcd_to_long(long *out, const bcd_t *a)
{
    bcdx_t x;
    unsigned long u = 0;
    unsigned char i;
    bcdx_unpack(&x, a);
    *out = 0;
    if (bcdx_iszero(&x) || x.exp <= 0) return BCD_OK;
    if (x.exp > 10) return BCD_OVERFLOW;
    for (i = 0; i < (unsigned char)x.exp; i++) {
        if (u > 214748364UL) return BCD_OVERFLOW;
        u = u * 10 + (i < 16 ? x.m[i] : 0);
    }
    if (u > 2147483647UL + x.sign) return BCD_OVERFLOW;
    *out = x.sign ? (long)(0UL - u) : (long)u;
    return BCD_OK;
}

int bcd_cmp(const bcd_t *a, const bcd_t *b)
{
    bcdx_t x, y;
    int c;
    bcdx_unpack(&x, a);
    bcdx_unpack(&y, b);
    if (bcdx_iszero(&x)) x.sign = 0;
    if (bcdx_iszero(&y)) y.sign = 0;
    if (x.sign != y.sign) return x.sign ? -1 : 1;
    c = bcdx_cmpabs(&x, &y);
    return x.sign ? -c : c;
}

void bcd_neg(bcd_t *r)
{
    r->sign = bcd_is_zero(r) ? 0 : !r->sign;
}

void bcd_abs(bcd_t *r)
{
    r->sign = 0;
}

void bcd_round(bcd_t *r, unsigned char prec)
{
    bcdx_t x;
    bcdx_unpack(&x, r);
    bcdx_finish(&x, x.sign, x.exp, x.m, BCDX_D, bcd_prec(prec));
    bcdx_pack(r, &x);
}
