/* stmt.c - running statements: the dispatcher and the flow-control statements. */
#include <string.h>
#include <stddef.h>
#include "basic.h"
#include "stmt.h"

#define F_FOR   1
#define F_GOSUB 2
#define CSTACK  24

typedef struct {
    uint8_t type;
    float *var;
    float limit, step;
    uint8_t *txt;
    uint8_t *line;
} frame_t;

frame_t cstack[CSTACK + 1];   /* exec.s reads the FOR frames (NEXT); loop.s may use the spare */
uint8_t csp;
uint8_t cont_ok;
static uint8_t *cont_txt, *cont_line;

void clear_all(void)
{
    clear_vars();
    csp = 0;
    cont_ok = 0;
    restore_data();
}

void skip_statement(void)
{
    uint8_t quote = 0, c;
    while ((c = *txt) != 0) {
        if (c == '"') {
            quote ^= 1;
        } else if (!quote && c == ':') {
            return;
        }
        txt++;
    }
}

void skip_line(void)
{
    while (*txt) {
        txt++;
    }
}

uint8_t jumped;   /* txt moved elsewhere: no end-of-statement check (exec.s) */

static void go_line(uint16_t num)
{
    uint8_t *p = find_line(num);
    if (!p[0] || LINE_NUM(p) != num) {
        error(E_UL);
    }
    cur_line = p;
    txt = LINE_TEXT(p);
    jumped = 1;
}

static void push_frame(uint8_t type)
{
    if (csp == CSTACK) {
        error(E_OM);
    }
    cstack[csp].type = type;
    cstack[csp].txt = txt;
    cstack[csp].line = cur_line;
    csp++;
}

static void do_gosub(uint16_t num)
{
    push_frame(F_GOSUB);
    go_line(num);
}

void do_next(void);   /* exec.s */
void do_let(void);    /* exec.s */

static void do_on(void)
{
    uint8_t n = eval_byte(), tok = next_char();
    uint16_t num;
    if (tok != T_GOTO && tok != T_GOSUB) {
        error(E_SN);
    }
    txt++;
    for (;;) {
        num = parse_linenum();
        if (--n == 0) {
            break;
        }
        if (!accept(',')) {
            return;   /* out of range: go on with the next statement */
        }
    }
    skip_statement();
    if (tok == T_GOSUB) {
        do_gosub(num);
    } else {
        go_line(num);
    }
}

static void do_run(void)
{
    uint8_t c = next_char();
    clear_all();
    if (IS_NUM_START(c)) {
        go_line(parse_linenum());
    } else if (c == '"') {
        do_load(2);
    } else {
        cur_line = prog_start;
        txt = LINE_TEXT(prog_start);
        if (!prog_start[0]) {
            txt = prog_start;   /* empty program: the end mark */
            cur_line = 0;
        }
    }
    jumped = 1;
}

void do_stop(uint8_t is_end)
{
    if (cur_line) {
        cont_ok = 1;
        cont_txt = txt;
        cont_line = cur_line;
    }
    if (!is_end) {
        error(E_BREAK);     /* "Break", in direct mode too */
    }
    cur_line = 0;
    txt = (uint8_t *)"";
}

static void do_def(void)
{
    uint8_t n0, n1 = 0;
    str_t *def;
    if (!cur_line) {
        error(E_ID);
    }
    expect(T_FN);
    skip_spaces();
    n0 = *txt;
    if (n0 < 'A' || n0 > 'Z') {
        error(E_SN);
    }
    txt++;
    while ((*txt >= 'A' && *txt <= 'Z') || (*txt >= '0' && *txt <= '9')) {
        if (!n1) {
            n1 = *txt;
        }
        txt++;
    }
    if (*txt == '$') {
        error(E_TM);    /* functions are numeric */
    }
    def = lookup_fn(n0, n1, 1);
    def->ptr = (char *)txt;
    expect('(');
    find_var(1);    /* the parameter exists from now on */
    if (etype) {
        error(E_TM);
    }
    expect(')');
    expect('=');
    skip_statement();
}

static void port_out(uint8_t port, uint8_t value) __naked
{
    (void)port;
    (void)value;
    __asm
        ld  c, a
        out (c), l
        ret
    __endasm;
}

static uint8_t port_read(uint8_t port) __naked
{
    (void)port;
    __asm
        ld  c, a
        in  a, (c)
        ret
    __endasm;
}

static void do_wait(void)
{
    uint8_t port = eval_byte(), mask, inv = 0;
    expect(',');
    mask = eval_byte();
    if (accept(',')) {
        inv = eval_byte();
    }
    while (!((port_read(port) ^ inv) & mask)) {
        if (break_pending()) {
            error(E_BREAK);
        }
    }
}

/* The statements exec.s does not run itself (txt at the token). */
void statement(uint8_t tok)
{
    uint16_t a;
    txt++;
    switch (tok) {
    case T_END: do_stop(1); break;
    case T_NEXT: do_next(); break;
    case T_DATA: skip_statement(); break;
    case T_INPUT: do_input(); break;
    case T_DIM: dim_array(); break;
    case T_READ: do_read(); break;
    case T_LET: do_let(); break;
    case T_RUN: do_run(); break;
    case T_RESTORE:
        if (IS_NUM_START(next_char())) {
            restore_line(parse_linenum());
        } else {
            restore_data();
        }
        break;
    case T_REM: case T_ELSE: skip_line(); break;
    case T_STOP: do_stop(0); break;
    case T_OUT:
        a = eval_byte();
        expect(',');
        port_out((uint8_t)a, eval_byte());
        break;
    case T_ON: do_on(); break;
    case T_NULL: out_nulls = eval_byte(); break;
    case T_WAIT: do_wait(); break;
    case T_DEF: do_def(); break;
    case T_POKE:
        a = eval_uint();
        expect(',');
        *(uint8_t *)a = eval_byte();
        break;
    case T_PRINT: do_print(); break;
    case T_CONT:
        if (!cont_ok) {
            error(E_CN);
        }
        txt = cont_txt;     /* (a statement's end, or an INPUT broken off) */
        cur_line = cont_line;
        jumped = 1;
        break;
    case T_LIST: do_list(); break;
    case T_CLEAR: do_clear(); break;
    case T_NEW: do_new(); txt = (uint8_t *)""; cur_line = 0; break;
    case T_WIDTH: out_width = eval_byte(); break;
    case T_TRON: trace = 1; break;
    case T_TROFF: trace = 0; break;
    case T_RENUM: do_renum(); break;
    case T_SAVE: do_save(); break;
    case T_LOAD: do_load(0); break;
    case T_MERGE: do_load(1); break;
    case T_FILES: case T_DIR: do_files(); break;
    case T_KILL: do_kill(); break;
    default: error(E_SN);
    }
}

/* Ctrl+C between statements (exec.s calls this when a byte is waiting). */
void stmt_break(void)
{
    if (break_pending()) {
        if (cur_line) {
            do_stop(0);
        }
        error(E_BREAK);
    }
}

uint8_t *traced;   /* TRON: the line last shown */

void trace_line(void)
{
    if (cur_line != traced && cur_line) {
        traced = cur_line;
        out_char('[');
        out_str(format_number((float)LINE_NUM(cur_line)) + 1);
        out_char(']');
    }
}

/* exec.s knows the frame layout and these token values */
typedef char exec_layout[(sizeof(frame_t) == 15 && offsetof(frame_t, var) == 1
    && offsetof(frame_t, limit) == 3 && offsetof(frame_t, step) == 7
    && offsetof(frame_t, txt) == 11 && offsetof(frame_t, line) == 13 && F_FOR == 1
    && T_NEXT == 0x82 && T_ELSE == 0x9C && T_LASTSTMT == 0xA5 && T_GOTO == 0x88
    && T_FOR == 0x81 && T_TO == 0xA7 && T_STEP == 0xAC && T_IF == 0x8A && T_GOSUB == 0x8C && T_RETURN == 0x8D && T_THEN == 0xAA && F_GOSUB == 2
    && CSTACK == 24) ? 1 : -1];
