/* decl.c - program unit headers and specification statements. */
#include <string.h>
#include "f77.h"
#include "ctl.h"

void vm_eval(uint8_t *pc, val_t *out);

static sym_t *cmembers[48];
static uint8_t ncmembers;
uint8_t *init_code[24];
uint8_t ninit;

static int32_t const_int(void)
{
    val_t v;
    uint8_t *start = code_p;
    expr();
    emit(OP_END);
    vm_eval(start, &v);
    code_p = start;
    if (v.t != T_INT)
        expected("an integer constant");
    return v.u.i;
}

/* INTEGER, REAL, DOUBLE PRECISION, LOGICAL, CHARACTER[*n]; 0 if none */
uint8_t parse_type(uint16_t *clen)
{
    uint8_t t = 0;
    *clen = 1;
    if (kw("INTEGER")) t = T_INT;
    else if (kw("REAL")) t = T_REAL;
    else if (kw("DOUBLEPRECISION")) t = T_DBL;
    else if (kw("LOGICAL")) t = T_LOG;
    else if (kw("CHARACTER")) t = T_CHAR;
    else return 0;
    if (accept('*')) {
        if (accept('(')) {
            if (accept('*'))
                *clen = 0;
            else
                *clen = (uint16_t)const_int();
            need(')');
        } else {
            int32_t n = get_int();
            if (t == T_CHAR)
                *clen = (uint16_t)n;
            else if (t == T_REAL && n == 8)
                t = T_DBL;
        }
    }
    return t;
}

/* header of a program unit; create=1 in the first pass (only names) */
uint8_t parse_header(char *name, uint8_t *kind, uint8_t *t, uint16_t *clen)
{
    const char *save = cp;
    *t = 0;
    if (kw("PROGRAM")) {
        *kind = 0;
    } else if (kw("SUBROUTINE")) {
        *kind = 1;
    } else if (kw("BLOCKDATA")) {   /* kind 3: never called, its DATA run before the program */
        *kind = 3;
        if (!get_name(name))
            strcpy(name, "BLOCKDATA");
        return 1;
    } else {
        *t = parse_type(clen);
        if (!kw("FUNCTION")) {
            cp = save;
            return 0;
        }
        *kind = 2;
    }
    if (!get_name(name))
        expected("a name");
    return 1;
}

static void dims(sym_t *s)
{
    uint8_t n = 0;
    int32_t lo, hi;
    s->kind = K_ARRAY;
    s->count = 1;
    do {
        if (n == 3)
            fail("more than 3 dimensions");
        lo = 1;
        if (accept('*')) {
            hi = 32767;
            s->flags |= F_ADJ;
        } else if (s->flags & F_DUMMY) {
            uint8_t k = n | 0x80;
            expr();
            if (accept(':')) {
                expr();
                k = n;
            }
            emit(OP_SETDIM);
            emit_ptr(s);
            emit(k);
            s->flags |= F_ADJ;
            n++;
            continue;
        } else {
            hi = const_int();
            if (accept(':')) {
                lo = hi;
                hi = const_int();
            }
        }
        if (hi < lo)
            fail("bad array bounds");
        s->lo[n] = (int16_t)lo;
        s->hi[n] = (int16_t)hi;
        s->count *= (uint16_t)(hi - lo + 1);
        n++;
    } while (accept(','));
    need(')');
    s->ndim = n;
}

static void entity(uint8_t t, uint16_t clen, uint8_t com)
{
    char nm[32];
    sym_t *s;
    if (!get_name(nm))
        expected("a name");
    s = sym_get(nm);
    if (t) {
        s->t = t;
        s->clen = clen;
        s->flags |= F_TYPED;
    }
    if (accept('*') && t == T_CHAR) {
        if (accept('(')) {
            s->clen = accept('*') ? 0 : (uint16_t)const_int();
            need(')');
        } else {
            s->clen = (uint16_t)get_int();
        }
    }
    if (accept('('))
        dims(s);
    if (com) {
        if (s->flags & (F_COMMON | F_DUMMY))
            fail("bad COMMON member");
        if (ncmembers == 48)
            fail("too many COMMON members");
        s->flags |= F_COMMON;
        s->com = commons;
        cmembers[ncmembers++] = s;
    }
}

static void common_stmt(void)
{
    char nm[9];
    common_t *c;
    if (imm_mode)
        fail("COMMON only inside a program");
    do {
        strcpy(nm, "//");
        if (accept('/')) {
            if (!accept('/')) {
                get_name(nm);
                nm[8] = 0;
                need('/');
            }
        }
        for (c = commons; c; c = c->next)
            if (!strcmp(c->name, nm))
                break;
        if (!c) {
            c = arena_down(sizeof(common_t));
            strcpy(c->name, nm);
            c->next = commons;
        } else {
            /* move to the head so entity() finds it as the current block */
            common_t **pp = &commons;
            while (*pp != c)
                pp = &(*pp)->next;
            *pp = c->next;
            c->next = commons;
        }
        commons = c;
        do {
            entity(0, 0, 1);
            if (peek() == '/')
                break;
        } while (accept(','));
    } while (peek() == '/');
}

static void parameter_stmt(void)
{
    char nm[32];
    sym_t *s;
    val_t v;
    uint8_t *start;
    need('(');
    do {
        if (!get_name(nm))
            expected("a name");
        s = sym_get(nm);
        need('=');
        start = code_p;
        expr();
        emit(OP_END);
        vm_eval(start, &v);
        code_p = start;
        s->kind = K_PARAM;
        if (s->t == T_CHAR && v.t == T_CHAR && (s->clen == 0 || !(s->flags & F_TYPED)))
            s->clen = v.n;
        s->addr = arena_down(type_size(s->t, s->clen));
        store_val(s->t, s->addr, s->clen, &v);
        s->flags |= F_ALLOC;
    } while (accept(','));
    need(')');
}

static void implicit_stmt(void)
{
    uint8_t t;
    uint16_t clen;
    char a, b;
    if (kw("NONE")) {
        memset(implicit_t, 0, 26);
        return;
    }
    do {
        t = parse_type(&clen);
        if (!t)
            expected("a type");
        need('(');
        do {
            a = peek();
            cp++;
            b = a;
            if (accept('-')) {
                b = peek();
                cp++;
            }
            if (!is_alpha(a) || !is_alpha(b) || b < a)
                expected("a letter range");
            while (a <= b)
                implicit_t[a++ - 'A'] = t;
        } while (accept(','));
        need(')');
    } while (accept(','));
}

static void data_stmt(void)
{
    uint8_t *over = 0;
    if (ninit == 24)
        fail("too many DATA statements");
    emit(OP_JMP);
    emit_chain(&over);
    init_code[ninit++] = code_p;
    compile_io(7);
    emit(OP_END);
    patch(over, code_p);
}

uint8_t compile_decl(void)
{
    uint8_t t;
    uint16_t clen;
    const char *save = cp;
    if ((t = parse_type(&clen)) != 0) {
        if (kw("FUNCTION"))
            fail("FUNCTION inside a unit (END missing?)");
        accept(',');
        do
            entity(t, clen, 0);
        while (accept(','));
    } else if (kw("DIMENSION")) {
        do
            entity(0, 0, 0);
        while (accept(','));
    } else if (kw("COMMON")) {
        common_stmt();
    } else if (kw("PARAMETER")) {
        parameter_stmt();
    } else if (kw("IMPLICIT")) {
        implicit_stmt();
    } else if (kw("DATA")) {
        stmt_name = "DATA";
        data_stmt();
        return 1;
    } else if (kw("EXTERNAL")) {
        char nm[32];
        do {
            if (!get_name(nm))
                expected("a name");
            sym_get(nm)->flags |= F_EXT;
        } while (accept(','));
    } else if (kw("INTRINSIC") || kw("SAVE")) {
        while (*cp)
            cp++;
    } else {
        cp = save;
        return 0;
    }
    need_end();
    return 1;
}

/* start of a unit in pass 2: dummies, function result */
void compile_begin_unit(unit_t *u)
{
    char nm[32];
    sym_t *s;
    uint8_t i;
    cur_unit = u;
    u->syms = 0;
    u->code = code_p;
    u->nargs = 0;
    labels_reset();
    ncmembers = 0;
    for (i = 0; i < 26; i++)
        implicit_t[i] = (i >= 'I' - 'A' && i <= 'N' - 'A') ? T_INT : T_REAL;
    if (u->kind == 2) {
        s = sym_new(u->name);
        if (u->t) {
            s->t = u->t;
            s->clen = u->clen;
            s->flags |= F_TYPED;
        }
        u->result = s;
    }
    if (accept('(') && !accept(')')) {
        do {
            if (!get_name(nm) || u->nargs == 16)
                expected("a dummy argument");
            s = sym_new(nm);
            s->flags |= F_DUMMY;
            u->args[u->nargs++] = s;
        } while (accept(','));
        need(')');
    }
    need_end();
}

void compile_end_unit(void)
{
    uint8_t i, j;
    uint16_t off;
    sym_t *s;
    labels_check();
    for (i = 0; i < ncmembers; i++) {
        s = cmembers[i];
        off = 0;
        for (j = 0; j < i; j++)
            if (cmembers[j]->com == s->com)
                off += type_size(cmembers[j]->t, cmembers[j]->clen) * cmembers[j]->count;
        s->coff = off;
        off += type_size(s->t, s->clen) * s->count;
        if (off > s->com->size)
            s->com->size = off;
    }
    if (cur_unit->kind == 2 && cur_unit->result)
        cur_unit->t = cur_unit->result->t, cur_unit->clen = cur_unit->result->clen;
}
