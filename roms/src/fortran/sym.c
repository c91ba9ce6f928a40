/* sym.c - memory arena, symbol tables, program units, storage allocation. */
#include <string.h>
#include "f77.h"

uint8_t *mem_lo, *mem_hi;
char *src_end;
uint8_t *code_p, *sym_lo, *imm_lo;
unit_t *units, *cur_unit;
uint8_t implicit_t[26];
common_t *commons;

void *arena_down(uint16_t n)
{
    if ((uint16_t)(sym_lo - code_p) < n + 2)
        fail("out of memory");
    sym_lo -= n;
    memset(sym_lo, 0, n);
    return sym_lo;
}

void *arena_up(uint16_t n)
{
    uint8_t *p = code_p;
    if ((uint16_t)(sym_lo - code_p) < n + 2)
        fail("out of memory");
    code_p += n;
    return p;
}

uint16_t type_size(uint8_t t, uint16_t clen)
{
    switch (t) {
    case T_INT: return 4;
    case T_REAL: return 6;
    case T_DBL: return 10;
    case T_LOG: return 1;
    }
    return clen;
}

sym_t *sym_find(const char *name)
{
    sym_t *s;
    for (s = cur_unit->syms; s; s = s->next)
        if (!strcmp(s->name, name))
            return s;
    return 0;
}

sym_t *sym_new(const char *name)
{
    sym_t *s = arena_down(sizeof(sym_t) + strlen(name));
    strcpy(s->name, name);
    s->t = implicit_t[name[0] - 'A'];
    s->clen = 1;
    s->count = 1;
    s->next = cur_unit->syms;
    cur_unit->syms = s;
    return s;
}

sym_t *sym_get(const char *name)
{
    sym_t *s = sym_find(name);
    return s ? s : sym_new(name);
}

unit_t *unit_find(const char *name)
{
    unit_t *u;
    for (u = units; u; u = u->next)
        if (!strncmp(u->name, name, 11))
            return u;
    return 0;
}

static void fill(uint8_t *p, uint16_t n, uint8_t t)
{
    memset(p, t == T_CHAR ? ' ' : 0, n);
}

/* storage of the unit's local variables; immediate mode allocates downwards */
void alloc_unit(unit_t *u)
{
    sym_t *s;
    uint16_t n;
    for (s = u->syms; s; s = s->next) {
        if (s->flags & (F_ALLOC | F_DUMMY) || s->kind > K_ARRAY)
            continue;
        n = type_size(s->t, s->clen) * s->count;
        if (s->flags & F_COMMON) {
            s->addr = s->com->addr + s->coff;
        } else {
            s->addr = imm_mode ? arena_down(n) : arena_up(n);
            fill(s->addr, n, s->t);
        }
        s->flags |= F_ALLOC;
    }
}

void alloc_commons(void)
{
    common_t *c;
    for (c = commons; c; c = c->next) {
        c->addr = arena_up(c->size);
        memset(c->addr, 0, c->size);
    }
}
