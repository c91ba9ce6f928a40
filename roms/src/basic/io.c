/* io.c - PRINT, INPUT, READ/DATA/RESTORE. */
#include <string.h>
#include "basic.h"
#pragma opt_code_size   /* off the speed-critical paths: smaller code */
#include "stmt.h"

#define ZONE 14
#define COMMA_LIMIT 28   /* as Microsoft's 4.7: a comma at column 28 or later starts a new
                          * line, so there are three zones (0, 14, 28) whatever WIDTH is */

static uint8_t *data_line;  /* line where the DATA search goes on */
static uint8_t *data_ptr;   /* next DATA item; 0: search from data_line's start */

void do_print(void)
{
    uint8_t c, newline = 1;
    for (;;) {
        c = next_char();
        if (c == 0 || c == ':' || c == T_ELSE) {
            break;
        }
        newline = 0;
        if (c == ';') {
            txt++;
            continue;
        }
        if (c == ',') {
            txt++;
            if (out_col >= COMMA_LIMIT) {
                out_newline();
            } else {
                uint8_t n = ZONE - out_col % ZONE;
                while (n--) {
                    out_char(' ');
                }
            }
            continue;
        }
        if (c == T_TAB || c == T_SPC) {
            uint8_t n;
            txt++;
            n = eval_byte();
            expect(')');
            if (c == T_TAB) {
                n = n > out_col ? n - out_col : 0;
            }
            while (n--) {
                out_char(' ');
            }
            continue;
        }
        newline = 1;
        eval();
        if (etype) {
            out_nstr(sac.ptr, sac.len);
        } else {
            char *s = format_number(fac);
            /* Microsoft's test: a new line first when the number and its trailing space
             * would reach two columns past WIDTH (the rest is broken at WIDTH as usual) */
            if (out_width != 255 && out_col + strlen(s) >= out_width + 2) {
                out_newline();
            }
            out_str(s);
            out_char(' ');
        }
    }
    if (newline) {
        out_newline();
    }
}

/* One item of INPUT or DATA text at *pp: a quoted string, or text up to a comma (and
 * for DATA a colon); leading spaces skipped, for unquoted items trailing ones too.
 * Stores it in the variable v (type t); returns 0 if a number is malformed. */
static uint8_t take_item(uint8_t **pp, float *v, uint8_t t, uint8_t is_data)
{
    uint8_t *p = *pp, *start, *end;
    str_t s;
    while (*p == ' ') {
        p++;
    }
    if (t && *p == '"') {
        start = ++p;
        while (*p && *p != '"') {
            p++;
        }
        end = p;
        if (*p) {
            p++;
        }
        while (*p == ' ') {
            p++;
        }
    } else {
        start = p;
        while (*p && *p != ',' && !(is_data && *p == ':')) {
            p++;
        }
        end = p;
        while (!t && end > start && end[-1] == ' ') {
            end--;      /* (a string keeps its trailing spaces, as in Microsoft's) */
        }
    }
    if (*p && *p != ',' && !(is_data && *p == ':')) {
        return 0;
    }
    *pp = p;
    if (t) {
        s.ptr = (char *)start;
        s.len = (uint8_t)(end - start);
        str_assign((str_t *)v, &s);
        return 1;
    }
    {
        uint8_t neg = 0, *q = start;
        float x;
        if (*q == '-') {
            neg = 1;
            q++;
        } else if (*q == '+') {
            q++;
        }
        if (q == end) {
            *v = 0;     /* an empty item, or a sign alone, reads as 0 (as Microsoft's) */
            return 1;
        }
        q = parse_number(q, &x);
        if (q < end) {      /* (the number reader also takes the spaces after it) */
            return 0;
        }
        *v = neg ? -x : x;
    }
    return 1;
}

/* Reads a reply line after the prompt; an empty reply ends the INPUT statement (the
 * variables not yet given keep their values, as in Microsoft's BASIC). */
static uint8_t *read_reply(const char *prompt, uint8_t *stmt)
{
    uint8_t *p;
    out_str(prompt);
    if (read_line() == 0xFF) {
        txt = stmt - 1;     /* Ctrl+C: Break in n; CONT asks again, as Microsoft's */
        do_stop(0);
    }
    p = (uint8_t *)input_buffer();
    return *p ? p : 0;
}

void do_input(void)
{
    uint8_t *stmt = txt, *p;
    float *v;
    uint8_t t;
    if (!cur_line) {
        error(E_ID);
    }
restart:
    txt = stmt;
    if (next_char() == '"') {
        eval_str();
        out_nstr(sac.ptr, sac.len);
        if (!accept(';')) {
            expect(',');
        }
    }
    p = read_reply("? ", stmt);
    for (;;) {
        if (!p) {
            skip_statement();
            return;
        }
        v = find_var(1);
        t = etype;
        if (!take_item(&p, v, t, 0)) {
            /* Microsoft runs the whole statement again, prompt string included */
            out_str("?Redo from start");
            out_newline();
            goto restart;
        }
        if (!accept(',')) {
            break;
        }
        if (*p == ',') {
            p++;        /* the next item follows (it may be empty: 0 or "") */
        } else {
            p = read_reply("?? ", stmt);
        }
    }
    if (*p) {
        out_str("?Extra ignored");
        out_newline();
    }
}

void restore_data(void)
{
    data_line = prog_start;
    data_ptr = 0;
}

void restore_line(uint16_t num)
{
    data_line = find_line(num);
    data_ptr = 0;
}

/* Moves data_ptr to the first item of the next DATA statement. */
static void find_data(void)
{
    uint8_t *line = data_line, *p, quote = 0;
    if (!line[0]) {
        error(E_OD);
    }
    p = data_ptr ? data_ptr : LINE_TEXT(line);
    for (;;) {
        while (*p) {
            if (*p == '"') {
                quote ^= 1;
            } else if (*p == T_DATA && !quote) {
                data_line = line;
                data_ptr = p + 1;
                return;
            } else if (*p == T_REM && !quote) {
                break;
            }
            p++;
        }
        line += line[0];
        if (!line[0]) {
            data_line = line;
            error(E_OD);
        }
        p = LINE_TEXT(line);
        quote = 0;
    }
}

void do_read(void)
{
    float *v;
    do {
        v = find_var(1);
        if (data_ptr && *data_ptr == ',') {
            data_ptr++;     /* the next item, empty (0 or "") if nothing follows the comma */
        } else if (!data_ptr || *data_ptr == 0 || *data_ptr == ':') {
            find_data();
        }
        if (!take_item(&data_ptr, v, etype, 1)) {
            cur_line = data_line;
            error(E_SN);
        }
    } while (accept(','));
}
