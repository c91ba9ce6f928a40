/* iofmt.c - formatted I/O: walks the FORMAT text (groups, repeat counts, reversion). */
#include <string.h>
#include "f77.h"
#include "io.h"

static const uint8_t *fp, *fend, *revert;     /* the FORMAT text: next character, end */
static struct { const uint8_t *start; uint16_t count; } grp[4];
static uint8_t depth, rep_left, had_data;
static char dc;
static int16_t dw, dd;
static int8_t scale;            /* kP */
static uint8_t plus, bz;        /* SP, BZ */

static char fch(void)
{
    char c;
    while (fp < fend && (*fp == ' ' || *fp == ','))
        fp++;
    if (fp >= fend)
        return ')';
    c = (char)*fp;
    return (c >= 'a' && c <= 'z') ? (char)(c - 32) : c;
}

static int16_t fnum(void)
{
    int16_t n = 0;
    while (fp < fend && is_digit((char)*fp))
        n = n * 10 + (*fp++ - '0');
    return n;
}

void fmt_start(void)
{
    fp = io.fmt;
    fend = fp + io.fmtlen;
    if (fch() != '(')
        rt_error("format must start with '('");
    fp++;
    revert = fp;
    depth = 0;
    rep_left = 0;
    had_data = 0;
    scale = 0;
    plus = bz = 0;
}

static void new_record(void)
{
    if (io.mode & M_WRITE)
        rec_flush();
    else
        rec_read();
}

/* advances to the next data descriptor; with no item pending stops before it */
static uint8_t next_data(uint8_t item)
{
    char c;
    const uint8_t *at;
    int16_t r;
    for (;;) {
        c = fch();
        at = fp;
        if (c == ')') {
            fp++;
            if (depth) {
                if (--grp[depth - 1].count)
                    fp = grp[depth - 1].start;
                else
                    depth--;
                continue;
            }
            if (!item)
                return 0;
            if (!had_data)
                rt_error("format has no data descriptor");
            new_record();
            fp = revert;
            continue;
        }
        r = 1;
        if (c == '-' || c == '+') {     /* a signed scale factor */
            fp++;
            r = fnum();
            if (c == '-')
                r = -r;
            c = fch();
        } else if (is_digit(c)) {
            r = fnum();
            c = fch();
        }
        if (c == '(') {
            fp++;
            if (depth == 4)
                rt_error("format groups nested too deep");
            if (depth == 0)
                revert = at;
            grp[depth].start = fp;
            grp[depth].count = r;
            depth++;
            continue;
        }
        if (c == '\'' || c == '"') {
            fp++;
            while (fp < fend) {
                if (*fp == c) {
                    if (fp + 1 < fend && fp[1] == c)
                        fp++;
                    else
                        break;
                }
                if (io.mode & M_WRITE)
                    rec_put(*fp);
                fp++;
            }
            fp++;
            continue;
        }
        fp++;
        switch (c) {
        case 'H':
            while (r-- && fp < fend) {
                if (io.mode & M_WRITE)
                    rec_put(*fp);
                fp++;
            }
            continue;
        case 'X':
            io.pos += (uint8_t)r;
            continue;
        case '/':
            while (r--)
                new_record();
            continue;
        case ':':
            if (!item)
                return 0;
            continue;
        case 'T':
            c = fch();
            if (c == 'L' || c == 'R')
                fp++;
            r = fnum();
            if (c == 'L')
                io.pos = io.pos > r ? io.pos - (uint8_t)r : 0;
            else if (c == 'R')
                io.pos += (uint8_t)r;
            else
                io.pos = r ? (uint8_t)(r - 1) : 0;
            continue;
        case 'P':
            scale = (int8_t)r;
            continue;
        case 'S':
            c = fch();
            if (c == 'P' || c == 'S')
                fp++;
            plus = c == 'P';
            continue;
        case 'B':
            c = fch();
            fp++;
            bz = c == 'Z';
            continue;
        case 'I': case 'F': case 'E': case 'D': case 'G': case 'A': case 'L':
            had_data = 1;
            if (!item) {
                fp = at;
                return 0;
            }
            dc = c;
            dw = fnum();
            dd = -1;
            if (fp < fend && *fp == '.') {
                fp++;
                dd = fnum();
            }
            if (fp < fend && (*fp == 'E' || *fp == 'e') && (dc == 'E' || dc == 'G')) {
                fp++;
                fnum();
            }
            rep_left = (uint8_t)r;
            return 1;
        }
        rt_error("bad format");
    }
}

/* s right-justified in a field of w characters (w = 0: its own width), '*'s if too wide */
static void justify(char *out, const char *s, int16_t w)
{
    int16_t n = (int16_t)strlen(s);
    if (w == 0)
        w = n;
    out[w] = 0;
    if (n > w) {
        memset(out, '*', w);
        return;
    }
    memset(out, ' ', w - n);
    memcpy(out + w - n, s, n);
}

/* SP: a '+' in the blank before a positive number */
static void plus_sign(char *s)
{
    char *p = s;
    while (*p == ' ')
        p++;
    if (*p == '-' || *p == '*')
        return;
    if (p == s)
        memset(s, '*', strlen(s));
    else
        p[-1] = '+';
}

static void write_item(val_t *v)
{
    char buf[120];
    uint16_t i;
    uint8_t t = v->t;
    if (dc == 'A' || t == T_CHAR) {
        if (t != T_CHAR)
            rt_error("A format needs a CHARACTER value");
        if (!dw)
            dw = (int16_t)v->n;
        for (i = v->n; i < (uint16_t)dw; i++)
            rec_put(' ');
        for (i = 0; i < v->n && i < (uint16_t)dw; i++)
            rec_put(v->p[i]);
        return;
    }
    if (dc == 'L' || t == T_LOG) {
        if (t != T_LOG)
            rt_error("L format needs a LOGICAL value");
        justify(buf, v->u.i ? "T" : "F", dw);
        rec_puts(buf);
        return;
    }
    if (dc == 'I' || (dc == 'G' && t == T_INT)) {
        uint8_t k, m;
        char num[32], *digits = num;
        conv(v, T_INT);
        ltoa_s(num, v->u.i);
        if (*digits == '-')
            digits++;
        if (dd > 0 && dd < 20) {        /* Iw.m: at least m digits */
            m = (uint8_t)dd;
            k = (uint8_t)strlen(digits);
            if (k < m) {
                memmove(digits + m - k, digits, k + 1);
                memset(digits, '0', m - k);
            }
        } else if (dd == 0 && *digits == '0') {
            *digits = 0;                /* Iw.0 of zero: blanks */
        }
        justify(buf, num, dw);
    } else {
        if (t == T_INT)
            conv(v, T_REAL);
        if (dd < 0)
            dd = 0;
        if (dc == 'F') {
            val_t ten;
            int8_t k;
            ten.t = T_INT;
            ten.u.i = 10;
            for (k = scale; k > 0; k--)
                arith(OP_MUL, v, &ten);
            for (; k < 0; k++)
                arith(OP_DIV, v, &ten);
            bcd_fmt_f(buf, &v->u.b, dw, dd);
        } else if (dc == 'G') {
            bcd_fmt_g(buf, &v->u.b, dw, dd);
        } else {
            bcd_fmt_es(buf, &v->u.b, dw, dd, dc, scale);
        }
    }
    if (plus)
        plus_sign(buf);
    rec_puts(buf);
}

/* the i-th character of the input field (blank past the end of the record) */
static char rec_char(uint8_t i)
{
    uint16_t j = io.pos + i;
    return j < io.len ? (char)io.rec[j] : ' ';
}

static void read_item(val_t *ref)
{
    char buf[REC_MAX + 2], *q = buf;
    uint8_t t = ref->t & 0x7f, i, n;
    if (dc == 'A') {
        val_t v;
        if (t != T_CHAR)
            rt_error("A format needs a CHARACTER variable");
        if (!dw)
            dw = (int16_t)ref->n;
        for (i = 0; i < (uint8_t)dw; i++)
            buf[i] = rec_char(i);
        io.pos += (uint8_t)dw;
        v.t = T_CHAR;
        v.p = (uint8_t *)buf;
        v.n = dw;
        if ((uint16_t)dw > ref->n) {
            v.p += dw - ref->n;
            v.n = ref->n;
        }
        store_val(T_CHAR, ref->p, ref->n, &v);
        return;
    }
    for (i = 0; i < (uint8_t)dw; i++) {
        char c = rec_char(i);
        if (c != ' ')
            *q++ = c;
        else if (bz && q != buf && io.pos + i < io.len)
            *q++ = '0';         /* BZ: blanks after the first digit are zeros */
    }
    io.pos += (uint8_t)dw;
    *q = 0;
    if (!buf[0]) {
        strcpy(buf, dc == 'L' ? "F" : "0");
    } else if (dc != 'I' && dc != 'L' && !strchr(buf, '.') && dd > 0) {
        /* no decimal point: the last d digits of the mantissa are the fraction */
        char tmp[REC_MAX + 4], *p = buf, *e, *o = tmp;
        if (*p == '-' || *p == '+')
            *o++ = *p++;
        e = p;
        while (is_digit(*e))
            e++;
        n = (uint8_t)(e - p);
        if (n <= (uint8_t)dd) {
            *o++ = '.';
            while (n++ < (uint8_t)dd)
                *o++ = '0';
        }
        while (p < e) {
            if ((uint8_t)(e - p) == (uint8_t)dd && o[-1] != '.')
                *o++ = '.';
            *o++ = *p++;
        }
        strcpy(o, e);
        strcpy(buf, tmp);
    }
    parse_into(ref, buf, 1);
}

void fmt_item(val_t *v)
{
    if (!rep_left)
        next_data(1);
    rep_left--;
    if (io.mode & M_WRITE)
        write_item(v);
    else
        read_item(v);
}

void fmt_finish(void)
{
    rep_left = 0;
    next_data(0);
}
