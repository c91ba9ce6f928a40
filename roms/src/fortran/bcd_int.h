/* bcd_int.h - internals of the BCD library: an unpacked working form with 4 guard digits
 * beyond DOUBLE PRECISION, used by the core operations and the elementary functions. */
#ifndef BCD_INT_H
#define BCD_INT_H

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

#define bcdx_iszero(x) ((x)->m[0] == 0)

#endif
