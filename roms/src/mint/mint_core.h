/*
 * Internals shared by the files of the MINT interpreter (not for the platform side,
 * which sees only mint.h).
 */
#ifndef MINT_CORE_H
#define MINT_CORE_H

#include "mint.h"

#ifdef __SDCC
#define MEM ((uint8_t *)0)      /* the Z80's own address space */
#else
extern uint8_t mint_host_mem[]; /* host tests: a 64 KB array */
#define MEM mint_host_mem
#endif

#define BYTE(a) (MEM[(uint16_t)(a)])
#define WORD(a) (*(int16_t *)(MEM + (uint16_t)(a)))
#define SYSVAR(ch) WORD(MINT_SYSVARS + 2 * ((ch) - 'a'))
#define HEAP_PTR SYSVAR('h')

#define LOOP_MAX 128     /* loop and if blocks open at once, over all calls */
#define FRAME_MAX 128    /* function calls nested (recursion depth) */
#define ARRAY_MAX 16
#define NO_KEY (-1)

#define KEY_CTRL_C 0x03
#define KEY_CTRL_E 0x05
#define KEY_BS 0x08
#define KEY_CTRL_L 0x0C
#define KEY_CTRL_R 0x12
#define KEY_CTRL_S 0x13
#define KEY_DEL 0x7F
#define KEY_BELL 0x07

#define is_digit(c) ((uint8_t)((c) - '0') < 10)

struct loop { uint16_t start; uint16_t index; uint16_t limit; };
struct frame { uint16_t ip; uint8_t loops; }; /* loops: the caller's loop_floor */
struct array { uint16_t depth; uint8_t bytes; };

/* ---- interpreter state (interp.c) ---- */
extern uint16_t ip;             /* address of the next character to interpret */
extern uint16_t dsp;            /* number of items on the data stack */
extern uint8_t err;             /* set by fail(): stops the current line */
extern struct loop loops[LOOP_MAX];
extern uint8_t nloops;
extern uint8_t nframes;
extern uint8_t loop_floor;      /* loops of the calling functions: nloops at the last call */
extern uint16_t last_addr;      /* /V: address of the last variable or array access */
extern uint8_t accessed_now;    /* the operator just run was such an access */
extern uint8_t last_cond;       /* did the last finished ( ) block run? for /E */

/* ---- terminal state (term.c) ---- */
extern uint8_t column;          /* nonzero when the cursor is not at a line start */
extern int pushback;            /* a key read while polling for ^C */

/* term.c: output, numbers, errors, keys */
void out(uint8_t c);
void print(const char *s);
void newline(void);
void fresh_line(void);
void print_dec(int16_t value);
void print_hex(uint16_t value);
void prompt(void);
void fail(const char *message, uint8_t detail);
int key(void);
void poll_break(void);

/* memory.c: data stack, heap, reading program text */
void push(int16_t v);
int16_t pop(void);
int16_t peek(uint8_t depth);
uint16_t allocate(uint16_t size);
uint16_t match(uint16_t p, uint8_t open, uint8_t close);
void skip_block(void);
int16_t read_decimal(void);
int16_t read_hex(void);

/* listing.c: what the control keys and /H show */
void list_definitions(void);
void print_stack(void);
extern const char help_text[];

/* interp.c */
void call(uint16_t address);
void access_word(uint16_t address);
void execute(uint16_t start);

/* slash.c: the operators written with a leading / */
void alternate(uint8_t c);

/* files.c: /L /M /Q /Z on the SD card (sdcard.h) */
void file_operator(uint8_t c);

#endif
