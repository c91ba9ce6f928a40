/* bcd_explog.c - EXP, LOG, LOG10, real ** real and real ** integer. */
#include "bcd_int.h"

static const char LN10[] = "23025850929940456840";       /* x 10^1 */
static const char LN10_1[] = "2302585092994";            /* x 10^1, 13 digits */
static const char LN10_2[] = "45684017991454684364";     /* x 10^-13: LN10 - LN10_1 */
static const char LN2[] = "69314718055994530942";        /* x 10^0 */

/* exp(a) = 10^k * exp(r)^10 with r = (a - k ln 10) / 10, |r| <= 0.116: Taylor series. */
int bcdx_exp(bcdx_t *r, const bcdx_t *a, unsigned char wp)
{
    bcdx_t x, c1, c2, t, s;
    long k = 0;
    unsigned int n;
    if (a->exp > 3) {                   /* |a| >= 1000 */
        if (a->sign) {
            bcdx_zero(r);
            return BCD_OK;
        }
        return BCD_OVERFLOW;
    }
    x = *a;
    if (a->exp > 0) {
        bcdx_const(&c1, LN10_1, 1);
        bcdx_const(&c2, LN10_2, -13);
        k = bcdx_reduce(&x, a, &c1, &c2);
        bcdx_finish(&x, x.sign, x.exp, x.m, BCDX_D, wp);   /* fewer digits, faster products */
    }
    if (!bcdx_iszero(&x)) x.exp--;
    bcdx_small(&s, 1);
    t = s;
    for (n = 1; !bcdx_tiny(&t, &s, wp); n++) {
        bcdx_mul(&t, &t, &x, wp);
        bcdx_divsmall(&t, &t, n, wp);
        bcdx_addsub(&s, &s, &t, 0, wp);
    }
    /* s^10 = ((s^2)^2 * s)^2 */
    bcdx_mul(&t, &s, &s, wp);
    bcdx_mul(&t, &t, &t, wp);
    bcdx_mul(&t, &t, &s, wp);
    bcdx_mul(r, &t, &t, wp);
    k += r->exp;
    if (k > BCD_EXP_MAX) return BCD_OVERFLOW;
    if (k < BCD_EXP_MIN) {
        bcdx_zero(r);
        return BCD_OK;
    }
    r->exp = (int)k;
    return BCD_OK;
}

/* a = y * 2^j * 10^e with y in [0.707, 1.414), j in -3..0 (a near 1 gives j = e = 0);
 * ln y = 2 atanh(z), z = (y - 1) / (y + 1), |z| <= 0.172. part = ln y + j ln 2. */
void bcdx_lnparts(bcdx_t *part, int *e, const bcdx_t *a, unsigned char wp)
{
    bcdx_t y, z, z2, t, u, one;
    unsigned char j = 0;
    unsigned int n;
    y = *a;
    y.sign = 0;
    y.exp = 0;
    *e = a->exp;
    if (y.m[0] == 1 && y.m[1] < 4) {    /* y < 0.14: 10y in [1, 1.4) */
        y.exp = 1;
        --*e;
    } else {
        while (y.exp == 0 && y.m[0] * 10 + y.m[1] < 71) {
            bcdx_addsub(&y, &y, &y, 0, BCDX_D);
            j++;
        }
    }
    bcdx_small(&one, 1);
    bcdx_addsub(&t, &y, &one, 1, wp);
    bcdx_addsub(&u, &y, &one, 0, wp);
    bcdx_div(&z, &t, &u, wp);
    bcdx_mul(&z2, &z, &z, wp);
    *part = z;
    t = z;
    for (n = 3;; n += 2) {
        bcdx_mul(&t, &t, &z2, wp);
        bcdx_divsmall(&u, &t, n, wp);
        if (bcdx_tiny(&u, part, wp)) break;
        bcdx_addsub(part, part, &u, 0, wp);
    }
    bcdx_addsub(part, part, part, 0, wp);
    if (j) {
        bcdx_const(&t, LN2, 0);
        bcdx_small(&u, j);
        bcdx_mul(&t, &t, &u, wp);
        bcdx_addsub(part, part, &t, 1, wp);
    }
}

static int lnx(bcdx_t *r, const bcdx_t *a, unsigned char wp, unsigned char ten)
{
    bcdx_t p, t, c;
    int e;
    if (a->sign || bcdx_iszero(a)) return BCD_DOMAIN;
    bcdx_lnparts(&p, &e, a, wp);
    bcdx_const(&c, LN10, 1);
    bcdx_small(&t, e);
    if (ten) {
        bcdx_div(&p, &p, &c, wp);
        return bcdx_addsub(r, &p, &t, 0, wp);
    }
    bcdx_mul(&t, &t, &c, wp);
    return bcdx_addsub(r, &p, &t, 0, wp);
}

static int ln(bcdx_t *r, const bcdx_t *a, unsigned char wp)
{
    return lnx(r, a, wp, 0);
}

static int lg(bcdx_t *r, const bcdx_t *a, unsigned char wp)
{
    return lnx(r, a, wp, 1);
}

int bcd_exp(bcd_t *r, const bcd_t *a, unsigned char prec)
{
    return bcd_fun1(r, a, prec, bcdx_exp);
}

int bcd_log(bcd_t *r, const bcd_t *a, unsigned char prec)
{
    return bcd_fun1(r, a, prec, ln);
}

int bcd_log10(bcd_t *r, const bcd_t *a, unsigned char prec)
{
    return bcd_fun1(r, a, prec, lg);
}

/* a ** n by squaring; negative n works on 1/a so no intermediate overflows needlessly. */
int bcdx_powi(bcdx_t *r, const bcdx_t *a, long n, unsigned char wp)
{
    bcdx_t b, one;
    unsigned long u;
    int s = BCD_OK;
    bcdx_small(&one, 1);
    b = *a;
    if (n < 0) {
        if (bcdx_iszero(a)) return BCD_DIV0;
        bcdx_div(&b, &one, a, wp);
        u = 0UL - (unsigned long)n;
    } else {
        u = (unsigned long)n;
    }
    *r = one;
    while (u) {
        if (u & 1) s |= bcdx_mul(r, r, &b, wp);
        u >>= 1;
        if (u) s |= bcdx_mul(&b, &b, &b, wp);
        if (s) return BCD_OVERFLOW;
    }
    return BCD_OK;
}

int bcd_powi(bcd_t *r, const bcd_t *a, long n, unsigned char prec)
{
    bcdx_t x;
    int s;
    bcdx_unpack(&x, a);
    s = bcdx_powi(&x, &x, n, bcdx_wp(prec));
    return bcdx_result(r, &x, s, prec);
}

/* a ** b: an integral b (|b| < 1E9) goes through powi (exact where the result is);
 * otherwise exp(b ln a), a > 0. 0 ** b is 0 for b > 0, 1 for b = 0, BCD_DIV0 for b < 0. */
int bcd_pow(bcd_t *r, const bcd_t *a, const bcd_t *b, unsigned char prec)
{
    bcdx_t x, y, t, z;
    long n;
    int s, e;
    unsigned char wp = bcdx_wp(prec);
    bcdx_unpack(&x, a);
    bcdx_unpack(&y, b);
    t = y;
    bcdx_trunc(&t);
    if (bcdx_cmpabs(&t, &y) == 0 && y.exp <= 9) {
        n = bcdx_to_long(&t);
        s = bcdx_powi(&x, &x, n, wp);
    } else if (bcdx_iszero(&x)) {
        s = y.sign ? BCD_DIV0 : BCD_OK;
    } else if (x.sign) {
        s = BCD_DOMAIN;
    } else {
        bcdx_lnparts(&t, &e, &x, BCDX_D);   /* ln a = t + e ln 10 */
        bcdx_const(&x, LN10, 1);
        bcdx_small(&z, e);
        bcdx_mul(&x, &x, &z, BCDX_D);
        bcdx_addsub(&t, &t, &x, 0, BCDX_D);
        bcdx_mul(&t, &t, &y, BCDX_D);
        s = bcdx_exp(&x, &t, wp);
    }
    return bcdx_result(r, &x, s, prec);
}
