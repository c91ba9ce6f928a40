/* bcd_int.h - internals of the BCD library: an unpacked working form with 4 guard digits
 * beyond DOUBLE PRECISION, used by the core operations and the elementary functions. */
#ifndef BCD_INT_H
#define BCD_INT_H

#include <string.h>
#include "bcd.h"

#define BCDX_D 20                       /* digits of the working form */

typedef struct {
    unsigned char sign;
    int exp;                            /* value = 0.m0m1...m19 x 10^exp */
    unsigned char m[BCDX_D];            /* one digit per byte, m[0] != 0 unless zero */
} bcdx_t;

void bcdx_unpack(bcdx_t *x, const bcd_t *a);
void bcdx_pack(bcd_t *r, const bcdx_t *x);          /* x must have at most 16 digits */
void bcdx_zero(bcdx_t *x);
/* r = 0.w0w1...w(n-1) x 10^exp with the sign, normalised and rounded to prec digits.
 * w is modified; it may be r->m. */
int  bcdx_finish(bcdx_t *r, unsigned char sign, int exp, unsigned char *w, unsigned char n,
                 unsigned char prec);
int  bcdx_cmpabs(const bcdx_t *a, const bcdx_t *b);
int  bcdx_addsub(bcdx_t *r, const bcdx_t *a, const bcdx_t *b, unsigned char negb,
                 unsigned char prec);
int  bcdx_mul(bcdx_t *r, const bcdx_t *a, const bcdx_t *b, unsigned char prec);
int  bcdx_div(bcdx_t *r, const bcdx_t *a, const bcdx_t *b, unsigned char prec);
unsigned char bcd_prec(unsigned char prec);          /* clamps to 1..16 */

/* helpers of the elementary functions (bcd_xfun.c) */
void bcdx_const(bcdx_t *x, const char *digits, int exp); /* 0.digits x 10^exp */
void bcdx_small(bcdx_t *x, int v);
int  bcdx_divsmall(bcdx_t *r, const bcdx_t *a, unsigned int n, unsigned char prec);
void bcdx_trunc(bcdx_t *x);                          /* toward zero to an integer */
int  bcdx_nint(bcdx_t *x);                           /* to the nearest integer, half away */
long bcdx_to_long(const bcdx_t *x);                 /* an integer x of at most 9 digits as a long */
unsigned char bcdx_wp(unsigned char prec);           /* working precision: prec + 4 */
/* the series term t no longer changes the sum s at wp digits */
unsigned char bcdx_tiny(const bcdx_t *t, const bcdx_t *s, unsigned char wp);
/* ln(a) = *part + e * ln 10 with part computed at wp digits, for a > 0 */
void bcdx_lnparts(bcdx_t *part, int *e, const bcdx_t *a, unsigned char wp);
int  bcdx_exp(bcdx_t *r, const bcdx_t *a, unsigned char wp);
int  bcdx_sqrt(bcdx_t *r, const bcdx_t *a, unsigned char prec);
int  bcdx_atan2(bcdx_t *r, const bcdx_t *y, const bcdx_t *x, unsigned char wp);
int  bcdx_powi(bcdx_t *r, const bcdx_t *a, long n, unsigned char wp);
/* r = a - k * (c1 + c2) for the nearest integer k to a / c1; c1 has at most 13 digits.
 * Returns k (|a / c1| must stay below 1E7). */
long bcdx_reduce(bcdx_t *r, const bcdx_t *a, const bcdx_t *c1, const bcdx_t *c2);
/* rounds x to prec into r after status s (overflow: the largest number; domain/div0: 0) */
int  bcdx_result(bcd_t *r, bcdx_t *x, int s, unsigned char prec);
/* public one-argument function: unpack, run f at the working precision, round to prec */
int  bcd_fun1(bcd_t *r, const bcd_t *a, unsigned char prec,
              int (*f)(bcdx_t *, const bcdx_t *, unsigned char));

/* dst[0..n-1] -= src[0..n-1], decimal digits, most significant first, n >= 1; returns the
 * borrow out of dst[0]. Z80 assembly under SDCC (the inner loop of division and SQRT). */
#ifdef __SDCC
unsigned char bcdx_dsub(unsigned char *dst, const unsigned char *src, unsigned char n) __sdcccall(0);
#else
unsigned char bcdx_dsub(unsigned char *dst, const unsigned char *src, unsigned char n);
#endif

#define bcdx_iszero(x) ((x)->m[0] == 0)

#endif
