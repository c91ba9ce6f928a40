/* The Z80 side of the MINT ROM: serial I/O through the shared 6850 driver
 * (polled, receive interrupts off), port I/O and machine-code calls. */
#include "serial.h"
#include "mint.h"

/* MINT's own memory (mint.h) must lie in RAM above the machine stack of rom.conf
 * (build.sh passes that memory map as ROM_MAP_* macros). */
#if defined(ROM_MAP_STACK_TOP) && (ROM_MAP_STACK_TOP > MINT_VARS)
#error "rom.conf: the machine stack (STACK_TOP) reaches into MINT_VARS and above (mint.h)"
#endif
#if defined(ROM_MAP_ROM_SIZE) && (MINT_VARS < ROM_MAP_ROM_SIZE)
#error "mint.h: MINT_VARS lies inside the ROM region of rom.conf"
#endif
#if defined(ROM_MAP_RAM_END) && (ROM_MAP_RAM_END < MINT_HEAP_END)
#error "mint.h: the heap (MINT_HEAP_END) runs past RAM_END of rom.conf"
#endif

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
