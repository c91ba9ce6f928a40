/* MINT memory: the data stack, the heap, and reading numbers and blocks from the
   program text. */
#include "mint_core.h"

/* ------------------------------------------------------------------- stack */

void push(int16_t v)
{
    if (dsp >= MINT_DS_CELLS) {
        fail("stack overflow", 0);
        return;
    }
    WORD(MINT_DSTACK + 2 * dsp) = v;
    dsp++;
}

int16_t pop(void)
{
    if (dsp == 0) {
        fail("stack underflow", 0);
        return 0;
    }
    dsp--;
    return WORD(MINT_DSTACK + 2 * dsp);
}

int16_t peek(uint8_t depth)
{
    if (dsp <= depth) {
        fail("stack underflow", 0);
        return 0;
    }
    return WORD(MINT_DSTACK + 2 * (dsp - 1 - depth));
}

/* -------------------------------------------------------------------- heap */

uint16_t allocate(uint16_t size)
{
    uint16_t start = (uint16_t)HEAP_PTR;
    if (size > MINT_HEAP_END - start) {
        fail("out of memory", 0);
        return 0;
    }
    HEAP_PTR = (int16_t)(start + size);
    return start;
}

/* ------------------------------------------------------------ text scanning */

/* Finds the `close` that matches an already opened `open` (the text starts just
   after it), skipping `strings` and // comments. Returns 0 if the text ends. */
uint16_t match(uint16_t p, uint8_t open, uint8_t close)
{
    uint8_t depth = 1;
    uint8_t c;
    for (;; p++) {
        c = BYTE(p);
        if (c == 0)
            return 0;
        if (c == '`') {
            do {
                p++;
            } while (BYTE(p) != 0 && BYTE(p) != '`');
            if (BYTE(p) == 0)
                return 0;
        } else if (c == '/' && BYTE(p + 1) == '/') {
            while (BYTE(p + 1) != 0 && BYTE(p + 1) != '\n')
                p++;
        } else if (c == open) {
            depth++;
        } else if (c == close && --depth == 0) {
            return p;
        }
    }
}

void skip_block(void)
{
    uint16_t end = match(ip, '(', ')');
    if (end == 0)
        fail("missing )", 0);
    else
        ip = end + 1;
}

int16_t read_decimal(void)
{
    uint16_t v = 0;
    while (is_digit(BYTE(ip)))
        v = (uint16_t)((v << 3) + (v << 1) + (BYTE(ip++) - '0'));
    return (int16_t)v;
}

int16_t read_hex(void)
{
    uint16_t v = 0;
    uint8_t c;
    for (;;) {
        c = BYTE(ip);
        if (is_digit(c))
            c -= '0';
        else if (c >= 'A' && c <= 'F')
            c -= 'A' - 10;
        else
            return (int16_t)v;
        v = (uint16_t)((v << 4) | c);
        ip++;
    }
}
