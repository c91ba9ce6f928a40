/* stmt.c - running statements: the dispatcher and the flow-control statements. */
#include <string.h>
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

static frame_t cstack[CSTACK];
static uint8_t csp;
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

static void skip_line(void)
{
    while (*txt) {
        txt++;
    }
}

static uint8_t jumped;   /* txt moved elsewhere: no end-of-statement check */

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

static void do_return(void)
{
    while (csp && cstack[csp - 1].type != F_GOSUB) {
        csp--;
    }
    if (!csp) {
        error(E_RG);
    }
    csp--;
    txt = cstack[csp].txt;
    cur_line = cstack[csp].line;
    skip_statement();   /* the rest of ON..GOSUB's list */
}

static void do_for(void)
{
    float *v = find_var(1);
    float limit, step = 1.0f;
    uint8_t i;
    frame_t *f;
    if (etype) {
        error(E_TM);
    }
    if ((uint8_t *)v >= arr_start) {
        error(E_SN);    /* the loop variable must be a simple variable */
    }
    expect('=');
    *v = eval_num();
    expect(T_TO);
    limit = eval_num();
    if (accept(T_STEP)) {
        step = eval_num();
    }
    /* as in Microsoft's BASIC, running the same FOR again (same variable, same place)
     * replaces its loop and those inside it; another FOR on the variable nests */
    for (i = csp; i-- > 0;) {
        if (cstack[i].type == F_FOR && cstack[i].var == v && cstack[i].txt == txt) {
            csp = i;
            break;
        }
    }
    if (csp == CSTACK) {
        error(E_OM);
    }
    f = &cstack[csp];
    f->limit = limit;
    f->step = step;
    f->var = v;
    push_frame(F_FOR);
}

static void do_next(void)
{
    frame_t *f;
    float *v;
    uint8_t *sb;
    for (;;) {
        uint8_t c = next_char();
        v = 0;
        if (c >= 'A' && c <= 'Z') {
            v = find_var(1);
            if (etype) {
                error(E_TM);
            }
        }
        for (;;) {
            if (!csp || cstack[csp - 1].type != F_FOR) {
                error(E_NF);
            }
            f = &cstack[csp - 1];
            if (!v || f->var == v) {
                break;
            }
            csp--;
        }
        *f->var += f->step;
        /* the step's sign bit picks the test (-0, sign with exponent 0, counts as 0);
         * one float compare either way */
        sb = (uint8_t *)&f->step;
        if ((sb[3] & 0x80) && ((sb[3] & 0x7F) | (sb[2] & 0x80))
                ? !(*f->var < f->limit) : !(f->limit < *f->var)) {
            txt = f->txt;
            cur_line = f->line;
            return;
        }
        csp--;
        if (!accept(',')) {
            return;
        }
    }
}

/* After THEN or ELSE: a line number jumps, anything else is statements. */
static void then_part(void)
{
    uint8_t c = next_char();
    if (IS_NUM_START(c)) {
        go_line(parse_linenum());
    }
}

static void do_if(void)
{
    float cond = eval_num();
    uint8_t c = next_char();
    if (c != T_THEN && c != T_GOTO) {
        error(E_SN);
    }
    jumped = 1;
    if (cond != 0.0f) {
        txt++;
        if (c == T_GOTO) {
            go_line(parse_linenum());
        } else {
            then_part();
        }
        return;
    }
    /* false: run what follows ELSE on this line, if any */
    {
        uint8_t quote = 0;
        while ((c = *txt) != 0) {
            txt++;
            if (c == '"') {
                quote ^= 1;
            } else if (c == T_ELSE && !quote) {
                then_part();
                return;
            }
        }
    }
}

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

static void do_stop(uint8_t is_end)
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

static void do_let(void)
{
    float *v = find_var(1);
    uint8_t t = etype;
    expect('=');
    eval();
    if (etype != t) {
        error(E_TM);
    }
    if (t) {
        str_assign((str_t *)v, &sac);
    } else {
        *v = fac;
    }
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

static void statement(uint8_t tok)
{
    uint16_t a;
    txt++;
    switch (tok) {
    case T_END: do_stop(1); break;
    case T_FOR: do_for(); break;
    case T_NEXT: do_next(); break;
    case T_DATA: skip_statement(); break;
    case T_INPUT: do_input(); break;
    case T_DIM: dim_array(); break;
    case T_READ: do_read(); break;
    case T_LET: do_let(); break;
    case T_GOTO: go_line(parse_linenum()); break;
    case T_RUN: do_run(); break;
    case T_IF: do_if(); break;
    case T_RESTORE:
        if (IS_NUM_START(next_char())) {
            restore_line(parse_linenum());
        } else {
            restore_data();
        }
        break;
    case T_GOSUB:
        a = parse_linenum();
        do_gosub(a);
        break;
    case T_RETURN: do_return(); break;
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
        txt = cont_txt;
        cur_line = cont_line;
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

void run_statements(void)
{
    uint8_t c, *traced = 0;
    for (;;) {
        if (break_pending()) {
            if (cur_line) {
                do_stop(0);
            }
            error(E_BREAK);
        }
        if (str_bottom < str_gc_at) {
            str_collect();
        }
        c = next_char();
        if (c == ':') {
            txt++;
            continue;
        }
        if (c == 0) {
            if (!cur_line) {
                return;
            }
            cur_line += cur_line[0];
            if (!cur_line[0]) {
                cur_line = 0;
                return;
            }
            txt = LINE_TEXT(cur_line);
            continue;
        }
        if (trace && cur_line != traced && cur_line) {
            traced = cur_line;
            out_char('[');
            out_str(format_number((float)LINE_NUM(cur_line)) + 1);
            out_char(']');
        }
        jumped = 0;
        if (c >= T_FIRSTSTMT && c <= T_LASTSTMT) {
            statement(c);
        } else if (c >= 'A' && c <= 'Z') {
            do_let();
        } else {
            error(E_SN);
        }
        if (jumped) {
            continue;
        }
        c = next_char();
        if (c != 0 && c != ':' && c != T_ELSE) {
            error(E_SN);
        }
        if (c == T_ELSE) {
            skip_line();
        }
    }
}
