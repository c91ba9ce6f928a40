/* bcd_core.c - packing, normalising/rounding and the simple operations of the BCD library. */
#include "bcd_int.h"

unsigned char bcd_prec(unsigned char prec)
{
    if (prec == 0) return 1;
    return prec > 16 ? 16 : prec;
}

#ifndef __SDCC   /* Z80: bcd_z80*.s */
void bcdx_zero(bcdx_t *x)
{
    memset(x, 0, sizeof *x);
}

void bcdx_unpack(bcdx_t *x, const bcd_t *a)
{
    unsigned char i, v, *m = x->m;
    const unsigned char *d = a->d;
    x->sign = a->sign;
    x->exp = a->exp;
    for (i = 0; i < 8; i++) {
        v = *d++;
        *m++ = v >> 4;
        *m++ = v & 15;
    }
    memset(m, 0, BCDX_D - 16);
}

void bcdx_pack(bcd_t *r, const bcdx_t *x)
{
    unsigned char i, v;
    const unsigned char *m = x->m;
    unsigned char *d = r->d;
    r->sign = x->sign;
    r->exp = (signed char)x->exp;
    for (i = 0; i < 8; i++) {
        v = (unsigned char)(*m++ << 4);
        *d++ = v | *m++;
    }
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
    memmove(r->m, w, n);
    memset(r->m + n, 0, BCDX_D - n);
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

#endif

void bcd_zero(bcd_t *r)
{
    memset(r, 0, sizeof *r);
}

int bcd_is_zero(const bcd_t *a)
{
    return (a->d[0] & 0xF0) == 0;
}

#ifndef __SDCC   /* Z80: bcd_z80*.s */
static const unsigned long P10[10] = {
    1000000000UL, 100000000UL, 10000000UL, 1000000UL, 100000UL,
    10000UL, 1000UL, 100UL, 10UL, 1UL
};

void bcd_from_long(bcd_t *r, long v)
{
    bcdx_t x;
    unsigned char w[10], i;
    unsigned long u = v < 0 ? 0UL - (unsigned long)v : (unsigned long)v;
    for (i = 0; i < 10; i++) {          /* digits by subtracting powers of ten */
        w[i] = 0;
        while (u >= P10[i]) {
            u -= P10[i];
            w[i]++;
        }
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
    unsigned char za = bcd_is_zero(a), zb = bcd_is_zero(b), sa, i;
    int c = 0;
    sa = za ? 0 : a->sign;
    if (sa != (zb ? 0 : b->sign)) return sa ? -1 : 1;
    if (za || zb) {                     /* same sign: +0 against +x */
        c = zb - za;
    } else if (a->exp != b->exp) {
        c = a->exp > b->exp ? 1 : -1;
    } else {
        for (i = 0; i < 8 && !c; i++)
            if (a->d[i] != b->d[i]) c = a->d[i] > b->d[i] ? 1 : -1;
    }
    return sa ? -c : c;
}

#endif

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
