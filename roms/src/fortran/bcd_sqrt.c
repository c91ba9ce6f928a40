/* bcd_sqrt.c - SQRT (digit by digit, exactly rounded), AINT and ANINT. */
#include "bcd_int.h"

#define SW 26                           /* digits of the remainder and of 20 * root + odd */

/* Each root digit x is the number of odd numbers 20P+1, 20P+3, ... that can be subtracted
 * from the remainder (P = root so far); T holds 20P+1+2x during that, 2P between digits. */
int bcdx_sqrt(bcdx_t *r, const bcdx_t *a, unsigned char prec)
{
    unsigned char R[SW], T[SW], q[BCDX_D + 2], n[2 * (BCDX_D + 2)];
    unsigned char i, k, x, odd, lo;
    unsigned char *pr, *pt;
    if (bcdx_iszero(a)) {
        bcdx_zero(r);
        return BCD_OK;
    }
    if (a->sign) return BCD_DOMAIN;
    odd = a->exp & 1;
    memset(n, 0, sizeof n);
    memcpy(n + odd, a->m, BCDX_D);
    memset(R, 0, SW);
    memset(T, 0, SW);
    for (k = 0; k < prec + 2; k++) {
        memmove(R, R + 2, SW - 2);
        R[SW - 2] = n[2 * k];
        R[SW - 1] = n[2 * k + 1];
        memmove(T, T + 1, SW - 1);
        T[SW - 1] = 1;
        x = 0;
        lo = k + 4 < SW ? SW - 4 - k : 0;  /* R and T have at most k + 4 digits */
        for (;;) {
            pr = R + lo;
            pt = T + lo;
            for (i = SW - lo; i && *pr == *pt; i--) {
                pr++;
                pt++;
            }
            if (i && *pr < *pt) break;
            bcdx_dsub(R + lo, T + lo, SW - lo);
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
