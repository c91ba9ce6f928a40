/* renum.c - RENUM [new[,old[,step]]]: renumbers the lines from old on (default: all)
 * as new, new+step, ... (default 10, 10) and the line numbers after GOTO, GOSUB, THEN,
 * ELSE, RESTORE, RUN and in ON..GOTO/GOSUB lists. References to missing lines stay. */
#include <string.h>
#include "basic.h"
#pragma opt_code_size   /* off the speed-critical paths: smaller code */
#include "stmt.h"

static uint16_t r_new, r_old, r_step;

/* New number of line num, or num itself if it is not renumbered or missing. */
static uint16_t mapped(uint16_t num)
{
    uint8_t *p;
    uint16_t n = r_new;
    if (num < r_old) {
        return num;
    }
    for (p = prog_start; p[0]; p += p[0]) {
        if (LINE_NUM(p) < r_old) {
            continue;
        }
        if (LINE_NUM(p) == num) {
            return n;
        }
        if (LINE_NUM(p) > num) {
            break;
        }
        n += r_step;
    }
    return num;
}

/* Rewrites the references in one line; returns the line's new size. */
static uint8_t *fix_line(uint8_t *line)
{
    uint8_t *buf = (uint8_t *)input_buffer();
    uint8_t *p = LINE_TEXT(line), n = 0, c, quote = 0, after = 0;
    int16_t diff;
    while ((c = *p) != 0) {
        if (c == '"') {
            quote ^= 1;
        }
        if (!quote && after && c >= T_NUM6 && c <= T_NUM16) {
            n = (uint8_t)(put_num_token(buf + n, mapped(num_token(&p))) - buf);
            continue;
        }
        if (!quote && after && c >= '0' && c <= '9') {
            uint16_t num = 0;
            char *s;
            while (*p >= '0' && *p <= '9') {
                num = num * 10 + (*p++ - '0');
            }
            s = format_number((float)mapped(num)) + 1;
            while (*s && n < 250) {
                buf[n++] = *s++;
            }
            continue;
        }
        if (!quote && (c == T_REM || c == T_DATA)) {
            after = 0;
            while (*p && n < 250) {
                buf[n++] = *p++;
            }
            break;
        }
        if (c >= 0x80) {
            after = c == T_GOTO || c == T_GOSUB || c == T_THEN || c == T_ELSE
                || c == T_RESTORE || c == T_RUN;
        } else if (c != ' ' && c != ',') {
            after = 0;
        }
        if (n >= 250) {
            error(E_LS);
        }
        buf[n++] = c;
        p++;
    }
    buf[n++] = 0;
    diff = (int16_t)(n + 3) - line[0];
    if (diff > 0 && (uint16_t)(PROGRAM_CEILING - prog_end) < (uint16_t)diff + 64) {
        error(E_OM);
    }
    memmove(line + line[0] + diff, line + line[0], (uint16_t)(prog_end - (line + line[0])) + 1);
    prog_end += diff;
    line[0] = n + 3;
    memcpy(LINE_TEXT(line), buf, n);
    return line + line[0];
}

void do_renum(void)
{
    uint8_t *p;
    uint16_t n;
    uint32_t last;
    r_new = 10;
    r_step = 10;
    r_old = 0;
    if (IS_NUM_START(next_char())) {
        r_new = parse_linenum();
    }
    if (accept(',')) {
        if (IS_NUM_START(next_char())) {
            r_old = parse_linenum();
        }
        if (accept(',')) {
            r_step = parse_linenum();
        }
    }
    if (r_step == 0) {
        error(E_FC);
    }
    /* the new numbers must stay above the lines kept and below 65530 */
    n = 0;
    last = r_new;
    for (p = prog_start; p[0]; p += p[0]) {
        if (LINE_NUM(p) < r_old) {
            if (LINE_NUM(p) >= r_new) {
                error(E_FC);
            }
        } else {
            if (last > 65529) {
                error(E_FC);
            }
            last += r_step;
        }
    }
    for (p = prog_start; p[0];) {
        p = fix_line(p);
    }
    n = r_new;
    for (p = prog_start; p[0]; p += p[0]) {
        if (LINE_NUM(p) >= r_old) {
            LINE_NUM(p) = n;
            n += r_step;
        }
    }
    clear_all();
    cur_line = 0;
    txt = (uint8_t *)"";
}
