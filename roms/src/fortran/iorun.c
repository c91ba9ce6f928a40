/* iorun.c - run-time I/O: records, list-directed reading and writing. */
#include <string.h>
#include "f77.h"
#include "io.h"

io_t io;
uint8_t *io_end_label;

static void rec_clear(void)
{
    io.pos = 0;
    io.len = 0;
}

/* ---- output ---- */
void rec_put(char c)
{
    if (io.pos >= REC_MAX)
        return;
    while (io.len < io.pos)
        io.rec[io.len++] = ' ';
    io.rec[io.pos++] = c;
    if (io.pos > io.len)
        io.len = io.pos;
}

void rec_puts(const char *s)
{
    while (*s)
        rec_put(*s++);
}

void rec_flush(void)
{
    uint8_t i;
    if (io.unit >= 0 && io.unit != 5 && io.unit != 6) {
        file_record(io.rec, io.len);
    } else {
        for (i = 0; i < io.len; i++)
            io_putc(io.rec[i]);
        out_nl();
    }
    rec_clear();
}

/* ---- input ---- */
void rec_read(void)
{
    rec_clear();
    if (io.mode & M_DATA) {
        if (io.data_done)
            rt_error("not enough values in DATA");
        memcpy(io.rec, io.src, io.srclen);
        io.len = (uint8_t)io.srclen;
        io.data_done = 1;
    } else if (io.unit >= 0 && io.unit != 5 && io.unit != 6) {
        io.len = file_read_record(io.rec);
    } else {
        io.len = read_line(io.rec, REC_MAX);
    }
    io.rec[io.len] = 0;
}

void fmt_val(char *buf, val_t *v)
{
    switch (v->t) {
    case T_INT:
        ltoa_s(buf, v->u.i);
        break;
    case T_REAL: case T_DBL:
        bcd_fmt_list(buf, &v->u.b, v->t == T_DBL ? 16 : 8);
        break;
    case T_LOG:
        buf[0] = v->u.i ? 'T' : 'F';
        buf[1] = 0;
        break;
    default:
        memcpy(buf, v->p, v->n);
        buf[v->n] = 0;
    }
}

static void list_write(val_t *v)
{
    char buf[40];
    uint16_t i;
    if (io.items && !(v->t == T_CHAR && io.last_char))
        rec_put(' ');
    io.last_char = v->t == T_CHAR;
    if (v->t == T_CHAR) {
        for (i = 0; i < v->n; i++)
            rec_put(v->p[i]);
        return;
    }
    fmt_val(buf, v);
    rec_puts(buf);
}

/* next value of a list-directed record: r*c repeats, '/' ends, blanks and commas separate */
static uint8_t list_value(char *buf)
{
    char c, *q = buf, *p;
    uint8_t n = 0;
    if (io.rep) {
        io.rep--;
        strcpy(buf, io.repval);
        return 1;
    }
    for (;;) {
        p = io.rec + io.pos;
        while (*p == ' ' || *p == '\t')
            p++;
        io.pos = (uint8_t)(p - io.rec);
        if (*p == ',' && io.need_sep) {
            io.pos++;
            io.need_sep = 0;
            continue;
        }
        if (*p == '/') {
            io.slash = 1;
            return 0;
        }
        if (*p)
            break;
        rec_read();
        if (io.eof)
            return 0;
        io.need_sep = 0;
    }
    if (*p == ',') {                /* null value */
        io.pos++;
        return 2;
    }
    c = *p;
    if (c == '\'' || c == '"') {
        p++;
        *q++ = '\'';
        while (*p && n < 40) {
            if (*p == c) {
                if (p[1] != c)
                    break;
                p++;
            }
            *q++ = *p++;
            n++;
        }
        if (*p)
            p++;
    } else {
        while ((c = *p) && c != ' ' && c != ',' && c != '/' && n < 40) {
            *q++ = c;
            p++;
            n++;
        }
    }
    io.pos = (uint8_t)(p - io.rec);
    *q = 0;
    io.need_sep = 1;
    q = strchr(buf, '*');
    if (q && buf[0] != '\'' && is_digit(buf[0])) {
        *q = 0;
        io.rep = (uint16_t)atol_s(buf) - 1;
        strcpy(io.repval, q + 1);
        strcpy(buf, q + 1);
    }
    return 1;
}

/* converts text to the variable's type */
void parse_into(val_t *ref, const char *s, uint8_t len_known)
{
    val_t v;
    uint8_t t = ref->t & 0x7f;
    (void)len_known;
    if (t == T_CHAR) {
        v.t = T_CHAR;
        v.p = (uint8_t *)(s[0] == '\'' ? s + 1 : s);
        v.n = (uint16_t)strlen((const char *)v.p);
    } else if (t == T_LOG) {
        const char *p = s;
        if (*p == '.')
            p++;
        if (*p != 'T' && *p != 'F' && *p != 't' && *p != 'f')
            rt_error("bad LOGICAL input");
        v.t = T_LOG;
        v.u.i = *p == 'T' || *p == 't';
    } else {
        const char *e;
        v.t = t == T_DBL ? T_DBL : T_REAL;
        e = bcd_parse(&v.u.b, s, t == T_DBL ? 16 : 8);
        if (!e || *e)
            rt_error("bad number in input");
        if (t == T_INT) {
            const char *p = s;
            if (*p == '-' || *p == '+')
                p++;
            while (is_digit(*p))
                p++;
            if (*p)
                rt_error("bad integer in input");
        }
    }
    store_val(t, ref->p, ref->n, &v);
}

static void list_read(val_t *ref)
{
    char buf[84];
    uint8_t r;
    if (io.slash)
        return;
    r = list_value(buf);
    if (r == 1)
        parse_into(ref, buf, 0);
}

/* ---- statements ---- */
void io_start(uint8_t mode, val_t *unit, uint8_t *fmt, uint16_t fmtlen)
{
    memset(&io, 0, sizeof(io));
    io.mode = mode;
    io.end_pc = io_end_label;
    io.unit = (int16_t)to_long(unit);
    if (mode & M_DATA) {
        io.src = fmt;
        io.srclen = fmtlen;
    }
    io.fmt = (mode & M_LIST) ? 0 : fmt;
    io.fmtlen = fmtlen;
    if (io.unit >= 0 && io.unit != 5 && io.unit != 6)
        file_check(io.unit, mode & M_WRITE);
    if (io.fmt)
        fmt_start();
    else if (mode & M_WRITE)
        rec_put(' ');
    if (!(mode & M_WRITE) && !(mode & M_DATA) && (mode & M_LIST))
        rec_read();
    if (!(mode & M_WRITE) && io.fmt)
        rec_read();
    if (mode & M_DATA)
        rec_read();
}

void io_item(val_t *v)
{
    if (io.eof)
        return;
    if (io.mode & M_WRITE) {
        if (v->t & 0x80)
            load_val(v, v->t & 0x7f, v->p, v->n);
        if (io.fmt)
            fmt_item(v);
        else
            list_write(v);
    } else {
        if (!(v->t & 0x80))
            rt_error("READ into an expression");
        if (io.fmt)
            fmt_item(v);
        else
            list_read(v);
    }
    io.items++;
}

void io_end(void)
{
    if (io.fmt)
        fmt_finish();
    if (io.mode & M_WRITE)
        rec_flush();
}
