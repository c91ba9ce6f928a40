/* iocomp.c - compiling READ, WRITE, PRINT, DATA, OPEN, CLOSE, REWIND. */
#include <string.h>
#include "f77.h"
#include "ctl.h"
#include "io.h"


static uint8_t mode;
static uint16_t fmt_label, end_label, err_label;
static const char *iostat_at;
static uint8_t *trap_chain;

/* ERR=label or IOSTAT=variable (compiled after the statement); 1 if one was read */
static uint8_t trap_spec(void)
{
    uint8_t *c = code_p;
    if (kw("ERR=")) {
        if (!get_label(&err_label))
            expected("a label");
        return 1;
    }
    if (kw("IOSTAT=")) {
        iostat_at = cp;
        ref_expr();
        code_p = c;
        return 1;
    }
    return 0;
}

/* with ERR= or IOSTAT=, errors from here on (and END= too) resume after the statement;
 * n values of the statement are on the stack */
static void trap_begin(uint8_t n)
{
    if (!err_label && !iostat_at)
        return;
    mode &= ~M_END;
    trap_chain = 0;
    emit(OP_IOTRAP);
    emit_chain(&trap_chain);
    emit(n);
}

static void label_or_zero(uint16_t l)
{
    if (l)
        emit_label(l);
    else
        emit2(0);
}

static void trap_end(void)
{
    const char *save = cp;
    if (!err_label && !iostat_at)
        return;
    patch(trap_chain, code_p);
    if (iostat_at) {
        cp = iostat_at;
        ref_expr();
        cp = save;
        emit(OP_IOSTATUS);
        emit(OP_STORE);
        emit(0);
    }
    emit(OP_IOJUMP);
    emit(iostat_at != 0);
    label_or_zero(err_label);
    label_or_zero(end_label);
}

/* '*', a label or a CHARACTER expression */
static void format_spec(void)
{
    if (accept('*')) {
        mode |= M_LIST;
    } else if (is_digit(peek())) {
        get_label(&fmt_label);
        mode |= M_FMTLAB;
    } else {
        expr();
        mode |= M_FMTSTK;
    }
}

static void start(void)
{
    emit(OP_IOSTART);
    emit(mode);
    if (mode & M_FMTLAB)
        emit_label(fmt_label);
    if (mode & M_END)
        emit_label(end_label);
}

/* "name =" (not "==") at p: the control of an implied DO */
static uint8_t is_control(const char *p)
{
    while (*p == ' ')
        p++;
    if (!is_alpha(*p))
        return 0;
    while (is_alnum(*p))
        p++;
    while (*p == ' ')
        p++;
    return *p == '=' && p[1] != '=';
}

/* in the parenthesis at cp: the control "v = e1, e2 [, e3]" of an implied DO (0 if none) */
static const char *control_of(void)
{
    const char *p, *ctrl = 0;
    uint8_t depth = 0;
    for (p = cp + 1; *p; p++) {
        if (*p == '\'') {
            p++;
            while (*p && *p != '\'')
                p++;
        } else if (*p == '(') {
            depth++;
        } else if (*p == ')') {
            if (!depth)
                break;
            depth--;
        } else if (*p == ',' && !depth && is_control(p + 1)) {
            ctrl = p + 1;
        }
    }
    return ctrl;
}

static void item(void);
static void items_until(const char *end)
{
    do {
        item();
    } while (cp < end && accept(',') && cp < end);
}

static void implied(void)
{
    const char *p, *ctrl, *after;
    doslot_t *slot;
    uint8_t *top, *exit = 0;
    ctrl = control_of();
    p = cp + 1;
    cp = ctrl;
    do_bounds();
    need(')');
    after = cp;
    slot = do_start(&top, &exit);
    cp = p;
    items_until(ctrl - 1);
    emit(OP_DOINC);
    emit_ptr(slot);
    emit_ptr(top);
    patch(exit, code_p);
    cp = after;
}


static void item(void)
{
    const char *save = cp;
    char nm[32];
    sym_t *s;
    char c;
    if (peek() == '(' && control_of()) {
        implied();
        return;
    }
    if (get_name(nm) && (s = sym_find(nm)) != 0 && s->kind == K_ARRAY) {
        c = peek();
        if (c == ',' || c == ')' || c == '/' || c == 0) {
            emit(OP_IOITEM);
            emit(1);
            emit_ptr(s);
            return;
        }
    }
    cp = save;
    if (mode & M_WRITE)
        expr();
    else
        ref_expr();
    emit(OP_IOITEM);
    emit(0);
}

static void item_list(void)
{
    if (at_end())
        return;
    do
        item();
    while (accept(','));
}

/* (unit, fmt, END=, ...) */
static void control_list(void)
{
    uint8_t n = 0;
    need('(');
    do {
        if (kw("UNIT=") || (n == 0 && !is_control(cp))) {
            if (accept('*'))
                emit_pushi(-1);
            else
                expr();
        } else if (kw("FMT=") || (n == 1 && !is_control(cp))) {
            format_spec();
        } else if (kw("END=")) {
            get_label(&end_label);
            mode |= M_END;
        } else if (trap_spec()) {
        } else {
            expected("a unit or format");
        }
        n++;
    } while (accept(','));
    need(')');
    if (!(mode & (M_LIST | M_FMTLAB | M_FMTSTK)))
        mode |= M_LIST;
}

static uint8_t status_code(void)
{
    char buf[12];
    uint8_t n = 0;
    if (!accept('\''))
        expected("a quoted STATUS");
    while (*cp && *cp != '\'' && n < 11)
        buf[n++] = *cp++;
    buf[n] = 0;
    need('\'');
    if (!strcmp(buf, "OLD")) return 1;
    if (!strcmp(buf, "NEW")) return 2;
    if (!strcmp(buf, "REPLACE")) return 3;
    if (!strcmp(buf, "APPEND")) return 4;
    if (!strcmp(buf, "DELETE")) return 5;
    return 0;
}

static void open_stmt(void)
{
    uint8_t n = 0, st = 0, file = 0;
    need('(');
    do {
        if (kw("UNIT=") || n == 0) {
            expr();
        } else if (kw("FILE=")) {
            expr();
            file = 1;
        } else if (kw("STATUS=") || kw("POSITION=")) {
            uint8_t c = status_code();
            if (c)
                st = c;
        } else if (trap_spec()) {
        } else if (is_control(cp)) {
            uint8_t *c = code_p;
            while (*cp != '=')
                cp++;
            cp++;
            expr();
            code_p = c;
        } else {
            expected("an OPEN specifier");
        }
        n++;
    } while (accept(','));
    need(')');
    if (!file)
        fail("OPEN needs FILE=");
    emit_pushi(st);
    trap_begin(3);
    emit(OP_OPEN);
}

void compile_io(uint8_t which)
{
    mode = 0;
    err_label = end_label = 0;
    iostat_at = 0;
    if (which == 7) {
        do {
            const char *p;
            mode = M_FMTSTK | M_LIST | M_DATA;
            emit_pushi(-2);
            p = cp;
            while (*p && *p != '/')
                p++;
            if (!*p)
                expected("'/' in DATA");
            {
                const char *q = p + 1;
                uint8_t *len;
                while (*q && *q != '/') {
                    if (*q == '\'') {
                        q++;
                        while (*q && *q != '\'')
                            q++;
                    }
                    if (*q)
                        q++;
                }
                if (!*q)
                    expected("closing '/' in DATA");
                emit(OP_PUSHS);
                len = arena_up(1);
                *len = (uint8_t)(q - p - 1);
                memcpy(arena_up(*len), p + 1, *len);
                start();
                do
                    item();
                while (accept(','));
                need('/');
                cp = q + 1;
            }
            emit(OP_IOEND);
        } while (accept(',') || (peek() && is_alpha(peek())));
        return;
    }
    if (which == 4) {
        open_stmt();
        trap_end();
        return;
    }
    if (which == 5 || which == 6) {
        uint8_t paren = accept('(');
        kw("UNIT=");
        expr();
        while (paren && accept(',')) {
            if (kw("STATUS=")) {
                status_code();
            } else if (!trap_spec()) {
                while (*cp && *cp != ',' && *cp != ')')
                    cp++;
            }
        }
        if (paren)
            need(')');
        need_end();
        trap_begin(1);
        emit(OP_CLOSE);
        emit(which == 6);
        trap_end();
        return;
    }
    if (which == 1)
        mode = M_WRITE;
    if (which == 1 || (which == 0 && peek() == '(')) {
        control_list();
        accept(',');
    } else {
        emit_pushi(-1);
        format_spec();
        if (!at_end())
            need(',');
    }
    if (which == 2)
        mode |= M_WRITE;
    trap_begin(mode & M_FMTSTK ? 2 : 1);
    start();
    item_list();
    need_end();
    emit(OP_IOEND);
    trap_end();
}
