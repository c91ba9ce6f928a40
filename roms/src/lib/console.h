/* console.h - text input and output on top of serial.h.
 * Output: con_puts turns "\n" into CR LF. Numbers: decimal (signed/unsigned 16-bit),
 * hex (2 or 4 upper-case digits, no prefix).
 * Input: con_readline echoes what is typed; Backspace (BS, $08) and Delete (DEL, $7F)
 * both erase the last character (echo "\b \b"); CR or LF ends the line (an LF right
 * after a CR is skipped, so CR LF counts as one Enter); other control bytes are ignored.
 */
#ifndef CONSOLE_H
#define CONSOLE_H

#include <stdint.h>
#include "serial.h"

#define con_putc(c) serial_putc(c)
#define con_getc()  serial_getc()

void con_puts(const char *s);          /* "\n" is sent as CR LF */
void con_newline(void);                /* CR LF */
void con_put_hex8(uint8_t value);      /* "0A" */
void con_put_hex16(uint16_t value);    /* "1F00" */
void con_put_udec(uint16_t value);     /* "65535" */
void con_put_dec(int16_t value);       /* "-32768" */

/* Reads a line into buf (at most size-1 characters, then NUL-terminated); returns
 * its length. Characters beyond the limit are not accepted (a BEL is echoed). */
uint8_t con_readline(char *buf, uint8_t size);

/* Set when the last line ended with CR: a following LF is then skipped. A program
 * that reads lines itself sets it after a CR so CR LF input does not give an extra
 * empty line to the next con_readline. */
extern uint8_t con_cr_seen;

#endif
