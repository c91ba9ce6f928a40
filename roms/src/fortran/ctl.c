/* ctl.c - labels, fixup chains and the block stack (IF, DO) of the unit being compiled;
 * DO loops (statements and the DO of implied-DO lists). */
#include "f77.h"
#include "ctl.h"

#define MAX_LABELS 80
static struct { uint16_t num; uint8_t *addr; uint8_t *chain; } labels[MAX_LABELS];
static uint8_t nlabels;
block_t blocks[MAX_BLOCKS];
uint8_t nblocks;

void labels_reset(void)
{
    nlabels = 0;
    nblocks = 0;
}

static uint8_t label_slot(uint16_t l)
{
    uint8_t i;
    for (i = 0; i < nlabels; i++)
        if (labels[i].num == l)
            return i;
    if (nlabels == MAX_LABELS)
        fail("too many labels");
    labels[nlabels].num = l;
    labels[nlabels].addr = 0;
    labels[nlabels].chain = 0;
    return nlabels++;
}

/* emits a 2-byte operand that will hold the label's address */
void emit_label(uint16_t l)
{
    uint8_t i = label_slot(l);
    if (labels[i].addr) {
        emit_ptr(labels[i].addr);
    } else {
        uint8_t *at = code_p;
        emit_ptr(labels[i].chain);
        labels[i].chain = at;
    }
}

void emit_chain(uint8_t **chain)
{
    uint8_t *at = code_p;
    emit_ptr(*chain);
    *chain = at;
}

void patch(uint8_t *chain, uint8_t *addr)
{
    uint8_t *next;
    while (chain) {
        uint16_t w = RDW(chain);
        next = w ? W2P(w) : 0;
        WRW(chain, P2W(addr));
        chain = next;
    }
}

void label_def_at(uint16_t l, uint8_t *addr)
{
    uint8_t i = label_slot(l);
    if (labels[i].addr)
        fail("label defined twice");
    labels[i].addr = addr;
    patch(labels[i].chain, addr);
    labels[i].chain = 0;
}

void label_def(uint16_t l)
{
    label_def_at(l, code_p);
}

void labels_check(void)
{
    uint8_t i;
    static char msg[24] = "undefined label ";
    if (nblocks)
        fail(blocks[nblocks - 1].kind == B_IF ? "missing END IF" : "missing end of DO loop");
    for (i = 0; i < nlabels; i++)
        if (!labels[i].addr) {
            uint16_t v = labels[i].num;
            char *p = msg + 21;
            *p = 0;
            do {
                *--p = '0' + v % 10;
                v /= 10;
            } while (v);
            {
                char *d = msg + 16;
                while (*p)
                    *d++ = *p++;
                *d = 0;
            }
            fail(msg);
        }
}

block_t *block_push(uint8_t kind)
{
    block_t *b;
    if (nblocks == MAX_BLOCKS)
        fail("blocks nested too deep");
    b = &blocks[nblocks++];
    b->kind = kind;
    b->next = 0;
    b->end = 0;
    b->label = 0;
    return b;
}

block_t *block_top(uint8_t kind, const char *what)
{
    if (!nblocks || blocks[nblocks - 1].kind != kind)
        fail(what);
    return &blocks[nblocks - 1];
}

/* after a labelled statement: close the DO loops that end on it */
void do_terminate(uint16_t l)
{
    block_t *b;
    uint8_t i;
    for (i = 0; i < nblocks; i++)
        if (blocks[i].kind == B_DOLAB && blocks[i].label == l)
            break;
    if (i == nblocks)
        return;
    while (nblocks && blocks[nblocks - 1].kind == B_DOLAB && blocks[nblocks - 1].label == l) {
        b = &blocks[--nblocks];
        emit(OP_DOINC);
        emit_ptr(b->slot);
        emit_ptr(b->top);
        patch(b->end, code_p);
    }
    if (i < nblocks)
        fail("DO loop ends inside a block");
}

uint8_t nblocks_open(void)
{
    return nblocks;
}

/* DO variable = start, end [, step]: the operands of OP_DOINIT (a step of 1 when left out) */
void do_bounds(void)
{
    ref_expr();
    need('=');
    expr();
    need(',');
    expr();
    if (accept(','))
        expr();
    else
        emit_pushi(1);
}

/* OP_DOINIT and the OP_DOTEST at the loop's top (*top), its exit chained to *exit */
doslot_t *do_start(uint8_t **top, uint8_t **exit)
{
    doslot_t *slot = arena_down(sizeof(doslot_t));
    emit(OP_DOINIT);
    emit_ptr(slot);
    *top = code_p;
    emit(OP_DOTEST);
    emit_ptr(slot);
    emit_chain(exit);
    return slot;
}

void do_loop(void)
{
    uint16_t l = 0;
    block_t *b;
    get_label(&l);
    accept(',');
    if (kw("WHILE")) {
        b = block_push(B_WHILE);
        b->label = l;
        b->top = code_p;
        need('(');
        expr();
        need(')');
        emit(OP_JZ);
        emit_chain(&b->end);
        if (l)
            b->kind = B_DOLAB, b->slot = 0;
        return;
    }
    b = block_push(l ? B_DOLAB : B_DO);
    b->label = l;
    do_bounds();
    need_end();
    b->slot = do_start(&b->top, &b->end);
}

void end_do(void)
{
    block_t *b;
    if (!nblocks || (blocks[nblocks - 1].kind != B_DO && blocks[nblocks - 1].kind != B_WHILE))
        fail("END DO without DO");
    b = &blocks[--nblocks];
    if (b->kind == B_DO) {
        emit(OP_DOINC);
        emit_ptr(b->slot);
        emit_ptr(b->top);
    } else {
        emit(OP_JMP);
        emit_ptr(b->top);
    }
    patch(b->end, code_p);
}
