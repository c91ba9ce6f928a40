/* bcd_trig.c - SIN, COS, TAN, ATAN, ATAN2, ASIN, ACOS. */
#include "bcd_int.h"

static const char HPI[] = "15707963267948966192";        /* pi/2 x 10^1 */
static const char HPI1[] = "1570796326794";              /* x 10^1, 13 digits */
static const char HPI2[] = "89661923132169163975";       /* x 10^-12: pi/2 - HPI1 */
static const char PI[] = "31415926535897932385";         /* x 10^1 */

/* s = t0 - t0 x2 / ((n+1)(n+2)) + ...: the sine (t0 = x, n = 1) or cosine (t0 = 1, n = 0) */
static void series(bcdx_t *s, const bcdx_t *t0, const bcdx_t *x2, unsigned int n, unsigned char wp)
{
    bcdx_t t;
    t = *t0;
    *s = t;
    for (;;) {
        bcdx_mul(&t, &t, x2, wp);
        bcdx_divsmall(&t, &t, (n + 1) * (n + 2), wp);
        if (bcdx_tiny(&t, s, wp)) break;
        t.sign ^= 1;
        bcdx_addsub(s, s, &t, 0, wp);
        n += 2;
    }
}

/* which: 0 sin, 1 cos, 2 tan. x = a - k pi/2 (|x| <= pi/4), then the quadrant k mod 4. */
static int trig(bcdx_t *r, const bcdx_t *a, unsigned char wp, unsigned char which)
{
    bcdx_t x, x2, s, c, one;
    long k = 0;
    unsigned char q, need;
    if (a->exp > 9) return BCD_DOMAIN;  /* |a| >= 1E9: no digit of the result would be right */
    x = *a;
    if (a->exp > 0) {
        bcdx_const(&s, HPI1, 1);
        bcdx_const(&c, HPI2, -12);
        k = bcdx_reduce(&x, a, &s, &c);
        bcdx_finish(&x, x.sign, x.exp, x.m, BCDX_D, wp);   /* fewer digits, faster products */
    }
    q = (unsigned char)(k & 3);
    bcdx_mul(&x2, &x, &x, wp);
    bcdx_small(&one, 1);
    /* need: 1 = sin x, 2 = cos x */
    need = which == 2 ? 3 : ((which ^ q) & 1) ? 2 : 1;
    if (need & 1) series(&s, &x, &x2, 1, wp);
    if (need & 2) series(&c, &one, &x2, 0, wp);
    if (q & 1) {                        /* sin(x + pi/2) = cos x, cos(x + pi/2) = -sin x */
        x = s;
        s = c;
        c = x;
        c.sign ^= 1;
    }
    if (q & 2) {
        s.sign ^= 1;
        c.sign ^= 1;
    }
    if (which == 0) *r = s;
    else if (which == 1) *r = c;
    else return bcdx_div(r, &s, &c, wp) == BCD_OK ? BCD_OK : BCD_DOMAIN;
    return BCD_OK;
}

static int fsin(bcdx_t *r, const bcdx_t *a, unsigned char wp)
{
    return trig(r, a, wp, 0);
}

static int fcos(bcdx_t *r, const bcdx_t *a, unsigned char wp)
{
    return trig(r, a, wp, 1);
}

static int ftan(bcdx_t *r, const bcdx_t *a, unsigned char wp)
{
    return trig(r, a, wp, 2);
}

/* t = min(|y|,|x|) / max(|y|,|x|) in [0, 1]; up to three halvings of the angle,
 * t / (1 + sqrt(1 + t^2)), bring it below 0.1; then the Taylor series of atan; then the
 * octant and quadrant from the swap and the signs. */
int bcdx_atan2(bcdx_t *r, const bcdx_t *y, const bcdx_t *x, unsigned char wp)
{
    bcdx_t a, b, t, p, u, one;
    unsigned char swap, h = 0, ys = y->sign, xs = x->sign;
    unsigned int n;
    if (bcdx_iszero(x) && bcdx_iszero(y)) return BCD_DOMAIN;
    a = *y;
    a.sign = 0;
    b = *x;
    b.sign = 0;
    swap = bcdx_cmpabs(&a, &b) > 0;
    if (swap) bcdx_div(&t, &b, &a, wp);
    else bcdx_div(&t, &a, &b, wp);
    bcdx_small(&one, 1);
    while (h < 3 && !bcdx_iszero(&t) && t.exp >= 0) {
        bcdx_mul(&u, &t, &t, wp);
        bcdx_addsub(&u, &u, &one, 0, wp);
        bcdx_sqrt(&u, &u, wp);
        bcdx_addsub(&u, &u, &one, 0, wp);
        bcdx_div(&t, &t, &u, wp);
        h++;
    }
    bcdx_mul(&b, &t, &t, wp);
    a = t;
    p = t;
    for (n = 3;; n += 2) {
        bcdx_mul(&p, &p, &b, wp);
        p.sign ^= 1;
        bcdx_divsmall(&u, &p, n, wp);
        if (bcdx_tiny(&u, &a, wp)) break;
        bcdx_addsub(&a, &a, &u, 0, wp);
    }
    while (h--) bcdx_addsub(&a, &a, &a, 0, wp);
    if (swap) {
        bcdx_const(&u, HPI, 1);
        bcdx_addsub(&a, &u, &a, 1, wp);
    }
    if (xs) {
        bcdx_const(&u, PI, 1);
        bcdx_addsub(&a, &u, &a, 1, wp);
    }
    a.sign = bcdx_iszero(&a) ? 0 : ys;
    *r = a;
    return BCD_OK;
}

static int fatan(bcdx_t *r, const bcdx_t *a, unsigned char wp)
{
    bcdx_t one;
    bcdx_small(&one, 1);
    return bcdx_atan2(r, a, &one, wp);
}

/* asin a = atan2(a, sqrt((1 - a)(1 + a))), acos a = atan2(sqrt(...), a) */
static int arc(bcdx_t *r, const bcdx_t *a, unsigned char wp, unsigned char co)
{
    bcdx_t one, p, q;
    bcdx_small(&one, 1);
    if (bcdx_cmpabs(a, &one) > 0) return BCD_DOMAIN;
    bcdx_addsub(&p, &one, a, 1, BCDX_D);
    bcdx_addsub(&q, &one, a, 0, BCDX_D);
    bcdx_mul(&p, &p, &q, wp);
    bcdx_sqrt(&p, &p, wp);
    return co ? bcdx_atan2(r, &p, a, wp) : bcdx_atan2(r, a, &p, wp);
}

static int fasin(bcdx_t *r, const bcdx_t *a, unsigned char wp)
{
    return arc(r, a, wp, 0);
}

static int facos(bcdx_t *r, const bcdx_t *a, unsigned char wp)
{
    return arc(r, a, wp, 1);
}

int bcd_sin(bcd_t *r, const bcd_t *a, unsigned char prec)
{
    return bcd_fun1(r, a, prec, fsin);
}

int bcd_cos(bcd_t *r, const bcd_t *a, unsigned char prec)
{
    return bcd_fun1(r, a, prec, fcos);
}

int bcd_tan(bcd_t *r, const bcd_t *a, unsigned char prec)
{
    return bcd_fun1(r, a, prec, ftan);
}

int bcd_atan(bcd_t *r, const bcd_t *a, unsigned char prec)
{
    return bcd_fun1(r, a, prec, fatan);
}

int bcd_asin(bcd_t *r, const bcd_t *a, unsigned char prec)
{
    return bcd_fun1(r, a, prec, fasin);
}

int bcd_acos(bcd_t *r, const bcd_t *a, unsigned char prec)
{
    return bcd_fun1(r, a, prec, facos);
}

int bcd_atan2(bcd_t *r, const bcd_t *y, const bcd_t *x, unsigned char prec)
{
    bcdx_t a, b;
    bcdx_unpack(&a, y);
    bcdx_unpack(&b, x);
    return bcdx_result(r, &a, bcdx_atan2(&a, &a, &b, bcdx_wp(prec)), prec);
}
