/* program.c - the stored program: line insertion and deletion, search, LIST, NEW,
 * CLEAR, RUN. */
#include <string.h>
#include "basic.h"
#pragma opt_code_size   /* off the speed-critical paths: smaller code */

/* First line whose number is >= num (the end mark if none). */
uint8_t *find_line(uint16_t num)
{
    uint8_t *p = prog_start;
    if (cur_line && LINE_NUM(cur_line) < num && cur_line[0]) {
        p = cur_line;
    }
    while (p[0] && LINE_NUM(p) < num) {
        p += p[0];
    }
    return p;
}

void insert_line(uint16_t num, uint8_t *text, uint8_t len)
{
    uint8_t *p, *save = cur_line;
    uint16_t total = (uint16_t)(prog_end - prog_start) + 1;
    cur_line = 0;
    p = find_line(num);
    cur_line = save;
    if (p[0] && LINE_NUM(p) == num) {
        uint8_t old = p[0];
        memmove(p, p + old, total - (uint16_t)(p - prog_start) - old);
        prog_end -= old;
    } else if (len <= 1) {
        error(E_UL);    /* a line number alone for a line that is not there */
    }
    if (len > 1) {
        uint16_t size = len + 3;
        if ((uint16_t)(PROGRAM_CEILING - prog_end) < size + 64) {
            clear_all();
            error(E_OM);
        }
        memmove(p + size, p, (uint16_t)(prog_end - p) + 1);
        p[0] = (uint8_t)size;
        LINE_NUM(p) = num;
        memcpy(p + 3, text, len);
        prog_end += size;
    }
    clear_all();
}

void do_new(void)
{
    prog_end = prog_start;
    prog_start[0] = 0;
    clear_all();
}

uint16_t parse_linenum(void)
{
    uint16_t n = 0;
    uint8_t c = next_char();
    if (c >= T_NUM6 && c <= T_NUM16) {
        n = num_token(&txt);
        if (n > 65529) {
            error(E_SN);
        }
        return n;
    }
    if (c < '0' || c > '9') {
        error(E_SN);
    }
    /* spaces between the digits belong to the number, as in Microsoft's (GOSUB 1 00) */
    while (((c = *txt) >= '0' && c <= '9') || c == ' ') {
        txt++;
        if (c == ' ') {
            continue;
        }
        if (n > 6552) {
            error(E_SN);
        }
        n = (n << 3) + (n << 1) + (c - '0');
        if (n > 65529) {
            error(E_SN);
        }
    }
    return n;
}

void do_list(void)
{
    uint16_t from = 0, to = 65535;
    uint8_t *p, c = next_char();
    if (IS_NUM_START(c)) {
        from = parse_linenum();   /* LIST n: from line n on, as Microsoft's 4.7 lists */
    }
    if (accept('-')) {
        c = next_char();
        if (IS_NUM_START(c)) {
            to = parse_linenum();
        }
    }
    c = 1;
    for (p = prog_start; p[0]; p += p[0]) {
        if (LINE_NUM(p) < from) {
            continue;
        }
        if (LINE_NUM(p) > to || break_pending()) {
            break;
        }
        if (c) {
            out_newline();  /* Microsoft's starts each listed line with a line end */
            c = 0;
        }
        list_line(p);
    }
}
