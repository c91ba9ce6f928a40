/* vm.c - the byte-code executor: a value stack and a loop over the operations. */
#include <string.h>
#include "f77.h"
#include "io.h"

#define VSTACK 32
#define FRAMES 24
#define TEMP 256
#define ARGBUF 256

static val_t vstack[VSTACK];
val_t *vsp;
static struct { uint8_t *ret; unit_t *u; uint16_t tbase, argtop; } frames[FRAMES];
static uint8_t nframes;
static uint8_t *trap_pc, trap_frames;
static val_t *trap_vsp;
static uint8_t tbuf[TEMP], argbuf[ARGBUF];
static uint16_t tpos, tbase, argtop;
static uint16_t cur_line;
uint8_t stop_flag;

static uint16_t rd16(uint8_t *p) { return p[0] | (p[1] << 8); }
#define RDPTR(p) W2P(rd16(p))

void temp_reset(void) { tpos = tbase; }

uint8_t *temp_alloc(uint16_t n)
{
    uint8_t *p = tbuf + tpos;
    if (n > TEMP - tpos)
        rt_error("string too long");
    tpos += n;
    return p;
}

static val_t *push(void)
{
    if (vsp >= vstack + VSTACK - 1)
        rt_error("expression too complex");
    return ++vsp;
}

static void deref(val_t *v)
{
    if (v->t & 0x80)
        load_val(v, v->t & 0x7f, v->p, v->n);
}

/* address of an array element; the subscripts are on the stack */
static uint8_t *element(sym_t *s)
{
    uint8_t k = s->ndim;
    int32_t off = 0, i;
    val_t *sub = vsp - k + 1;
    while (k--) {
        deref(&sub[k]);
        i = to_long(&sub[k]);
        if (i < s->lo[k] || i > s->hi[k])
            rt_error("subscript out of range");
        off = off * (s->hi[k] - s->lo[k] + 1) + (i - s->lo[k]);
    }
    vsp -= s->ndim;
    return s->addr + (uint16_t)off * type_size(s->t, s->clen);
}

static void set_ref(val_t *v, sym_t *s, uint8_t *addr)
{
    v->t = s->t | 0x80;
    v->p = addr;
    v->n = s->clen;
}

static void do_init(doslot_t *d)
{
    val_t *v = vsp - 3;
    val_t t;
    uint8_t ty = v->t & 0x7f;
    deref(vsp - 2);
    deref(vsp - 1);
    deref(vsp);
    conv(vsp - 2, ty);
    conv(vsp - 1, ty);
    conv(vsp, ty);
    d->var = v->p;
    d->t = ty;
    d->step = *vsp;
    store_val(ty, v->p, 4, vsp - 2);
    if (ty == T_INT) {
        if (!vsp->u.i)
            rt_error("DO step is zero");
        d->count = (vsp[-1].u.i - vsp[-2].u.i + vsp->u.i) / vsp->u.i;
    } else {
        t = vsp[-1];
        arith(OP_SUB, &t, vsp - 2);
        arith(OP_ADD, &t, vsp);
        arith(OP_DIV, &t, vsp);
        conv(&t, T_INT);
        d->count = t.u.i;
    }
    vsp -= 4;
}

static void do_inc(doslot_t *d)
{
    val_t t;
    d->count--;
    if (d->t == T_INT) {
        *(int32_t *)d->var += d->step.u.i;
        return;
    }
    load_val(&t, d->t, d->var, 0);
    arith(OP_ADD, &t, &d->step);
    store_val(d->t, d->var, 0, &t);
}

static void frame_push(uint8_t *ret, unit_t *u);
static uint8_t *call(unit_t *u, uint8_t n, uint8_t *ret)
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

static uint8_t *ret(void)
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

static void set_dim(sym_t *s, uint8_t k)
{
    uint8_t i;
    int32_t lo = 1, hi;
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
        s->count *= (uint16_t)(s->hi[i] - s->lo[i] + 1);
}

static void stop(uint8_t op)
{
    deref(vsp);
    if (vsp->t == T_CHAR && vsp->n == 0 && op == OP_STOP)
        return;
    out_s(op == OP_STOP ? "STOP " : "PAUSE ");
    fmt_val((char *)tbuf + tpos, vsp);
    out_s((char *)tbuf + tpos);
    out_nl();
}

static uint8_t *pc;

static uint8_t f8(void) { return *pc++; }

static void *fptr(void)
{
    uint16_t w = rd16(pc);
    pc += 2;
    return W2P(w);
}

/* the top value, loaded if it is a reference */
static val_t *top(void)
{
    deref(vsp);
    return vsp;
}

static val_t *pop(void)
{
    deref(vsp);
    return vsp--;
}

static int32_t pop_int(void)
{
    return to_long(pop());
}

static void pop2(void)
{
    deref(vsp);
    deref(vsp - 1);
}

static void push_log(uint8_t b)
{
    val_t *v = vsp;
    v->t = T_LOG;
    v->u.i = b;
}

static void need_type(val_t *v, uint8_t t, const char *msg)
{
    if (v->t != t)
        rt_error(msg);
}

static void substr(void)
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

static void store(void)
{
    sym_t *s;
    val_t *v, *r;
    v = pop();
    if (f8()) {
        s = fptr();
        store_val(s->t, s->addr, s->clen, v);
        return;
    }
    r = vsp--;
    if (!(r->t & 0x80))
        rt_error("assignment to a value");
    store_val(r->t & 0x7f, r->p, r->n, v);
}

static void logic(uint8_t op)
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
    push_log(a);
}

static void cat(void)
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

static void io_begin(void)
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

static void io_items(void)
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

static void frame_push(uint8_t *ret, unit_t *u)
{
    if (nframes == FRAMES)
        rt_error("calls nested too deep");
    frames[nframes].ret = ret;
    frames[nframes].u = u;
    frames[nframes].tbase = tbase;
    frames[nframes].argtop = argtop;
    nframes++;
}

void vm_run(uint8_t *start)
{
    uint8_t op, b;
    val_t *v;
    sym_t *s;
    pc = start;
    vsp = vstack;
    nframes = 0;
    tpos = tbase = argtop = 0;
    io_trap = 0;
    if (setjmp(io_jmp)) {           /* an error in a trapped I/O statement */
        while (nframes > trap_frames)
            ret();
        vsp = trap_vsp;
        pc = trap_pc;
    }
    for (;;) {
        op = f8();
        if (op >= OP_ADD && op <= OP_POW) {
            pop2();
            arith(op, vsp - 1, vsp);
            vsp--;
            continue;
        }
        if (op >= OP_EQ && op <= OP_GE) {
            pop2();
            b = compare(op, vsp - 1, vsp);
            vsp--;
            push_log(b);
            continue;
        }
        switch (op) {
        case OP_END:
            return;
        case OP_LINE:
            cur_line = err_line = rd16(pc);
            pc += 2;
            tpos = tbase;
            check_break();
            break;
        case OP_PUSHI:
            v = push();
            v->t = T_INT;
            memcpy(&v->u.i, pc, 4);
            pc += 4;
            break;
        case OP_PUSHR:
        case OP_PUSHD:
            v = push();
            b = op == OP_PUSHR ? 6 : 10;
            v->t = op == OP_PUSHR ? T_REAL : T_DBL;
            memset(&v->u.b, 0, sizeof(bcd_t));
            memcpy(&v->u.b, pc, b);
            pc += b;
            break;
        case OP_PUSHS:
            v = push();
            v->t = T_CHAR;
            v->n = f8();
            v->p = pc;
            pc += v->n;
            break;
        case OP_PUSHL:
            push();
            push_log(f8());
            break;
        case OP_LOAD:
            s = fptr();
            load_val(push(), s->t, s->addr, s->clen);
            break;
        case OP_LOADA:
            s = fptr();
            {
                uint8_t *a = element(s);
                load_val(push(), s->t, a, s->clen);
            }
            break;
        case OP_REF:
            s = fptr();
            set_ref(push(), s, s->addr);
            break;
        case OP_REFA:
            s = fptr();
            {
                uint8_t *a = element(s);
                set_ref(push(), s, a);
            }
            break;
        case OP_SUBSTR:
            substr();
            break;
        case OP_STORE:
            store();
            break;
        case OP_NEG:
            v = top();
            if (v->t == T_INT)
                v->u.i = -v->u.i;
            else if (v->t == T_REAL || v->t == T_DBL)
                bcd_neg(&v->u.b);
            else
                rt_error("minus of a non-number");
            break;
        case OP_AND: case OP_OR: case OP_EQV: case OP_NEQV:
            logic(op);
            break;
        case OP_NOT:
            v = top();
            need_type(v, T_LOG, "LOGICAL operand expected");
            v->u.i = !v->u.i;
            break;
        case OP_CAT:
            cat();
            break;
        case OP_JMP:
            pc = fptr();
            break;
        case OP_JZ:
            v = pop();
            need_type(v, T_LOG, "LOGICAL expression expected");
            s = fptr();
            if (!v->u.i)
                pc = (uint8_t *)s;
            break;
        case OP_CGOTO:
            {
                int32_t k;
                b = f8();
                k = pop_int();
                if (k >= 1 && k <= b) {
                    pc += 2 * (k - 1);
                    pc = fptr();
                } else {
                    pc += 2 * b;
                }
            }
            break;
        case OP_AIF:
            {
                val_t z;
                v = pop();
                z.t = T_INT;
                z.u.i = 0;
                b = compare(OP_LT, v, &z) ? 0 : compare(OP_EQ, v, &z) ? 1 : 2;
                pc += 2 * b;
                pc = fptr();
            }
            break;
        case OP_DOINIT:
            do_init(fptr());
            break;
        case OP_DOTEST:
            s = fptr();
            if (((doslot_t *)s)->count <= 0)
                pc = fptr();
            else
                pc += 2;
            break;
        case OP_DOINC:
            do_inc(fptr());
            pc = fptr();
            break;
        case OP_CALL:
            s = fptr();
            b = f8();
            pc = call((unit_t *)s, b, pc);
            break;
        case OP_RET:
            pc = ret();
            if (!pc)
                return;
            break;
        case OP_SFCALL:
            s = fptr();
            frame_push(pc, 0);
            pc = (uint8_t *)s;
            break;
        case OP_SFRET:
            conv(top(), f8());
            pc = ret();
            break;
        case OP_INTR:
            op = f8();
            b = f8();
            {
                uint8_t k;
                for (k = 0; k < b; k++)
                    deref(vsp - k);
            }
            intrinsic(op, b, vsp - b + 1);
            vsp -= b - 1;
            break;
        case OP_SETDIM:
            s = fptr();
            set_dim(s, f8());
            break;
        case OP_STOP:
            stop(op);
            return;
        case OP_PAUSE:
            stop(op);
            vsp--;
            out_s("Press RETURN to continue");
            {
                char tmp[4];
                read_line(tmp, 4);
            }
            break;
        case OP_IOSTART:
            io_begin();
            break;
        case OP_IOITEM:
            io_items();
            break;
        case OP_IOEND:
            io_end();
            if (io.eof)
                pc = io.end_pc;
            break;
        case OP_OPEN:
            deref(vsp - 2);
            deref(vsp - 1);
            file_open(vsp - 2, vsp - 1, (uint8_t)vsp->u.i);
            vsp -= 3;
            break;
        case OP_CLOSE:
            v = pop();
            file_close(v, f8());
            break;
        case OP_IOTRAP:
            trap_pc = fptr();
            trap_vsp = vsp - f8();
            trap_frames = nframes;
            io_status = 0;
            io_trap = 1;
            break;
        case OP_IOSTATUS:
            v = push();
            v->t = T_INT;
            v->u.i = io_status;
            break;
        case OP_IOJUMP:
            pc = io_resume(pc);
            break;
        case OP_PUSHLAB:
            v = push();
            v->t = T_INT;
            v->u.i = label_value(pc);
            pc += 2;
            break;
        case OP_PUSHU:              /* a procedure as an argument */
            v = push();
            v->t = T_INT | 0x80;
            v->p = fptr();
            break;
        case OP_CALLD:
            s = fptr();
            b = f8();
            {
                unit_t *u = proc_unit(s->addr, f8());
                pc = call(u, b, pc);
            }
            break;
        case OP_JMPVAR:
            pc = assigned_label(pop_int(), OP_LINE);
            break;
        default:
            rt_error("bad code");
        }
    }
}

void vm_eval(uint8_t *pc, val_t *out)
{
    vm_run(pc);
    deref(vsp);
    *out = *vsp;
}
