/* console.c - see console.h */
#include "console.h"

#define CH_BEL 0x07
#define CH_BS  0x08
#define CH_LF  0x0A
#define CH_CR  0x0D
#define CH_DEL 0x7F

uint8_t con_cr_seen;

void con_newline(void)
{
    serial_putc(CH_CR);
    serial_putc(CH_LF);
}

void con_puts(const char *s)
{
    char c;
    while ((c = *s++) != 0) {
        if (c == '\n') {
            con_newline();
        } else {
            serial_putc(c);
        }
    }
}

static void put_nibble(uint8_t n)
{
    n &= 0x0F;
    serial_putc(n < 10 ? '0' + n : 'A' - 10 + n);
}

void con_put_hex8(uint8_t value)
{
    put_nibble(value >> 4);
    put_nibble(value);
}

void con_put_hex16(uint16_t value)
{
    con_put_hex8(value >> 8);
    con_put_hex8((uint8_t)value);
}

void con_put_udec(uint16_t value)
{
    char digits[5];
    uint8_t count = 0;
    do {
        digits[count++] = '0' + (uint8_t)(value % 10);
        value /= 10;
    } while (value != 0);
    while (count != 0) {
        serial_putc(digits[--count]);
    }
}

void con_put_dec(int16_t value)
{
    if (value < 0) {
        serial_putc('-');
        con_put_udec((uint16_t)0 - (uint16_t)value);
    } else {
        con_put_udec((uint16_t)value);
    }
}

uint8_t con_readline(char *buf, uint8_t size)
{
    uint8_t length = 0;
    for (;;) {
        char c = serial_getc();
        if (c == CH_LF && con_cr_seen) {
            con_cr_seen = 0;
            continue;
        }
        con_cr_seen = c == CH_CR;
        if (c == CH_CR || c == CH_LF) {
            buf[length] = 0;
            con_newline();
            return length;
        }
        if (c == CH_BS || c == CH_DEL) {
            if (length != 0) {
                length--;
                serial_putc(CH_BS);
                serial_putc(' ');
                serial_putc(CH_BS);
            }
        } else if ((uint8_t)c >= ' ' && (uint8_t)c < CH_DEL) {
            if (length + 1 < size) {
                buf[length++] = c;
                serial_putc(c);
            } else {
                serial_putc(CH_BEL);
            }
        }
    }
}
