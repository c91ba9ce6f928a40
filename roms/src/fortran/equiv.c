/* equiv.c - EQUIVALENCE: storage shared by the variables of a unit.
 *
 * The items of a unit's EQUIVALENCE statements are kept until its END, when every array's
 * bounds are known. Then the items are joined into classes that share storage, each item's
 * variable getting a byte position within its class. A class with a COMMON member is laid
 * into that COMMON block (it may lengthen the block, never start before it); any other class
 * becomes a block of its own, unnamed, which the allocator treats as a COMMON block. */
#include <string.h>
#include "f77.h"

int32_t const_int(void);

typedef struct equiv {
    struct equiv *next;
    sym_t *s;
    uint8_t group, nsub;
    uint16_t line;          /* of its statement, for messages */
    int16_t sub[3];
    int16_t first;          /* substring start, 1 if none */
} equiv_t;

#define MAX_ITEMS 32

static equiv_t *items;      /* the unit's items, last first */
static uint8_t nitems, ngroups;

void equiv_reset(void)
{
    items = 0;
    nitems = ngroups = 0;
}

static int16_t small_const(void)
{
    int32_t v = const_int();
    if (v < -32768 || v > 32767)
        fail("EQUIVALENCE subscript out of range");
    return (int16_t)v;
}

static void item(void)
{
    char nm[32];
    equiv_t *e;
    if (nitems == MAX_ITEMS)
        fail("too many EQUIVALENCE items");
    if (!get_name(nm))
        expected("a name");
    e = arena_down(sizeof(equiv_t));
    e->s = sym_get(nm);
    if (e->s->flags & F_DUMMY || e->s->kind > K_ARRAY)
        fail("only local variables and arrays can be equivalenced");
    e->group = ngroups;
    e->line = err_line;
    e->nsub = 0;
    e->first = 1;
    if (accept('(')) {
        if (!accept(':')) {
            e->sub[0] = small_const();
            e->nsub = 1;
            if (accept(':')) {                  /* C(i:j): a substring of a scalar */
                e->first = e->sub[0];
                e->nsub = 0;
                goto substring_end;
            }
            while (accept(',')) {
                if (e->nsub == 3)
                    fail("too many subscripts");
                e->sub[e->nsub++] = small_const();
            }
            need(')');
            if (!accept('('))
                goto linked;
            if (!accept(':'))
                e->first = small_const(), need(':');
        }
substring_end:
        if (peek() != ')')
            const_int();                        /* the end does not move the start */
        need(')');
    }
linked:
    e->next = items;
    items = e;
    nitems++;
}

/* EQUIVALENCE (a, b, ...), (c, d, ...) */
void equivalence_stmt(void)
{
    if (imm_mode)
        fail("EQUIVALENCE only inside a program");
    do {
        uint8_t n = 0;
        need('(');
        do {
            item();
            n++;
        } while (accept(','));
        need(')');
        if (n < 2)
            fail("EQUIVALENCE needs two or more items");
        ngroups++;
    } while (accept(','));
}

/* byte offset of the item's element (and substring) within its variable */
static int16_t offset(equiv_t *e)
{
    sym_t *s = e->s;
    int32_t k = 0, stride = 1;
    uint8_t i;
    if (e->nsub) {
        if (s->kind != K_ARRAY)
            fail("EQUIVALENCE subscript on a name that is not an array");
        if (e->nsub == 1) {                     /* one subscript: the element's place in order */
            k = e->sub[0] - s->lo[0];
        } else {
            if (e->nsub != s->ndim)
                fail("wrong number of subscripts in EQUIVALENCE");
            for (i = 0; i < e->nsub; i++) {
                k += (e->sub[i] - s->lo[i]) * stride;
                stride *= s->hi[i] - s->lo[i] + 1;
            }
        }
        if (k < 0 || k >= (int32_t)s->count)
            fail("EQUIVALENCE subscript out of range");
    }
    if (e->first != 1 && (s->t != T_CHAR || e->first < 1 || e->first > (int16_t)s->clen))
        fail("bad substring in EQUIVALENCE");
    return (int16_t)(k * type_size(s->t, s->clen) + e->first - 1);
}

static void inconsistent(void)
{
    fail("inconsistent EQUIVALENCE");
}

void equiv_resolve(void)
{
    equiv_t *v[MAX_ITEMS], *e;
    int16_t pos[MAX_ITEMS], off[MAX_ITEMS], shift, base;
    uint8_t cls[MAX_ITEMS], i, j, k, c, n = 0;
    common_t *blk;
    uint16_t line = err_line;               /* the END's: the compile loop counts lines in it */
    for (e = items; e; e = e->next, n++) {
        v[n] = e;
        err_line = e->line;
        off[n] = offset(e);
        cls[n] = n;
        pos[n] = 0;                             /* where the item's variable starts in its class */
    }
    /* join: items of one group share their element; items of one variable share its start */
    for (i = 0; i < n; i++)
        for (j = 0; j < i; j++) {
            if (v[j]->group == v[i]->group)
                shift = pos[j] + off[j] - off[i] - pos[i];
            else if (v[j]->s == v[i]->s)
                shift = pos[j] - pos[i];
            else
                continue;
            if (cls[i] == cls[j]) {
                err_line = v[i]->line;
                if (shift)
                    inconsistent();
                continue;
            }
            c = cls[i];
            for (k = 0; k < n; k++)
                if (cls[k] == c)
                    cls[k] = cls[j], pos[k] += shift;
        }
    /* lay out each class, met at its first item */
    for (i = 0; i < n; i++) {
        for (j = 0; j < i && cls[j] != cls[i]; j++)
            ;
        if (j < i)
            continue;
        blk = 0;
        shift = 0;                              /* the class's lowest position */
        for (k = i; k < n; k++) {
            if (cls[k] != cls[i])
                continue;
            if (pos[k] < shift)
                shift = pos[k];
            err_line = v[k]->line;
            if (v[k]->s->flags & F_COMMON && v[k]->s->com->name[0] != 1) {
                if (blk && (blk != v[k]->s->com || base != v[k]->s->coff - pos[k]))
                    inconsistent();
                blk = v[k]->s->com;
                base = v[k]->s->coff - pos[k];
            }
        }
        if (!blk) {
            base = -shift;
            blk = arena_down(sizeof(common_t));
            memset(blk, 0, sizeof(common_t));
            blk->name[0] = 1;                   /* cannot be typed: no COMMON statement finds it */
            blk->next = commons;
            commons = blk;
        }
        for (k = i; k < n; k++) {
            sym_t *s = v[k]->s;
            uint16_t end;
            if (cls[k] != cls[i])
                continue;
            err_line = v[k]->line;
            if (pos[k] + base < 0)
                fail("EQUIVALENCE extends COMMON before its start");
            s->flags |= F_COMMON;
            s->com = blk;
            s->coff = pos[k] + base;
            end = s->coff + type_size(s->t, s->clen) * s->count;
            if (end > blk->size)
                blk->size = end;
        }
    }
    err_line = line;
}
