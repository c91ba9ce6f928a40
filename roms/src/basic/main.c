/* main.c - start-up, the command loop, line entry, errors. */
#include <setjmp.h>
#include <string.h>
#include "basic.h"
#pragma opt_code_size   /* off the speed-critical paths: smaller code */

extern uint8_t heap_start[];

#define WARM_MAGIC 0xB45C
#define LINE_MAX  250
#define MEM_MIN   ((uint16_t)prog_start + 256)   /* lowest memory top accepted */

uint8_t *prog_start, *prog_end, *vars_start, *arr_start, *arr_end, *str_bottom, *mem_top;
uint8_t *txt, *cur_line;
uint8_t trace;
static jmp_buf top_level;
static char line_buf[LINE_MAX + 2];
static uint8_t direct_buf[LINE_MAX + 8];
uint8_t *err_line;     /* line of the last error (for messages) */

static const char err_codes[] = "NFSNRGODFCOVOMULBSDD/0IDTMOSLSSTCNUFNCFFMO";

static uint16_t stack_pointer(void) __naked
{
    __asm
        ld  hl, #0
        add hl, sp
        ex  de, hl
        ret
    __endasm;
}

void check_stack(void)
{
    if (stack_pointer() < 0xF800 + 160) {
        error(E_ST);
    }
}

void skip_spaces(void)
{
    while (*txt == ' ') {
        txt++;
    }
}

uint8_t next_char(void)
{
    while (*txt == ' ') {
        txt++;
    }
    return *txt;
}

void expect(uint8_t c)
{
    if (next_char() != c) {
        error(E_SN);
    }
    txt++;
}

uint8_t accept(uint8_t c)
{
    if (next_char() == c) {
        txt++;
        return 1;
    }
    return 0;
}

void error(uint8_t code)
{
    uint8_t *line = cur_line;
    out_file = 0;
    if (out_col) {
        out_newline();
    }
    if (code == E_BREAK) {
        out_str("Break");
    } else {
        cont_ok = 0;
        out_char('?');
        out_char(err_codes[code * 2]);
        out_char(err_codes[code * 2 + 1]);
        out_str(" Error");
    }
    if (line) {
        out_str(" in");
        out_str(format_number((float)LINE_NUM(line)));
    }
    out_newline();
    longjmp(top_level, 1);
}

/* Reads a line with echo and Backspace/Delete into line_buf; Ctrl+C gives 0xFF. */
uint8_t read_line(void)
{
    static uint8_t cr_seen;
    uint8_t n = 0;
    char c;
    for (;;) {
        c = in_char();
        if (c == '\n' && cr_seen) {
            cr_seen = 0;
            continue;
        }
        cr_seen = c == '\r';
        if (c == '\r' || c == '\n') {
            break;
        }
        if (c == 3) {
            line_buf[0] = 0;
            out_newline();      /* as Microsoft's: a line end, no "^C" */
            return 0xFF;
        }
        if (c == 8 || c == 127) {
            if (n) {
                n--;
                out_str("\b \b");
            }
            continue;
        }
        if ((uint8_t)c < ' ') {
            continue;
        }
        if (n < LINE_MAX) {
            line_buf[n++] = c;
            out_char(c);
        } else {
            out_char(7);
        }
    }
    line_buf[n] = 0;
    out_newline();
    return n;
}

char *input_buffer(void)
{
    return line_buf;
}

/* Checks that the memory settings and the program after the mark are well formed (warm
 * reset); takes the settings over. */
static uint8_t program_intact(void)
{
    uint8_t *p = prog_start;
    uint16_t last = 0;
    if (mem_cfg.magic != WARM_MAGIC || mem_cfg.top > MEM_TOP || (uint16_t)mem_cfg.top < MEM_MIN
            || (mem_cfg.str_base && (mem_cfg.str_base > mem_cfg.top || mem_cfg.str_base < p))) {
        return 0;
    }
    mem_top = mem_cfg.top;
    while (p[0]) {
        if (p[0] < 4 || p + p[0] >= mem_top - 16 || p[p[0] - 1] != 0 || LINE_NUM(p) <= last) {
            return 0;
        }
        last = LINE_NUM(p);
        p += p[0];
    }
    prog_end = p;
    return 1;
}

/* Handles one line typed (or loaded): a numbered line is stored, anything else run. */
void enter_line(char *s)
{
    uint8_t len;
    while (*s == ' ') {
        s++;
    }
    if (*s >= '0' && *s <= '9') {
        uint32_t num = 0;
        /* as Microsoft's: spaces within and after the number are not kept */
        while ((*s >= '0' && *s <= '9') || *s == ' ') {
            if (*s != ' ') {
                num = num * 10 + (*s - '0');
                if (num > 65529) {
                    cur_line = 0;
                    error(E_SN);
                }
            }
            s++;
        }
        len = tokenize(s, direct_buf);
        insert_line((uint16_t)num, direct_buf, len);
        return;
    }
    if (*s == 0) {
        return;
    }
    tokenize(s, direct_buf + 3);
    direct_buf[0] = 0;
    cur_line = 0;
    txt = direct_buf + 3;
    run_statements();
    if (out_col) {
        out_newline();
    }
    out_str("Ok");
    out_newline();
}

/* "Memory top?" as Microsoft's BASIC asks it at a cold start: Enter takes all memory, a
 * number n keeps BASIC below address n; a number out of range asks again, anything else
 * gives ?SN (and main asks again). */
static void ask_memory_top(void)
{
    uint16_t n;
    for (;;) {
        out_str("Memory top? ");
        if (read_line() == 0xFF) {
            continue;
        }
        txt = (uint8_t *)line_buf;
        if (!next_char()) {
            mem_top = MEM_TOP;
            return;
        }
        n = parse_linenum();
        if (next_char()) {
            error(E_SN);
        }
        if (n >= MEM_MIN && n <= (uint16_t)MEM_TOP) {
            mem_top = (uint8_t *)n;
            return;
        }
    }
}

void main(void)
{
    serio_init();
    prog_start = heap_start + sizeof(mem_config_t);
    mem_top = MEM_TOP;
    out_newline();
    if (!program_intact()) {
        setjmp(top_level);      /* an error in the answer asks again */
        ask_memory_top();
        mem_cfg.magic = WARM_MAGIC;
        mem_cfg.top = mem_top;
        mem_cfg.str_base = 0;
        *USR_VECTOR = 0;
        do_new();
    }
    clear_all();
    out_str("RetroShield BASIC 1.0");
    out_newline();
    out_str(format_number((float)mem_free()));
    out_str(" Bytes free");
    out_newline();
    out_str("Ok");
    out_newline();
    if (setjmp(top_level)) {
        out_str("Ok");
        out_newline();
    }
    for (;;) {
        cur_line = 0;
        if (read_line() != 0xFF) {
            enter_line(line_buf);
        }
    }
}
