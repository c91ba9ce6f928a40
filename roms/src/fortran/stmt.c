/* stmt.c - executable statements to byte code. */
#include <string.h>
#include "f77.h"
#include "ctl.h"

const char *stmt_name;
uint8_t unit_ended;
extern uint8_t expr_depth;

/* name [(...)] [(...)] = ... with no comma after the '=' at level 0 (else a DO) */
static uint8_t is_assignment(void)
{
    const char *p = cp;
    uint8_t depth = 0, eq = 0;
    if (!is_alpha(peek()))
        return 0;
    p = cp;
    while (is_alnum(*p))
        p++;
    for (; *p; p++) {
        if (*p == '\'' || *p == '"') {
            char q = *p++;
            while (*p && *p != q)
                p++;
            if (!*p)
                return 0;
        } else if (*p == '(') {
            depth++;
        } else if (*p == ')') {
            depth--;
        } else if (depth == 0) {
            if (*p == '=' && !eq) {
                if (p[1] == '=')
                    return 0;
                eq = 1;
            } else if (*p == ',' && eq) {
                return 0;
            } else if (!eq && *p != ' ') {
                return 0;
            }
        }
    }
    return eq;
}

static void statement_function(sym_t *f)
{
    char nm[32];
    sym_t *d[8], *v;
    uint8_t n = 0, i;
    uint8_t *over = 0;
    stmt_name = "statement function (or an undeclared array)";
    emit(OP_JMP);
    emit_chain(&over);
    f->kind = K_SFUNC;
    f->addr = code_p;
    need('(');
    do {
        if (!get_name(nm) || n == 8)
            expected("a dummy argument");
        v = sym_find(nm);
        d[n] = sym_new(nm);
        if (v)
            d[n]->t = v->t, d[n]->clen = v->clen;
        n++;
    } while (accept(','));
    need(')');
    need('=');
    for (i = n; i-- > 0;) {
        emit(OP_STORE);
        emit(1);
        emit_ptr(d[i]);
    }
    expr();
    need_end();
    emit(OP_SFRET);
    emit(f->t);
    for (i = 0; i < n; i++)
        d[i]->name[0] = '#';
    patch(over, code_p);
}

static void assignment(void)
{
    const char *save = cp;
    char nm[32];
    sym_t *s;
    get_name(nm);
    s = sym_find(nm);
    if (peek() == '(' && !(s && (s->kind == K_ARRAY || (s->kind == K_VAR && s->t == T_CHAR)))) {
        if (!s)
            s = sym_new(nm);
        statement_function(s);
        return;
    }
    stmt_name = "assignment";
    if (s && s->kind == K_VAR && s->t != T_CHAR && accept('=')) {
        expr();                         /* scalar: store straight to the variable */
        emit(OP_STORE);
        emit(1);
        emit_ptr(s);
        need_end();
        return;
    }
    cp = save;
    ref_expr();
    need('=');
    expr();
    emit(OP_STORE);
    emit(0);
    need_end();
}

static void exec_stmt(void);
static uint8_t end_stmt(void);

static void if_stmt(void)
{
    uint8_t *skip = 0;
    block_t *b;
    uint16_t l;
    uint8_t i;
    need('(');
    expr();
    need(')');
    if (is_digit(peek())) {
        emit(OP_AIF);
        for (i = 0; i < 3; i++) {
            if (i)
                need(',');
            get_label(&l);
            emit_label(l);
        }
        need_end();
        return;
    }
    emit(OP_JZ);
    if (kw("THEN")) {
        need_end();
        b = block_push(B_IF);
        emit_chain(&b->next);
        return;
    }
    emit_chain(&skip);
    exec_stmt();
    patch(skip, code_p);
}

static void else_stmt(void)
{
    block_t *b = block_top(B_IF, "ELSE without IF");
    if (b->kind == 0)
        fail("ELSE after ELSE");
    emit(OP_JMP);
    emit_chain(&b->end);
    patch(b->next, code_p);
    b->next = 0;
    if (kw("IF")) {
        need('(');
        expr();
        need(')');
        if (!kw("THEN"))
            expected("THEN");
        emit(OP_JZ);
        emit_chain(&b->next);
    }
    need_end();
}

static void end_if(void)
{
    block_t *b = block_top(B_IF, "END IF without IF");
    need_end();
    patch(b->next, code_p);
    patch(b->end, code_p);
    nblocks--;
}

static void goto_stmt(void)
{
    uint16_t l;
    uint8_t n = 0, *cnt;
    const char *lab, *end;
    if (is_alpha(peek())) {         /* assigned GO TO var [, (labels)] */
        expr();
        if (accept(',') || peek() == '(') {
            while (*cp && *cp != ')')
                cp++;
            need(')');
        }
        need_end();
        emit(OP_JMPVAR);
        return;
    }
    if (peek() == '(') {
        lab = cp;
        while (*cp && *cp != ')')
            cp++;
        if (!*cp)
            expected("')'");
        cp++;
        accept(',');
        expr();
        need_end();
        end = cp;
        cp = lab + 1;
        emit(OP_CGOTO);
        cnt = arena_up(1);
        do {
            if (!get_label(&l))
                expected("a label");
            emit_label(l);
            n++;
        } while (accept(','));
        need(')');
        *cnt = n;
        cp = end;
        return;
    }
    if (!get_label(&l))
        expected("a label");
    need_end();
    emit(OP_JMP);
    emit_label(l);
}

/* ASSIGN label TO variable */
static void assign_stmt(void)
{
    uint16_t l;
    if (!get_label(&l))
        expected("a label");
    if (!kw("TO"))
        expected("TO");
    ref_expr();
    need_end();
    emit(OP_PUSHLAB);
    emit_label(l);
    emit(OP_STORE);
    emit(0);
}

static void call_stmt(void)
{
    char nm[32];
    unit_t *u;
    sym_t *s;
    uint8_t n = 0;
    if (!get_name(nm))
        expected("a subroutine name");
    u = unit_find(nm);
    s = sym_find(nm);
    if (s && (s->flags & F_DUMMY))
        u = 0;
    else if (!u || u->kind != 1)
        fail("undefined subroutine");
    if (accept('(') && !accept(')')) {
        do {
            call_arg();
            n++;
        } while (accept(','));
        need(')');
    }
    need_end();
    if (u)
        call_unit(u, n);
    else
        call_dummy(s, n, 1);
}

static void stop_stmt(uint8_t op)
{
    if (peek() == '\'' || is_digit(peek()))
        expr();
    else {
        emit(OP_PUSHS);
        emit(0);
    }
    need_end();
    emit(op);
}

static uint8_t end_stmt(void)
{
    const char *s = cp;
    if (end_kw())
        return 1;
    cp = s;
    return 0;
}

/* READ, WRITE, PRINT, OPEN, CLOSE, REWIND: compile_io's kind is the word's place here */
static const char io_words[] = "READ\0WRITE\0PRINT\0\0OPEN\0CLOSE\0REWIND\0";

static uint8_t io_stmt(void)
{
    const char *w = io_words;
    uint8_t kind;
    for (kind = 0; kind < 7; kind++, w += strlen(w) + 1)
        if (*w && kw(w)) {
            stmt_name = w;
            compile_io(kind);
            return 1;
        }
    return 0;
}

static void exec_stmt(void)
{
    if (is_assignment()) {
        assignment();
        return;
    }
    stmt_name = 0;
    if (compile_decl()) return;
    if (kw("ENDIF")) end_if();
    else if (end_stmt()) {
        while (*cp)
            cp++;
        emit(cur_unit->kind ? OP_RET : OP_END);
        unit_ended = 1;
    }
    else if (kw("ENDDO")) { need_end(); end_do(); }
    else if (kw("ELSE")) else_stmt();
    else if (kw("IF")) { stmt_name = "IF"; if_stmt(); }
    else if (kw("DO")) { stmt_name = "DO"; do_loop(); }
    else if (kw("GOTO")) { stmt_name = "GO TO"; goto_stmt(); }
    else if (kw("CONTINUE")) need_end();
    else if (kw("ASSIGN")) { stmt_name = "ASSIGN"; assign_stmt(); }
    else if (kw("CALL")) { stmt_name = "CALL"; call_stmt(); }
    else if (kw("RETURN")) { need_end(); emit(OP_RET); }
    else if (kw("STOP")) stop_stmt(OP_STOP);
    else if (kw("PAUSE")) stop_stmt(OP_PAUSE);
    else if (!io_stmt()) expected("a statement");
}

void compile_stmt(const char *text, uint16_t line)
{
    uint16_t label = 0;
    uint8_t *over = 0;
    cp = text;
    err_line = line;
    stmt_name = 0;
    expr_depth = 0;
    get_label(&label);
    if (kw("FORMAT")) {
        if (peek() != '(')
            expected("'(' after FORMAT");
        if (!label)
            fail("FORMAT without a label");
        emit(OP_JMP);
        emit_chain(&over);
        label_def_at(label, code_p);
        while (*cp)
            emit(*cp++);
        emit(0);
        patch(over, code_p);
        return;
    }
    if (label)
        label_def(label);
    emit(OP_LINE);
    emit2(line);
    exec_stmt();
    if (label)
        do_terminate(label);
}
