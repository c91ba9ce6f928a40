/* bcd_xfun.c - helpers shared by the elementary functions: constants, small integers, short
 * division, integer parts, argument reduction. */
#include "bcd_int.h"

unsigned char bcdx_wp(unsigned char prec)
{
    return bcd_prec(prec) + 4;
}

unsigned char bcdx_tiny(const bcdx_t *t, const bcdx_t *s, unsigned char wp)
{
    return bcdx_iszero(t) || t->exp < s->exp - wp - 1;
}

void bcdx_const(bcdx_t *x, const char *digits, int exp)
{
    unsigned char i;
    bcdx_zero(x);
    for (i = 0; i < BCDX_D && digits[i]; i++) x->m[i] = (unsigned char)(digits[i] - '0');
    x->exp = exp;
}

void bcdx_small(bcdx_t *x, int v)
{
    unsigned char w[5], i = 5;
    unsigned int u = v < 0 ? (unsigned int)-v : (unsigned int)v;
    while (i) {
        w[--i] = (unsigned char)(u % 10);
        u /= 10;
    }
    bcdx_finish(x, v < 0, 5, w, 5, BCDX_D);
}

/* Short division by a small integer: one pass over the digits. */
int bcdx_divsmall(bcdx_t *r, const bcdx_t *a, unsigned int n, unsigned char prec)
{
    unsigned char q[BCDX_D + 5], k;
    unsigned int rem = 0;
    unsigned char d;
    for (k = 0; k < prec + 5; k++) {    /* n < 10000: at most 4 leading zero digits */
        rem = rem * 10 + (k < BCDX_D ? a->m[k] : 0);
        for (d = 0; rem >= n; d++) rem -= n;
        q[k] = d;
    }
    return bcdx_finish(r, a->sign, a->exp, q, k, prec);
}

void bcdx_trunc(bcdx_t *x)
{
    unsigned char i;
    if (x->exp <= 0) {
        bcdx_zero(x);
        return;
    }
    for (i = 0; i < BCDX_D; i++)
        if (i >= x->exp) x->m[i] = 0;
}

int bcdx_nint(bcdx_t *x)
{
    bcdx_t h;
    int s = BCD_OK;
    if (x->exp < BCDX_D) {
        bcdx_const(&h, "5", 0);         /* x + 0.5 (same sign), then truncated */
        h.sign = x->sign;
        s = bcdx_addsub(x, x, &h, 0, BCDX_D);
        bcdx_trunc(x);
    }
    return s;
}

long bcdx_to_long(const bcdx_t *x)
{
    bcd_t p;
    long n;
    bcdx_pack(&p, x);
    bcd_to_long(&n, &p);
    return n;
}

long bcdx_reduce(bcdx_t *r, const bcdx_t *a, const bcdx_t *c1, const bcdx_t *c2)
{
    bcdx_t k, p;
    long n;
    bcdx_div(&k, a, c1, 10);            /* k only has to be near a / c1 */
    bcdx_nint(&k);
    n = bcdx_to_long(&k);
    bcdx_mul(&p, &k, c1, BCDX_D);        /* exact: at most 7 + 13 digits */
    bcdx_addsub(r, a, &p, 1, BCDX_D);   /* exact: both close together */
    bcdx_mul(&p, &k, c2, BCDX_D);
    bcdx_addsub(r, r, &p, 1, BCDX_D);
    return n;
}

int bcd_fun1(bcd_t *r, const bcd_t *a, unsigned char prec,
             int (*f)(bcdx_t *, const bcdx_t *, unsigned char))
{
    bcdx_t x;
    int s;
    bcdx_unpack(&x, a);
    s = f(&x, &x, bcdx_wp(prec));
    return bcdx_result(r, &x, s, prec);
}

int bcdx_result(bcd_t *r, bcdx_t *x, int s, unsigned char prec)
{
    if (s == BCD_OVERFLOW) x->exp = 1000;  /* gives the largest number of prec digits */
    if (s <= BCD_OVERFLOW) s = bcdx_finish(x, x->sign, x->exp, x->m, BCDX_D, bcd_prec(prec));
    else bcdx_zero(x);
    bcdx_pack(r, x);
    return s;
}
