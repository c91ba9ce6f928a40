/* bcd_parse.c - reading a decimal number. */
#include "bcd_int.h"

#define PD (BCDX_D + 1)                  /* digits kept: the 21st only decides the rounding */

static unsigned char isdig(char c)
{
    return c >= '0' && c <= '9';
}

const char *bcd_parse_st(bcd_t *r, const char *s, unsigned char prec, int *status)
{
    bcdx_t x;
    unsigned char w[PD], n = 0, seen = 0, neg = 0, eneg = 0, frac = 0;
    int dexp = 0, e = 0;
    const char *p = s;
    char c;

    if (*p == '+' || *p == '-') neg = *p++ == '-';
    for (;;) {
        c = *p;
        if (c == '.' && !frac) {
            frac = 1;
        } else if (isdig(c)) {
            seen = 1;
            if (n == 0 && c == '0') {
                if (frac) dexp--;
            } else {
                if (n < PD) w[n++] = c - '0';
                if (!frac) dexp++;
            }
        } else {
            break;
        }
        p++;
    }
    if (!seen) {
        *status = BCD_DOMAIN;
        return 0;
    }
    c = *p;
    if (c == 'E' || c == 'e' || c == 'D' || c == 'd' || c == 'Q' || c == 'q') {
        const char *q = p + 1;
        if (*q == '+' || *q == '-') eneg = *q++ == '-';
        if (isdig(*q)) {
            while (isdig(*q)) {
                if (e < 10000) e = e * 10 + (*q - '0');
                q++;
            }
            p = q;
            dexp += eneg ? -e : e;
        }
    }
    if (n == 0) dexp = 0;
    *status = bcdx_finish(&x, neg, dexp, w, n, bcd_prec(prec));
    bcdx_pack(r, &x);
    return *status ? 0 : p;
}

const char *bcd_parse(bcd_t *r, const char *s, unsigned char prec)
{
    int st;
    return bcd_parse_st(r, s, prec, &st);
}
