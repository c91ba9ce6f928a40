/* MINT terminal side: characters and numbers out, error messages, keys in
   (with the ^C check made while a program runs). */
#include "mint_core.h"

uint8_t column;
int pushback;

/* ------------------------------------------------------------------ output */

void out(uint8_t c)
{
    io_putc(c);
    column = (c != '\n');
}

void print(const char *s)
{
    while (*s)
        out((uint8_t)*s++);
}

void newline(void)
{
    out('\r');
    out('\n');
}

void fresh_line(void)
{
    if (column)
        newline();
}

void print_dec(int16_t value)
{
    uint8_t digits[6];
    uint8_t n = 0;
    uint16_t u = (uint16_t)value;
    if (value < 0) {
        out('-');
        u = (uint16_t)(0 - u);
    }
    do {
        digits[n++] = (uint8_t)('0' + u % 10);
        u /= 10;
    } while (u);
    while (n)
        out(digits[--n]);
    out(' ');
}

static void print_hex_digit(uint8_t d)
{
    out((uint8_t)(d < 10 ? '0' + d : 'A' - 10 + d));
}

void print_hex(uint16_t value)
{
    uint8_t shift = 16;
    do {
        shift -= 4;
        print_hex_digit((uint8_t)((value >> shift) & 15));
    } while (shift);
    out(' ');
}

void prompt(void)
{
    fresh_line();
    print("> ");
}

void fail(const char *message, uint8_t detail)
{
    if (err)
        return;
    err = 1;
    fresh_line();
    print("Error: ");
    print(message);
    if (detail)
        out(detail);
    newline();
}

/* ------------------------------------------------------------------- input */

int key(void)
{
    int c = pushback;
    if (c != NO_KEY) {
        pushback = NO_KEY;
        return c;
    }
    return io_getc();
}

/* Called inside loops and calls (looks at the serial chip every 32nd time): a
   waiting ^C stops the program; any other key is kept for later (the serial chip
   holds further keys back meanwhile). */
static uint8_t poll_count;

void poll_break(void)
{
    if ((++poll_count & 31) == 0 && pushback == NO_KEY && io_ready()) {
        int c = io_getc();
        if (c == KEY_CTRL_C)
            fail("break", 0);
        else
            pushback = c;
    }
}
