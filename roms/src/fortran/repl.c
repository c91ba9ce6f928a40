/* repl.c - the prompt: console helpers, error reporting, line entry. */
#include <string.h>
#include "f77.h"
#include "io.h"

jmp_buf err_jmp;
static const char brk_msg[] = "stopped by Ctrl+C";
uint16_t err_line;
uint8_t imm_mode;
static uint8_t last_cr, entering;
static int pushed = -1;

/* between statements: Ctrl+C stops the program, any other key is kept for the next read */
void check_break(void)
{
    if (pushed < 0 && io_ready()) {
        pushed = io_getc();
        if (pushed == 3) {
            pushed = -1;
            rt_error(brk_msg);
        }
    }
}

static int next_key(void)
{
    int c = pushed;
    if (c >= 0) {
        pushed = -1;
        return c;
    }
    return io_getc();
}

void out_s(const char *s)
{
    while (*s) {
        if (*s == '\n')
            io_putc('\r');
        io_putc(*s++);
    }
}

void out_nl(void)
{
    io_putc('\r');
    io_putc('\n');
}

void ltoa_s(char *buf, int32_t v)
{
    char tmp[12];
    uint8_t n = 0;
    uint32_t u = v < 0 ? -(uint32_t)v : (uint32_t)v;
    if (v < 0)
        *buf++ = '-';
    do {
        tmp[n++] = (char)('0' + u % 10);
        u /= 10;
    } while (u);
    while (n)
        *buf++ = tmp[--n];
    *buf = 0;
}

int32_t atol_s(const char *s)
{
    int32_t v = 0;
    while (is_digit(*s))
        v = v * 10 + (*s++ - '0');
    return v;
}

void out_long(int32_t v)
{
    char buf[12];
    ltoa_s(buf, v);
    out_s(buf);
}

void out_u(uint16_t v)
{
    out_long(v);
}

static void report(const char *pre, const char *msg)
{
    if (err_line) {
        out_s(pre);
        out_u(err_line);
        out_s(": ");
    } else {
        out_s("Error: ");
    }
    out_s(msg);
}

void fail(const char *msg)
{
    report("Line ", msg);
    out_nl();
    longjmp(err_jmp, 1);
}

void expected(const char *what)
{
    report("Line ", "expected ");
    out_s(what);
    if (stmt_name) {
        out_s(" in ");
        out_s(stmt_name);
    }
    out_nl();
    longjmp(err_jmp, 1);
}

void rt_error(const char *msg)
{
    if (io_trap && msg != brk_msg) {
        io_trap = 0;
        if (!io_status)
            io_status = 1;
        io_msg = msg;
        longjmp(io_jmp, 1);
    }
    io_trap = 0;
    io.len = 0;
    report("Error at line ", msg);
    out_nl();
    longjmp(err_jmp, 1);
}

/* reads a line with echo; Ctrl+C stops a running program */
uint8_t read_line(char *buf, uint8_t size)
{
    uint8_t n = 0;
    int c;
    for (;;) {
        c = next_key();
        if (c < 0)
            c = 13;
        if (c == 10 && last_cr) {
            last_cr = 0;
            continue;
        }
        last_cr = c == 13;
        if (c == 13 || c == 10)
            break;
        if (c == 3) {
            out_nl();
            buf[0] = 0;
            rt_error(brk_msg);
        }
        if (c == 8 || c == 127) {
            if (n) {
                n--;
                out_s("\b \b");
            }
            continue;
        }
        if (c == 9)
            c = ' ';
        if (c < 32 || n >= size - 1)
            continue;
        buf[n++] = (char)c;
        io_putc((uint8_t)c);
    }
    buf[n] = 0;
    out_nl();
    return n;
}

/* nH after '(' ',' or '/' (FORMAT, DATA, CALL arguments): the n characters that follow */
static uint8_t hollerith(const char *s, char *p)
{
    const char *b = p;
    uint8_t n = 0;
    while (b > s && b[-1] == ' ')
        b--;
    if (b == s || (b[-1] != '(' && b[-1] != ',' && b[-1] != '/'))
        return 0;
    while (is_digit(*p))
        n = n * 10 + (*p++ - '0');
    return *p == 'H' || *p == 'h' ? n : 0;
}

/* upper case outside quotes and Hollerith text, '!' comments and trailing blanks removed */
static void normalise(char *s)
{
    char q = 0, *p;
    uint8_t n;
    for (p = s; *p; p++) {
        if (q) {
            if (*p == q)
                q = 0;
        } else if (*p == '\'' || *p == '"') {
            q = *p;
        } else if (is_digit(*p) && (p == s || !is_alnum(p[-1])) && (n = hollerith(s, p)) != 0) {
            while (*p != 'H' && *p != 'h')
                p++;
            *p = 'H';
            while (n-- && p[1])
                p++;
        } else if (*p == '!') {
            *p = 0;
            break;
        } else if (*p >= 'a' && *p <= 'z') {
            *p -= 32;
        }
    }
    while (p > s && p[-1] == ' ')
        *--p = 0;
}

/* a line laid out in columns: a comment mark, or columns 1-5 blank or a label */
static uint8_t fixed_form(const char *s)
{
    uint8_t i;
    if (*s == 'C' || *s == 'c' || *s == '*')
        return 1;
    for (i = 0; i < 5; i++)
        if (s[i] != ' ' && !is_digit(s[i]))
            return 0;
    return 1;
}

static uint8_t is_comment(const char *s)
{
    if (*s == '*')
        return 1;
    if (*s == 'c')                  /* lower case: "c" and a blank or a mark */
        return s[1] == ' ' || s[1] == 0 || (!is_alnum(s[1]) && (s[1] < 'a' || s[1] > 'z')
            && s[1] != '(' && s[1] != '=');
    if (*s != 'C')
        return 0;
    if (!is_alnum(s[1]) && s[1] != '(')
        return s[1] != '=' && !(s[1] == ' ' && s[2] == '=');
    /* C followed by letters: a comment unless it is a statement */
    cp = s;
    if (kw("CALL") || kw("CHARACTER") || kw("CLOSE") || kw("COMMON") || kw("CONTINUE"))
        return 0;
    {
        const char *p = s;
        while (is_alnum(*p))
            p++;
        while (*p == ' ')
            p++;
        if (*p == '(') {
            while (*p && *p != ')')
                p++;
            if (*p)
                p++;
            while (*p == ' ')
                p++;
        }
        return *p != '=';
    }
}

/* the commands without operands */
static const char *const plain_commands[4] = { "RUN", "LIST", "NEW", "DIR" };
static void (*const plain_actions[4])(void) = { prog_run, prog_list, prog_new, prog_dir };

static uint8_t command(const char *s)
{
    char nm[32];
    uint8_t i;
    for (i = 0; i < 4; i++) {
        cp = s;
        if (kw(plain_commands[i]) && at_end()) {
            plain_actions[i]();
            return 1;
        }
    }
    cp = s;
    if (kw("DELETE") && is_digit(peek())) {
        int32_t a = get_int(), b = a;
        if (accept('-'))
            b = get_int();
        need_end();
        prog_delete((uint16_t)a, (uint16_t)b);
        return 1;
    }
    cp = s;
    if ((kw("SAVE") || kw("LOAD")) && (peek() == '"' || peek() == '\'')) {
        char q = *cp++, save = s[0] == 'S';
        uint8_t n = 0;
        while (*cp && *cp != q && n < 31)
            nm[n++] = *cp++;
        nm[n] = 0;
        if (save)
            prog_save(nm);
        else
            prog_load(nm);
        return 1;
    }
    return 0;
}

/* a line of a file being loaded: always stored; 0 ends the file */
void load_line(char *buf)
{
    if (!buf) {
        entering = 0;
        return;
    }
    entering = 2;
    enter_line(buf);
}

/* a line typed or loaded: stored while a unit is being entered, else run */
void enter_line(char *buf)
{
    char *s = buf;
    uint8_t fixed_cont;
    uint8_t i;
    err_line = 0;
    for (i = 0; buf[i]; i++)
        if (buf[i] == '\t')
            buf[i] = ' ';
    if (i > 72 && fixed_form(buf))
        buf[72] = 0;                /* columns 73-80: card sequence numbers, ignored */
    if (buf[0] == '!' || buf[0] == '*' || ((buf[0] == 'c' || buf[0] == 'C') && is_comment(buf))) {
        /* kept (marked) so that LIST and SAVE show it; never compiled */
        memmove(buf + 1, buf, strlen(buf) + 1);
        buf[0] = COMMENT_MARK;
        prog_add(buf);
        return;
    }
    fixed_cont = strlen(buf) > 6 && !strncmp(buf, "     ", 5) && buf[5] != ' ' && buf[5] != '0';
    normalise(buf);
    while (*s == ' ')
        s++;
    if (!*s)
        return;
    if (entering && fixed_cont) {
        prog_append(buf + 6);
        return;
    }
    if (!entering) {
        char nm[32];
        uint8_t kind, t;
        uint16_t clen;
        if (command(s))
            return;
        cp = s;
        if (is_digit(*s) || parse_header(nm, &kind, &t, &clen))
            entering = 1;
    }
    if (entering) {
        prog_add(s);
        cp = s;
        {
            uint16_t l;
            get_label(&l);
        }
        if (end_kw()
            && entering == 1)
            entering = 0;
        return;
    }
    run_immediate(s);
}

char linebuf[REC_MAX + 8];

void repl(void)
{
    char *buf = linebuf;
    prog_new();
    out_s("RetroShield FORTRAN 77\n");
    out_u((uint16_t)(mem_hi - mem_lo));
    out_s(" bytes free\n");
    setjmp(err_jmp);
    recover();
    entering = 0;
    io.len = 0;
    io.mode = 0;
    err_line = 0;
    for (;;) {
        out_s("> ");
        read_line(buf, REC_MAX);
        enter_line(buf);
    }
}
