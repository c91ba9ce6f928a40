/* Host driver for testing the interpreter core with gcc: stdin is the serial input,
   stdout the serial output. Not part of the ROM. */
#include <stdio.h>
#include <unistd.h>
#include "../f77.h"

static uint8_t arena[30000];

int io_getc(void)
{
    unsigned char c;
    fflush(stdout);
    if (read(0, &c, 1) != 1)
        _exit(0);
    return c;
}

int io_ready(void) { return 0; }
void io_putc(uint8_t c) { if (c != '\r') putchar(c); }

int main(void)
{
    mem_lo = arena;
    mem_hi = arena + sizeof arena;
    repl();
    return 0;
}
