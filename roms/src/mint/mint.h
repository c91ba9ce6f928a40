/*
 * MINT 2 interpreter for the RetroShield Z80: interface between the portable
 * interpreter core (mint.c) and the machine it runs on (ROM or host test driver).
 *
 * All memory the MINT program can see (variables, input buffer, data stack, heap)
 * lives in one 64 KB address space addressed by 16-bit numbers: on the Z80 that
 * is the real address space, on the host a 64 KB array (mint_host_mem).
 */
#ifndef MINT_H
#define MINT_H

#include <stdint.h>

/* ---- provided by the platform ---- */
int io_getc(void);                        /* blocking read of one byte; -1 = end of input (host only) */
int io_ready(void);                       /* nonzero when a byte is waiting (used for ^C break) */
void io_putc(uint8_t c);                  /* write one byte */
uint8_t io_in(uint8_t port);              /* /I */
void io_out(uint8_t port, uint8_t value); /* /O */
void io_call(uint16_t address);           /* /X: call machine code */

/* ---- provided by the core ---- */
void mint_main(void);                     /* banner, then read-execute loop; returns only at end of input */

/* ---- memory map (addresses inside the 64 KB space) ---- */
#define MINT_VARS      0x3000u  /* a..z: 26 words */
#define MINT_SYSVARS   0x3040u  /* /a../z: 26 words */
#define MINT_FUNCS     0x3080u  /* A..Z: 26 words, address of each function's text, 0 = undefined */
#define MINT_TIB       0x3100u  /* text input buffer */
#define MINT_TIB_SIZE  0x0800u
#define MINT_DSTACK    0x3A00u  /* data stack */
#define MINT_DS_CELLS  256u
#define MINT_HEAP      0x4000u  /* heap: definitions, arrays, /A blocks */
#define MINT_HEAP_END  0xFFFFu  /* last byte of RAM (not used) */

#endif
