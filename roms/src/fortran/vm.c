/* vm.c - the byte-code executor: a value stack and a loop over the operations.
 * On the Z80 the simple cases (INTEGER/REAL/LOGICAL loads and stores, INTEGER + - and
 * comparisons, jumps, INTEGER DO loops) run in the assembly loop of vmfast.c; this file
 * does everything else with the generic typed helpers of arith.c, and vmops.c holds the
 * rare operations. */
#include <string.h>
#include "vm.h"
#include "io.h"

val_t vstack[VSTACK];
val_t *vsp;
uint8_t *pc;
uint8_t stop_flag;
uint8_t brk_wait;                   /* statements until the next Ctrl+C check */

#define BRK_EVERY 16
#define VSTACK_FULL (vsp >= vstack + VSTACK - 1)

uint8_t f8(void) { return *pc++; }

static uint16_t fw(void)
{
    uint16_t w = RDW(pc);
    pc += 2;
    return w;
}

void *fptr(void) { return W2P(fw()); }

val_t *push(void)
{
    if (VSTACK_FULL)
        rt_error("expression too complex");
    return ++vsp;
}

void push_int(int32_t x)
{
    val_t *v = push();
    v->t = T_INT;
    v->u.i = x;
}

void deref(val_t *v)
{
    if (v->t & 0x80)
        load_val(v, v->t & 0x7f, v->p, v->n);
}

val_t *pop(void)
{
    deref(vsp);
    return vsp--;
}

int32_t pop_int(void)
{
    return to_long(pop());
}

void pop2(void)
{
    deref(vsp);
    deref(vsp - 1);
}

void set_ref(val_t *v, sym_t *s, uint8_t *addr)
{
    v->t = s->t | 0x80;
    v->p = addr;
    v->n = s->clen;
}

/* address of an array element; the subscripts are on the stack (removed) */
static uint8_t *element(sym_t *s)
{
    uint8_t k = s->ndim;
    uint16_t off = 0, ext;
    int16_t lo;
    int32_t i;
    while (k--) {                       /* the last subscript is on top */
        deref(vsp);
        i = to_long(vsp--);
        lo = s->lo[k];
        ext = (uint16_t)(s->hi[k] - lo);
        i -= lo;                        /* 0 .. hi - lo when in range */
        if ((uint32_t)i > ext)
            rt_error("subscript out of range");
        off = off * (ext + 1) + (uint16_t)i;
    }
    return s->addr + off * type_size(s->t, s->clen);
}

static void store(void)
{
    sym_t *s;
    val_t *v = vsp--, *r;
    uint8_t t, *p;
    uint16_t n;
    deref(v);
    if (*pc++) {
        s = fptr();
        t = s->t;
        p = s->addr;
        n = s->clen;
    } else {
        r = vsp--;
        if (!(r->t & 0x80))
            rt_error("assignment to a value");
        t = r->t & 0x7f;
        p = r->p;
        n = r->n;
    }
    store_val(t, p, n, v);
}

/* DO: variable reference, start, end and step on the stack; count = (end - start + step) / step */
static void do_init(doslot_t *d)
{
    val_t *v = vsp - 3, t;
    uint8_t ty = v->t & 0x7f, k;
    for (k = 0; k < 3; k++) {
        deref(vsp - k);
        conv(vsp - k, ty);
    }
    d->var = v->p;
    d->t = ty;
    d->step = *vsp;
    store_val(ty, v->p, 4, vsp - 2);
    if (ty == T_INT ? !vsp->u.i : bcd_is_zero(&vsp->u.b))
        rt_error("DO step is zero");
    t = vsp[-1];
    arith(OP_SUB, &t, vsp - 2);
    arith(OP_ADD, &t, vsp);
    arith(OP_DIV, &t, vsp);
    conv(&t, T_INT);
    d->count = t.u.i;
    vsp -= 4;
}

/* end of a DO body: count down, step the variable, and go back into the body while
 * iterations remain (skipping the OP_DOTEST at the top), else to the exit */
static void do_inc(void)
{
    doslot_t *d;
    uint16_t w = fw();
    uint8_t *top = fptr();
    val_t t;
    pc = top;
    if (!w)                         /* DO label WHILE: no slot, just go back */
        return;
    d = W2P(w);
    load_val(&t, d->t, d->var, 0);
    arith(OP_ADD, &t, &d->step);
    store_val(d->t, d->var, 0, &t);
    if (--d->count > 0)
        pc += 5;
    else
        pc = W2P(RDW(top + 3));
}

/* REAL op REAL on the two top values, for vmfast.c (op is + - * or /) */
void real_op(uint8_t op)
{
    val_t *b = vsp--;
    bcd_check(bcd_op(op, &vsp->u.b, &b->u.b, 8));
}

static void line(void)
{
    err_line = fw();
    tpos = tbase;
    if (!brk_wait || !--brk_wait) {     /* vmfast.c leaves it at 0 for us */
        brk_wait = BRK_EVERY;
        check_break();
    }
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
    brk_wait = 1;
    io_trap = 0;
    if (setjmp(io_jmp)) {           /* an error in a trapped I/O statement */
        while (nframes > trap_frames)
            ret();
        vsp = trap_vsp;
        pc = trap_pc;
    }
    for (;;) {
        op = vm_fast();
        switch (op) {
        case OP_ADD: case OP_SUB: case OP_MUL: case OP_DIV: case OP_POW:
            v = vsp--;
            if ((v->t | vsp->t) & 0x80)
                deref(v), deref(vsp);
            arith(op, vsp, v);
            break;
        case OP_EQ: case OP_NE: case OP_LT: case OP_LE: case OP_GT: case OP_GE:
            v = vsp--;
            if ((v->t | vsp->t) & 0x80)
                deref(v), deref(vsp);
            b = compare(op, vsp, v);
            vsp->t = T_LOG;
            vsp->u.i = b;
            break;
        case OP_END:
            return;
        case OP_LINE:
            line();
            break;
        case OP_PUSHI:
            push_int(*(int32_t *)pc);
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
            v->n = *pc++;
            v->p = pc;
            pc += v->n;
            break;
        case OP_PUSHL:
            v = push();
            v->t = T_LOG;
            v->u.i = *pc++;
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
            v = vsp;
            deref(v);
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
            v = vsp;
            deref(v);
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
                pc += 2 * (compare3(OP_LT, v, &z) + 1);
                pc = fptr();
            }
            break;
        case OP_DOINIT:
            do_init(fptr());
            break;
        case OP_DOTEST:
            s = fptr();
            v = fptr();
            if (((doslot_t *)s)->count <= 0)
                pc = (uint8_t *)v;
            break;
        case OP_DOINC:
            do_inc();
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
            deref(vsp);
            conv(vsp, f8());
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
        case OP_IOTRAP: case OP_IOSTATUS: case OP_IOJUMP: case OP_PUSHLAB:
        case OP_PUSHU: case OP_CALLD: case OP_JMPVAR:
            trap_op(op);
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
