/* expr.c - expressions to byte code (reverse Polish), F77 precedence. */
#include <string.h>
#include "f77.h"

void emit(uint8_t b) { *(uint8_t *)arena_up(1) = b; }
void emit2(uint16_t w) { uint8_t *p = arena_up(2); WRW(p, w); }
void emit_ptr(void *p) { emit2(p ? P2W(p) : 0); }
void emit_pushi(int32_t v) { emit(OP_PUSHI); memcpy(arena_up(4), &v, 4); }

static void emit_op_sym(uint8_t op, sym_t *s) { emit(op); emit_ptr(s); }

static uint8_t dotop(const char *k)
{
    const char *save = cp;
    if (peek() == '.' && kw(k))
        return 1;
    cp = save;
    return 0;
}

/* 1 if the text at p is ".WORD." (an operator, not a decimal point) */
static uint8_t dot_word(const char *p)
{
    uint8_t n = 0;
    p++;
    while (*p >= 'A' && *p <= 'Z') {
        p++;
        n++;
    }
    return n >= 2 && *p == '.';
}

static void number(void)
{
    const char *s = cp, *p = cp;
    uint8_t real = 0, dbl = 0;
    bcd_t b;
    int32_t v = 0;
    while (is_digit(*p))
        p++;
    if (*p == '.' && !dot_word(p)) {
        real = 1;
        p++;
        while (is_digit(*p))
            p++;
    }
    if ((*p == 'E' || *p == 'D') && (is_digit(p[1]) || ((p[1] == '+' || p[1] == '-') && is_digit(p[2])))) {
        real = 1;
        dbl = *p == 'D';
        p += 2;
        while (is_digit(*p))
            p++;
    }
    if (!real) {
        v = atol_s(cp);
        cp = p;
        emit_pushi(v);
        return;
    }
    if (!bcd_parse(&b, s, dbl ? 16 : 8))
        expected("a number");
    cp = p;
    if (dbl) {
        emit(OP_PUSHD);
        memcpy(arena_up(10), &b, 10);
    } else {
        emit(OP_PUSHR);
        memcpy(arena_up(6), &b, 6);
    }
}

static void string(char q)
{
    uint8_t *len;
    emit(OP_PUSHS);
    len = arena_up(1);
    *len = 0;
    cp++;
    for (;;) {
        if (!*cp)
            expected("closing quote");
        if (*cp == q) {
            if (cp[1] != q)
                break;
            cp++;
        }
        emit(*cp++);
        (*len)++;
    }
    cp++;
}

/* names read here are used before any nested expression is compiled, so one
 * buffer serves every level (the Z80 stack is small) */
static char name_buf[32];

/* a variable that is the name of a FUNCTION (typed in the caller), not its own result */
static uint8_t is_fn(sym_t *s, const char *nm)
{
    unit_t *u;
    return s->kind == K_VAR && s != cur_unit->result && (u = unit_find(nm)) != 0 && u->kind == 2;
}

/* one actual argument: a reference where possible (by reference), else a value */
void call_arg(void)
{
    const char *save = cp;
    uint8_t *csave = code_p;
    sym_t *s;
    if (get_name(name_buf) && (peek() == ',' || peek() == ')')) {
        /* a procedure named in EXTERNAL (not a dummy: that one is passed on as it is) */
        unit_t *u = unit_find(name_buf);
        s = sym_find(name_buf);
        if (u && (!s || (s->flags & (F_EXT | F_DUMMY)) == F_EXT)) {
            emit(OP_PUSHU);
            emit_ptr(u);
            return;
        }
    }
    cp = save;
    if (get_name(name_buf) && (s = sym_find(name_buf)) != 0 && s->kind <= K_ARRAY && !is_fn(s, name_buf)) {
        if (s->kind == K_ARRAY && (peek() == ',' || peek() == ')')) {
            emit_op_sym(OP_REF, s);
            return;
        }
        cp = save;
        ref_expr();
        if (peek() == ',' || peek() == ')')
            return;
    }
    cp = save;
    code_p = csave;
    expr();
}

static uint8_t arglist(uint8_t byref)
{
    uint8_t n = 0;
    need('(');
    if (accept(')'))
        return 0;
    do {
        if (byref)
            call_arg();
        else
            expr();
        n++;
    } while (accept(','));
    need(')');
    return n;
}

void subscripts(sym_t *s)
{
    uint8_t n = 0;
    need('(');
    do {
        expr();
        n++;
    } while (accept(','));
    need(')');
    if (n != s->ndim)
        fail("wrong number of subscripts");
}

/* (i:j) after a CHARACTER reference */
static void substring(void)
{
    uint8_t f = 0;
    need('(');
    if (peek() != ':') {
        expr();
        f = 1;
    }
    need(':');
    if (peek() != ')') {
        expr();
        f |= 2;
    }
    need(')');
    emit(OP_SUBSTR);
    emit(f);
}

/* a call through a dummy argument that holds a procedure (kind 1 or 2) */
void call_dummy(sym_t *s, uint8_t n, uint8_t kind)
{
    emit(OP_CALLD);
    emit_ptr(s);
    emit(n);
    emit(kind);
}

void call_unit(unit_t *u, uint8_t n)
{
    emit(OP_CALL);
    emit_ptr(u);
    emit(n);
}

/* name in an expression; ref=1 compiles a reference */
static void name_term(uint8_t ref)
{
    char *nm = name_buf;
    sym_t *s;
    unit_t *u;
    uint8_t id, n;
    get_name(nm);
    s = sym_find(nm);
    if (peek() == '(' && !(s && (s->kind == K_ARRAY || (s->kind == K_VAR && s->t == T_CHAR && !is_fn(s, nm))))) {
        if (ref)
            expected("a variable");
        if (s && s->kind == K_SFUNC) {
            n = arglist(0);
            emit(OP_SFCALL);
            emit_ptr(s->addr);
            return;
        }
        if (s && (s->flags & F_DUMMY)) {
            call_dummy(s, arglist(1), 2);
            return;
        }
        u = unit_find(nm);
        if (u && u->kind == 2 && !(s && s->flags & F_TYPED && !u)) {
            call_unit(u, arglist(1));
            return;
        }
        id = intrinsic_find(nm);
        if (!id) {
            fail("undefined function or array");
        }
        n = arglist(0);
        emit(OP_INTR);
        emit(id);
        emit(n);
        return;
    }
    if (!s)
        s = sym_new(nm);
    if (s->kind == K_ARRAY) {
        if (peek() != '(')
            expected("subscripts");
        subscripts(s);
        emit_op_sym(ref || s->t == T_CHAR ? OP_REFA : OP_LOADA, s);
    } else if (s->kind == K_VAR || s->kind == K_PARAM) {
        if (ref && s->kind == K_PARAM)
            fail("cannot assign to a PARAMETER");
        emit_op_sym(ref || s->t == T_CHAR ? OP_REF : OP_LOAD, s);
    } else {
        expected("a variable");
    }
    if (s->t == T_CHAR && peek() == '(')
        substring();
}

void ref_expr(void)
{
    if (!is_alpha(peek()))
        expected("a variable");
    name_term(1);
}

static void primary(void)
{
    char c = peek();
    if (is_digit(c) || (c == '.' && is_digit(cp[1]))) {
        number();
    } else if (c == '\'' || c == '"') {
        string(c);
    } else if (dotop(".TRUE.")) {
        emit(OP_PUSHL);
        emit(1);
    } else if (dotop(".FALSE.")) {
        emit(OP_PUSHL);
        emit(0);
    } else if (accept('(')) {
        expr();
        need(')');
    } else if (is_alpha(c)) {
        name_term(0);
    } else {
        expected("an expression");
    }
}

/* binary operators by precedence (precedence climbing: one C frame per level of
 * parentheses, so expressions nest as deep as the machine stack allows) */
static const char *const binops[] = { ".EQV.", ".NEQV.", ".OR.", ".AND.",
    ".EQ.", ".NE.", ".LT.", ".LE.", ".GT.", ".GE.", "==", "/=", "<=", ">=", "<", ">",
    "//", "**", "+", "-", "*", "/" };
static const uint8_t bincodes[] = { OP_EQV, OP_NEQV, OP_OR, OP_AND,
    OP_EQ, OP_NE, OP_LT, OP_LE, OP_GT, OP_GE, OP_EQ, OP_NE, OP_LE, OP_GE, OP_LT, OP_GT,
    OP_CAT, OP_POW, OP_ADD, OP_SUB, OP_MUL, OP_DIV };
/* 1 EQV NEQV, 2 OR, 3 AND, (4 NOT), 5 relational, 6 //, 7 + -, 8 * /, 9 ** */
static const uint8_t binprec[] = { 1, 1, 2, 3, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 6, 9, 7, 7, 8, 8 };

static uint8_t binop(void)
{
    uint8_t i;
    const char *save;
    peek();
    save = cp;
    for (i = 0; i < sizeof bincodes; i++) {
        if (kw(binops[i]))
            return i + 1;
        cp = save;
    }
    return 0;
}

/* Expressions nest as deep as the machine stack allows: every operand checks that
 * STACK_RESERVE bytes are still free below it (for the deepest path to the next check,
 * number parsing and the error message). The host build counts levels instead. */
#define STACK_RESERVE 192

uint8_t expr_depth;

static void check_depth(void)
{
#if defined(__SDCC) && defined(ROM_MAP_STACK_TOP)
    uint8_t probe;
    if ((uint16_t)&probe < ROM_MAP_STACK_TOP - ROM_MAP_STACK_SIZE + STACK_RESERVE)
        fail("expression nested too deep");
#else
    if (expr_depth > 60)
        fail("expression nested too deep");
#endif
}

static void operand(uint8_t min)
{
    char c = peek();
    uint8_t i, p;
    const char *save;
    check_depth();
    if (c == '-' || c == '+') {
        cp++;
        operand(min < 8 ? 8 : 9);
        if (c == '-')
            emit(OP_NEG);
    } else if (dotop(".NOT.")) {
        operand(4);
        emit(OP_NOT);
    } else {
        primary();
    }
    /* the operators that bind at least as tightly as min */
    for (;;) {
        save = cp;
        i = binop();
        if (!i || (p = binprec[i - 1]) < min) {
            cp = save;
            return;
        }
        operand(p == 9 ? 9 : p + 1);
        emit(bincodes[i - 1]);
    }
}

uint8_t expr(void)
{
    expr_depth++;
    operand(1);
    expr_depth--;
    return 0;
}
