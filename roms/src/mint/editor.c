/* MINT's line editor (multi-line entries, control keys) and the main loop. */
#include "mint_core.h"

static uint16_t last_len;       /* length of the previous input (for ^R) */
static uint8_t last_was_cr;

/* ------------------------------------------------------------ line editor */

/* Is a :, (, [ or ` still open at the end of the text typed so far? */
static uint8_t still_open(uint16_t len)
{
    int16_t depth = 0;
    uint16_t p;
    uint8_t c;
    uint8_t in_text = 0;
    for (p = MINT_TIB; p < MINT_TIB + len; p++) {
        c = BYTE(p);
        if (c == '`') {
            in_text = !in_text;
        } else if (in_text) {
            continue;
        } else if (c == '/' && BYTE(p + 1) == '/') {
            while ((uint16_t)(p + 1) < (uint16_t)(MINT_TIB + len) && BYTE(p + 1) != '\n')
                p++;
        } else if (c == ':' || c == '(' || c == '[') {
            depth++;
        } else if (c == ';' || c == ')' || c == ']') {
            depth--;
        }
    }
    return in_text || depth > 0;
}

static void echo_text(uint16_t from, uint16_t to)
{
    uint8_t c;
    while (from < to) {
        c = BYTE(from++);
        if (c == '\n') {
            newline();
            print(".. ");
        } else {
            out(c);
        }
    }
}

/* Reads one entry (one or more lines while a block is open) into the input
   buffer, NUL-terminated. Returns 0, or -1 at the end of input (host only). */
static int read_entry(void)
{
    uint16_t len = 0;
    uint16_t line_start = 0;
    uint16_t p;
    int c;
    for (;;) {
        c = key();
        if (c < 0)
            return -1;
        if (c == '\n' && last_was_cr) {
            last_was_cr = 0;
            continue;
        }
        last_was_cr = (c == '\r');
        if (c == '\r' || c == '\n') {
            BYTE(MINT_TIB + len) = 0;
            if (still_open(len) && len < MINT_TIB_SIZE - 2) {
                BYTE(MINT_TIB + len++) = '\n';
                line_start = len;
                newline();
                print(".. ");
                continue;
            }
            newline();
            last_len = len;
            SYSVAR('k') = (int16_t)len;
            return 0;
        }
        switch (c) {
        case KEY_CTRL_C: /* abandon the entry */
            print("^C");
            newline();
            last_len = 0;
            BYTE(MINT_TIB) = 0;
            return 0;
        case KEY_BS:
        case KEY_DEL:
            if (len > line_start) {
                len--;
                print("\b \b");
            }
            break;
        case KEY_CTRL_R: /* recall the previous entry */
            if (len == 0 && last_len) {
                len = last_len;
                echo_text(MINT_TIB, MINT_TIB + len);
                for (p = 0; p < len; p++)
                    if (BYTE(MINT_TIB + p) == '\n')
                        line_start = p + 1;
            }
            break;
        case KEY_CTRL_E: /* edit a definition: ^E then its letter */
            c = key();
            if (len == 0 && c >= 'A' && c <= 'Z' && WORD(MINT_FUNCS + 2 * (c - 'A'))) {
                p = (uint16_t)WORD(MINT_FUNCS + 2 * (c - 'A'));
                last_len = 0;
                BYTE(MINT_TIB) = ':';
                BYTE(MINT_TIB + 1) = (uint8_t)c;
                len = 2;
                while (len < MINT_TIB_SIZE - 2) {
                    c = BYTE(p++);
                    BYTE(MINT_TIB + len++) = (uint8_t)c;
                    BYTE(MINT_TIB + len) = 0;
                    if (c == ';' && match(MINT_TIB + 2, ':', ';'))
                        break;
                }
                echo_text(MINT_TIB, MINT_TIB + len);
                for (p = 0; p < len; p++)
                    if (BYTE(MINT_TIB + p) == '\n')
                        line_start = p + 1;
            } else {
                out(KEY_BELL);
            }
            break;
        case KEY_CTRL_L:
        case KEY_CTRL_S:
            if (c == KEY_CTRL_L)
                list_definitions();
            else
                print_stack();
            print("> ");
            echo_text(MINT_TIB, MINT_TIB + len);
            break;
        default:
            if (c == '\t')
                c = ' ';
            if (c < ' ' || c > '~')
                break;
            if (len < MINT_TIB_SIZE - 2) {
                BYTE(MINT_TIB + len++) = (uint8_t)c;
                last_len = 0; /* the previous entry is being overwritten: no ^R */
                out((uint8_t)c);
            } else {
                out(KEY_BELL);
            }
        }
    }
}

/* ------------------------------------------------------------------- main */

/* After a reset with RAM kept (the board's reset button) the functions, variables
   and heap are still valid if this mark is there: MINT keeps them. */
#define WARM_MARK_ADDR 0x30FEu
#define WARM_MARK 0x4D32 /* "2M" */

static uint8_t memory_intact(void)
{
    uint16_t heap = (uint16_t)HEAP_PTR;
    return WORD(WARM_MARK_ADDR) == WARM_MARK && heap >= MINT_HEAP
           && SYSVAR('s') == (int16_t)MINT_DSTACK;
}

static void clear_memory(void)
{
    uint16_t p;
    for (p = MINT_VARS; p < MINT_TIB; p++)
        BYTE(p) = 0;
    HEAP_PTR = (int16_t)MINT_HEAP;
    SYSVAR('s') = (int16_t)MINT_DSTACK;
    WORD(WARM_MARK_ADDR) = WARM_MARK;
}

void mint_main(void)
{
    uint8_t warm = memory_intact();
    if (!warm)
        clear_memory();
    dsp = 0;
    pushback = NO_KEY;
    print("\r\nMINT 2.0 for the RetroShield Z80\r\n");
    if (warm)
        print("Warm start: functions and variables kept.\r\n");
    print("Type /H for help. Try: 1 2 + .   10(/i .)   :A 2* ; 21 A .\r\n");
    for (;;) {
        prompt();
        if (read_entry() < 0)
            return;
        execute(MINT_TIB);
    }
}
