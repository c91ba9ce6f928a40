/* bcd_fmt.c - Fw.d, Ew.d/Dw.d and list-directed output of BCD numbers. */
#include "bcd_int.h"

/* dg[0] = 0 (room for a carry), dg[1..20] = the digits of x, rounded half away from zero so that
 * only dg[1..keep] remain (keep < 0: nothing). The value is then 0.dg0dg1... x 10^(x->exp + 1). */
static void rnd(unsigned char *dg, const bcdx_t *x, int keep)
{
    unsigned char i, up;
    dg[0] = 0;
    memcpy(dg + 1, x->m, BCDX_D);
    if (keep >= BCDX_D) return;
    if (keep < 0) keep = -1;
    up = dg[keep + 1] >= 5;
    for (i = (unsigned char)(keep + 1); i <= BCDX_D; i++) dg[i] = 0;
    if (keep < 0) return;
    if (up) {
        i = (unsigned char)keep;
        while (++dg[i] == 10) dg[i--] = 0;
    }
}

static char dig(const unsigned char *dg, int j)
{
    return (char)('0' + ((j >= 0 && j <= BCDX_D) ? dg[j] : 0));
}

/* Right-justifies a field of length len into w columns (w = 0: len columns); '*' fill and
 * returns 0 if it does not fit, else returns the number of blanks written. */
static int field(char *buf, int *w, int len)
{
    int i;
    if (*w == 0) *w = len;
    if (len > *w) {
        for (i = 0; i < *w; i++) buf[i] = '*';
        buf[*w] = 0;
        return -1;
    }
    for (i = 0; i < *w - len; i++) buf[i] = ' ';
    buf[*w] = 0;
    return i;
}

int bcd_fmt_f(char *buf, const bcd_t *a, int w, int d)
{
    bcdx_t x;
    unsigned char dg[BCDX_D + 1];
    int e, p, ni = 1, len, pos;
    unsigned char zero = 1;
    char *o;
    bcdx_unpack(&x, a);
    if (d < 0) d = 0;
    e = bcdx_iszero(&x) ? 0 : x.exp;
    rnd(dg, &x, e + d);
    for (p = e; p >= 0; p--)            /* place value 10^p is digit dg[e - p] */
        if (dig(dg, e - p) != '0') {
            ni = p + 1;
            zero = 0;
            break;
        }
    len = x.sign + ni + 1 + d;
    if (zero && w && len > w) {         /* drop the optional leading zero */
        len--;
        ni = 0;
    }
    pos = field(buf, &w, len);
    if (pos < 0) return w;
    o = buf + pos;
    if (x.sign) *o++ = '-';
    for (p = ni - 1; p >= -d; p--) {
        if (p == -1) *o++ = '.';
        *o++ = dig(dg, e - p);
    }
    if (d == 0) *o = '.';
    return w;
}

int bcd_fmt_e(char *buf, const bcd_t *a, int w, int d, char ech)
{
    return bcd_fmt_es(buf, a, w, d, ech, 0);
}

/* Ew.d with a scale factor kP: k > 0 puts k significant digits before the point (d - k + 1
 * after it), k <= 0 puts -k zeros after it before d + k significant digits; the exponent
 * is less k. A k outside -d < k < d + 2 fills the field with '*'. */
int bcd_fmt_es(char *buf, const bcd_t *a, int w, int d, char ech, int k)
{
    bcdx_t x;
    unsigned char dg[BCDX_D + 1];
    int e, len;
    signed char i, n;
    unsigned char start = 1, lead = 1;
    char *o;
    bcdx_unpack(&x, a);
    if (d < 0) d = 0;
    if (d > 100) d = 100;               /* no field is that wide */
    n = d + 1;                          /* significant digits */
    len = x.sign + 1 + 1 + d + 4;       /* sign, "0" or k digits, ".", the rest, exponent */
    if (k <= 0) {
        n = d + k;
        if (w && len > w) {
            len--;
            lead = 0;
        }
    }
    if ((k && n <= 0) || k > d + 1) {
        if (!w) w = 1;
        len = w + 1;
    }
    e = x.exp;
    rnd(dg, &x, n);
    if (dg[0]) {
        start = 0;
        e++;
    }
    e = bcdx_iszero(&x) ? 0 : e - k;
    len = field(buf, &w, len);
    if (len < 0) return w;
    o = buf + len;
    if (x.sign) *o++ = '-';
    if (k <= 0 && lead) *o++ = '0';
    for (i = k < 0 ? k : 0; i < n; i++) {
        if (i == k) *o++ = '.';
        *o++ = i < 0 ? '0' : dig(dg, start + i);
    }
    if (i == k) *o++ = '.';
    if (e > 99 || e < -99) {
        *o++ = e < 0 ? '-' : '+';
        if (e < 0) e = -e;
        *o++ = (char)('0' + e / 100);
        e %= 100;
    } else {
        *o++ = ech;
        *o++ = e < 0 ? '-' : '+';
        if (e < 0) e = -e;
    }
    *o++ = (char)('0' + e / 10);
    *o = (char)('0' + e % 10);
    return w;
}

int bcd_fmt_list(char *buf, const bcd_t *a, unsigned char prec)
{
    bcdx_t x;
    bcd_t t;
    int e;
    prec = bcd_prec(prec);
    bcdx_unpack(&x, a);
    bcdx_finish(&x, x.sign, x.exp, x.m, BCDX_D, prec);
    e = bcdx_iszero(&x) ? 1 : x.exp;
    bcdx_pack(&t, &x);
    if (e >= 0 && e <= prec)            /* fixed: F0.d with prec digits in all */
        return bcd_fmt_f(buf, &t, 0, prec - e);
    return bcd_fmt_es(buf, &t, 0, prec - 1, 'E', 1);   /* else d.ddd...E+xx */
}

int bcd_fmt_g(char *buf, const bcd_t *a, int w, int d)
{
    bcdx_t x;
    int e, n;
    bcdx_unpack(&x, a);
    if (d >= 1) {
        bcdx_finish(&x, x.sign, x.exp, x.m, BCDX_D, d > BCDX_D ? BCDX_D : (unsigned char)d);
        e = bcdx_iszero(&x) ? 1 : x.exp;
        if (e >= 0 && e <= d) {         /* F editing, then 4 blanks where the exponent goes */
            n = w ? w - 4 : 0;
            if (w && n < 1) {
                field(buf, &w, w + 1);  /* all '*' */
                return w;
            }
            n = bcd_fmt_f(buf, a, n, d - e);
            if (!w) return n;
            while (n < w) buf[n++] = ' ';
            buf[w] = 0;
            return w;
        }
    }
    return bcd_fmt_e(buf, a, w, d, 'E');
}
