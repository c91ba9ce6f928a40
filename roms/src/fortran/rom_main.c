/* rom_main.c - the Z80 side: MC6850 ACIA polled at $80/$81, the arena above the stack. */
#include "serial.h"
#include "f77.h"

#if defined(ROM_MAP_STACK_TOP) && defined(ROM_MAP_RAM_END)
#define ARENA_LO ROM_MAP_STACK_TOP
#define ARENA_HI ROM_MAP_RAM_END
#else
#error "rom.conf must give STACK_TOP and RAM_END"
#endif

int io_getc(void) { return (uint8_t)serial_getc(); }
int io_ready(void) { return serial_ready(); }
void io_putc(uint8_t c) { serial_putc((char)c); }

void main(void)
{
    serial_init(SERIAL_POLLED);
    mem_lo = (uint8_t *)ARENA_LO;
    mem_hi = (uint8_t *)ARENA_HI;
    repl();
}
