/* The Z80 side of the MINT ROM: serial I/O through the shared 6850 driver
 * (polled, receive interrupts off), port I/O and machine-code calls. */
#include "serial.h"
#include "mint.h"

int io_getc(void)
{
    return (uint8_t)serial_getc();
}

int io_ready(void)
{
    return serial_ready();
}

void io_putc(uint8_t c)
{
    serial_putc((char)c);
}

/* port arrives in A (SDCC calling convention 1), the byte read is returned in A */
uint8_t io_in(uint8_t port) __naked
{
    (void)port;
    __asm
        ld  c, a
        in  a, (c)
        ret
    __endasm;
}

/* port in A, value in L */
void io_out(uint8_t port, uint8_t value) __naked
{
    (void)port;
    (void)value;
    __asm
        ld  c, a
        out (c), l
        ret
    __endasm;
}

/* address in HL: jump there; the machine code's RET returns to our caller */
void io_call(uint16_t address) __naked
{
    (void)address;
    __asm
        jp  (hl)
    __endasm;
}

void main(void)
{
    serial_init(SERIAL_POLLED);
    mint_main();
}
