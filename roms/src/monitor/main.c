#include "console.h"
void main(void) { serial_init(SERIAL_INTERRUPTS); con_puts("hi\n"); for(;;){ char b[20]; con_readline(b, 20); con_puts(b);} }
