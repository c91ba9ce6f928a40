/* bcd_sqrt.c - SQRT (digit by digit, exactly rounded), AINT and ANINT. */
#include "bcd_int.h"

#define SW 26                           /* digits of the remainder and of 20 * root + odd */

/* Each root digit x is the number of odd numbers 20P+1, 20P+3, ... that can be subtracted
 * from the remainder (P = root so far); T holds 20P+1+2x during that, 2P between digits. */
int bcdx_sqrt(bcdx_t *r, const bcdx_t *a, unsigned char prec)
{
    unsigned char R[SW], T[SW], q[BCDX_D + 2], n[2 * (BCDX_D + 2)];
    unsigned char i, k, x, odd;
    signed char t, c;
    if (bcdx_iszero(a)) {
        bcdx_zero(r);
        return BCD_OK;
    }
    if (a->sign) return BCD_DOMAIN;
    odd = a->exp & 1;
    for (i = 0; i < sizeof n; i++) n[i] = 0;
    for (i = 0; i < BCDX_D; i++) n[i + odd] = a->m[i];
    for (i = 0; i < SW; i++) R[i] = T[i] = 0;
    for (k = 0; k < prec + 2; k++) {
        for (i = 0; i < SW - 2; i++) R[i] = R[i + 2];
        R[SW - 2] = n[2 * k];
        R[SW - 1] = n[2 * k + 1];
        for (i = 0; i < SW - 1; i++) T[i] = T[i + 1];
        T[SW - 1] = 1;
        x = 0;
        for (;;) {
            for (i = 0; i < SW && R[i] == T[i]; i++) {
            }
            if (i < SW && R[i] < T[i]) break;
            c = 0;
            for (i = SW; i-- > 0;) {
                t = (signed char)(R[i] - T[i] - c);
                c = t < 0;
                R[i] = (unsigned char)(c ? t + 10 : t);
            }
            i = SW - 1;
            T[i] += 2;
            while (T[i] >= 10) {
                T[i] -= 10;
                T[--i]++;
            }
            x++;
        }
        T[SW - 1]--;
        q[k] = x;
    }
    return bcdx_finish(r, 0, (a->exp + odd) / 2, q, k, prec);
}

int bcd_sqrt(bcd_t *r, const bcd_t *a, unsigned char prec)
{
    bcdx_t x;
    bcdx_unpack(&x, a);
    return bcdx_result(r, &x, bcdx_sqrt(&x, &x, bcd_prec(prec)), prec);
}

int bcd_aint(bcd_t *r, const bcd_t *a)
{
    bcdx_t x;
    bcdx_unpack(&x, a);
    bcdx_trunc(&x);
    bcdx_pack(r, &x);
    return BCD_OK;
}

int bcd_anint(bcd_t *r, const bcd_t *a)
{
    bcdx_t x;
    int s;
    bcdx_unpack(&x, a);
    s = bcdx_nint(&x);
    bcdx_pack(r, &x);
    return s;
}
