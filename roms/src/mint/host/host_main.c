/* Host driver for testing the MINT core with gcc: stdin is the serial input,
   stdout the serial output. Not part of the ROM. */
#include <stdio.h>
#include <stdlib.h>
#include "../mint.h"

uint8_t mint_host_mem[65536];

int io_getc(void)
{
    int c = getchar();
    return c == EOF ? -1 : c;
}

int io_ready(void)
{
    return 0;
}

void io_putc(uint8_t c)
{
    putchar(c);
}

uint8_t io_in(uint8_t port)
{
    return port; /* no hardware on the host: echo the port number */
}

void io_out(uint8_t port, uint8_t value)
{
    fprintf(stderr, "[out %02X,%02X]", port, value);
}

void io_call(uint16_t address)
{
    fprintf(stderr, "[call %04X]", address);
}

int main(void)
{
    mint_main();
    return 0;
}
