/* vmops.c - the less frequent byte-code operations: calls and returns, adjustable
 * dimensions, STOP/PAUSE, substrings, LOGICAL operators, concatenation, I/O statements,
 * and the temporary string buffer. The hot loop is in vm.c. */
#include <string.h>
#include "vm.h"
#include "io.h"

static struct { uint8_t *ret; unit_t *u; uint16_t tbase, argtop; } frames[FRAMES];
uint8_t nframes;
uint8_t tbuf[TEMP];
static uint8_t argbuf[ARGBUF];
uint16_t tpos, tbase, argtop;


uint8_t *temp_alloc(uint16_t n)
{
    uint8_t *p = tbuf + tpos;
    if (n > TEMP - tpos)
        rt_error("string too long");
    tpos += n;
    return p;
}

uint8_t *call(unit_t *u, uint8_t n, uint8_t *ret)
{
    uint8_t i;
    sym_t *d;
    val_t *a = vsp - n + 1;
    uint16_t size;
    if (n != u->nargs)
        rt_error("wrong number of arguments");
    if (u->active)
        rt_error("recursive call refused");
    frame_push(ret, u);
    for (i = 0; i < n; i++, a++) {
        d = u->args[i];
        if (d->t == T_CHAR && (a->t & 0x7f) == T_CHAR && (d->clen == 0 || (d->flags & F_ALLOC)))
            d->clen = a->n, d->flags |= F_ALLOC;
        if (a->t & 0x80) {
            d->addr = a->p;
        } else {
            size = type_size(d->t, d->clen);
            if (size > ARGBUF - argtop)
                rt_error("arguments too long");
            d->addr = argbuf + argtop;
            argtop += size;
            store_val(d->t, d->addr, d->clen, a);
        }
    }
    vsp -= n;
    tbase = tpos;
    u->active = 1;
    return u->code;
}

uint8_t *ret(void)
{
    unit_t *u;
    if (!nframes)
        return 0;
    nframes--;
    u = frames[nframes].u;
    tbase = frames[nframes].tbase;
    argtop = frames[nframes].argtop;
    if (u) {
        u->active = 0;
        if (u->kind == 2)
            load_val(push(), u->result->t, u->result->addr, u->result->clen);
    }
    return frames[nframes].ret;
}

void set_dim(sym_t *s, uint8_t k)
{
    uint8_t i;
    int32_t lo = 1, hi;
    int16_t *lo_of = s->lo, *hi_of = s->hi;
    deref(vsp);
    hi = to_long(vsp--);
    if (!(k & 0x80)) {
        deref(vsp);
        lo = to_long(vsp--);
    }
    k &= 0x7f;
    if (hi < lo)
        rt_error("bad array bounds");
    s->lo[k] = (int16_t)lo;
    s->hi[k] = (int16_t)hi;
    s->count = 1;
    for (i = 0; i <= k; i++)
        s->count *= (uint16_t)(hi_of[i] - lo_of[i] + 1);
}

void stop(uint8_t op)
{
    deref(vsp);
    if (vsp->t == T_CHAR && vsp->n == 0 && op == OP_STOP)
        return;
    out_s(op == OP_STOP ? "STOP " : "PAUSE ");
    fmt_val((char *)tbuf + tpos, vsp);
    out_s((char *)tbuf + tpos);
    out_nl();
}

void need_type(val_t *v, uint8_t t, const char *msg)
{
    if (v->t != t)
        rt_error(msg);
}

void substr(void)
{
    uint8_t b = f8();
    int32_t i = 1, j;
    val_t *base = vsp - ((b & 1) + ((b >> 1) & 1));
    if ((base->t & 0x7f) != T_CHAR)
        rt_error("substring of a non-CHARACTER value");
    j = base->n;
    if (b & 2)
        j = pop_int();
    if (b & 1)
        i = pop_int();
    if (i < 1 || j > base->n || i > j + 1)
        rt_error("substring out of range");
    base->p += i - 1;
    base->n = (uint16_t)(j - i + 1);
}

void logic(uint8_t op)
{
    uint8_t b, a;
    pop2();
    need_type(vsp, T_LOG, "LOGICAL operands expected");
    need_type(vsp - 1, T_LOG, "LOGICAL operands expected");
    b = vsp->u.i != 0;
    vsp--;
    a = vsp->u.i != 0;
    if (op == OP_AND) a = a && b;
    else if (op == OP_OR) a = a || b;
    else if (op == OP_EQV) a = a == b;
    else a = a != b;
    vsp->t = T_LOG;
    vsp->u.i = a;
}

void cat(void)
{
    val_t *x, *y;
    uint8_t *p;
    pop2();
    y = vsp--;
    x = vsp;
    need_type(x, T_CHAR, "CHARACTER operands expected");
    need_type(y, T_CHAR, "CHARACTER operands expected");
    p = temp_alloc(x->n + y->n);
    memcpy(p, x->p, x->n);
    memcpy(p + x->n, y->p, y->n);
    x->p = p;
    x->n += y->n;
}

void io_begin(void)
{
    uint8_t b = f8(), *f = 0;
    uint16_t fl = 0;
    val_t *v;
    io_end_label = 0;
    if (b & 8) {
        f = fptr();
        fl = (uint16_t)strlen((char *)f);
    }
    if (b & 16)
        io_end_label = fptr();
    if (b & 4) {
        v = pop();
        f = v->p;
        fl = v->n;
        if (v->t == T_INT) {        /* an ASSIGNed FORMAT label */
            f = assigned_label(v->u.i, '(');
            fl = (uint16_t)strlen((char *)f);
        }
    }
    io_start(b, pop(), f, fl);
}

void io_items(void)
{
    sym_t *s;
    uint16_t k, size;
    val_t t;
    if (!f8()) {
        io_item(vsp--);
        return;
    }
    s = fptr();
    size = type_size(s->t, s->clen);
    for (k = 0; k < s->count; k++) {
        set_ref(&t, s, s->addr + k * size);
        io_item(&t);
    }
}

void frame_push(uint8_t *ret, unit_t *u)
{
    if (nframes == FRAMES)
        rt_error("calls nested too deep");
    frames[nframes].ret = ret;
    frames[nframes].u = u;
    frames[nframes].tbase = tbase;
    frames[nframes].argtop = argtop;
    nframes++;
}

