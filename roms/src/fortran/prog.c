/* prog.c - the stored program text, RUN (compile every unit, then execute) and
 * statements typed at the prompt. */
#include <string.h>
#include "f77.h"
#include "io.h"
#include "sdcard.h"

uint16_t nlines;
static unit_t imm_unit;
static uint8_t imm_implicit[26];
extern uint8_t *init_code[];
extern uint8_t ninit;
extern uint8_t unit_ended;
uint8_t parse_header(char *name, uint8_t *kind, uint8_t *t, uint16_t *clen);

static void implicit_default(uint8_t *t)
{
    uint8_t i;
    for (i = 0; i < 26; i++)
        t[i] = (i >= 'I' - 'A' && i <= 'N' - 'A') ? T_INT : T_REAL;
}

static void clear_vars(void)
{
    imm_lo = sym_lo = mem_hi;
    imm_unit.syms = 0;
    units = 0;
    commons = 0;
    implicit_default(imm_implicit);
}

void prog_new(void)
{
    src_end = (char *)mem_lo;
    nlines = 0;
    clear_vars();
}

char *line_at(uint16_t n)
{
    char *p = (char *)mem_lo;
    while (--n)
        p += strlen(p) + 1;
    return p;
}

static void room(uint16_t n)
{
    if ((uint16_t)(imm_lo - (uint8_t *)src_end) < n + 512)
        fail("out of memory");
}

void prog_add(const char *text)
{
    uint16_t n = (uint16_t)strlen(text) + 1;
    room(n);
    memcpy(src_end, text, n);
    src_end += n;
    nlines++;
}

/* a continuation: appended to the last statement line (comment lines may follow it) */
void prog_append(const char *text)
{
    uint16_t n = (uint16_t)strlen(text), k = nlines;
    char *end;
    while (k > 1 && *line_at(k) == COMMENT_MARK)
        k--;
    if (!k || *line_at(k) == COMMENT_MARK)
        return;
    room(n);
    end = line_at(k);
    end += strlen(end);
    memmove(end + n, end, src_end - end);
    memcpy(end, text, n);
    src_end += n;
}

/* a stored line as fixed form: the label in columns 1-5, the statement from column 7 */
void format_line(const char *p, char *out)
{
    uint8_t col = 0;
    if (*p == COMMENT_MARK) {
        strcpy(out, p + 1);
        return;
    }
    while (is_digit(*p)) {
        *out++ = *p++;
        col++;
    }
    while (*p == ' ')
        p++;
    while (col++ < 6)
        *out++ = ' ';
    strcpy(out, p);
}

void prog_list(void)
{
    char *buf = linebuf;
    uint16_t n;
    uint8_t k;
    char num[8];
    for (n = 1; n <= nlines; n++) {
        ltoa_s(num, n);
        for (k = (uint8_t)strlen(num); k < 4; k++)
            io_putc(' ');
        out_s(num);
        out_s("  ");
        format_line(line_at(n), buf);
        out_s(buf);
        out_nl();
    }
}

void prog_delete(uint16_t a, uint16_t b)
{
    char *from, *to;
    if (a < 1 || b < a || b > nlines)
        fail("no such line");
    from = line_at(a);
    to = line_at(b);
    to += strlen(to) + 1;
    memmove(from, to, src_end - to);
    src_end -= to - from;
    nlines -= b - a + 1;
}

static const char empty[] = "";
static char main_name[] = "MAIN";

static unit_t *new_unit(const char *name, uint8_t kind)
{
    unit_t *u = arena_down(sizeof(unit_t));
    if (unit_find(name))
        fail("unit defined twice");
    strncpy(u->name, name, 11);
    u->kind = kind;
    u->next = units;
    units = u;
    return u;
}

static uint8_t is_end(void)
{
    uint16_t l;
    get_label(&l);
    return end_kw();
}

/* the stored lines in turn, comments skipped, err_line their number (p = 0 and err_line = 0
 * for the first); 0 after the last, err_line staying at the last line's number */
static char *stmt_line(char *p)
{
    do {
        if (err_line == nlines)
            return 0;
        p = err_line++ ? p + strlen(p) + 1 : (char *)mem_lo;
    } while (*p == COMMENT_MARK);
    return p;
}

/* runs the DATA initialisations compiled so far, then the code at start */
static void run_code(uint8_t *start)
{
    uint8_t i;
    for (i = 0; i < ninit; i++)
        vm_run(init_code[i]);
    vm_run(start);
}

void prog_run(void)
{
    char *p, nm[32];
    uint8_t kind, t, in_unit = 0;
    uint16_t clen, l;
    unit_t *u, *mainu = 0, *cur = 0;
    clear_vars();
    imm_mode = 0;
    ninit = 0;
    code_p = (uint8_t *)src_end;
    for (err_line = 0, p = 0; (p = stmt_line(p)) != 0;) {
        cp = p;
        get_label(&l);
        if (parse_header(nm, &kind, &t, &clen)) {
            if (in_unit)
                fail("END missing before this unit");
            if (kind == 0 && mainu)
                fail("two main programs");
            u = new_unit(nm, kind);
            u->t = t;
            u->clen = clen;
            if (kind == 0)
                mainu = u;
            in_unit = 1;
            continue;
        }
        if (!in_unit) {
            if (mainu)
                fail("statement outside a program unit");
            mainu = new_unit(main_name, 0);
            in_unit = 1;
        }
        cp = p;
        if (is_end())
            in_unit = 0;
    }
    if (!mainu)
        fail("no main program");
    for (err_line = 0, p = 0; (p = stmt_line(p)) != 0;) {
        if (!cur) {
            cp = p;
            get_label(&l);
            if (parse_header(nm, &kind, &t, &clen)) {
                cur = unit_find(nm);
                compile_begin_unit(cur);
                continue;
            }
            cur = mainu;
            cp = empty;
            compile_begin_unit(cur);
        }
        compile_stmt(p, err_line);
        if (unit_ended) {
            compile_end_unit();
            unit_ended = 0;
            cur = 0;
        }
    }
    if (cur)
        fail("END missing");
    err_line = 0;
    alloc_commons();
    for (u = units; u; u = u->next)
        alloc_unit(u);
    run_code(mainu->code);
    clear_vars();
}

void run_immediate(const char *s)
{
    uint8_t *start;
    imm_mode = 1;
    cur_unit = &imm_unit;
    sym_lo = imm_lo;
    code_p = (uint8_t *)src_end;
    labels_reset();
    ninit = 0;
    memcpy(implicit_t, imm_implicit, 26);
    start = code_p;
    compile_stmt(s, 0);
    memcpy(imm_implicit, implicit_t, 26);
    if (unit_ended)
        fail("END outside a program");
    if (nblocks_open())
        fail("DO and block IF only inside a program");
    labels_check();
    emit(OP_END);
    alloc_unit(&imm_unit);
    imm_lo = sym_lo;
    run_code(start);
    imm_mode = 0;
}

/* after an error in a statement typed at the prompt its symbols stay valid */
void recover(void)
{
    sd_close();
    if (imm_mode)
        imm_lo = sym_lo;
    imm_mode = 0;
    unit_ended = 0;
}
