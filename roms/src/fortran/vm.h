/* vm.h - state shared by the byte-code executor (vm.c) and its less frequent
 * operations (vmops.c: calls, I/O statements, strings, STOP). */
#ifndef VM_H
#define VM_H

#include "f77.h"

#define VSTACK 32
#define FRAMES 24
#define TEMP 256
#define ARGBUF 256

extern uint8_t *pc;                 /* next byte code */
extern val_t vstack[VSTACK];
extern uint8_t tbuf[TEMP];
extern uint16_t tpos, tbase, argtop;
extern uint8_t nframes;
extern uint8_t brk_wait;

/* the hot loop in Z80 assembly (vmfast.c): runs the simple cases, returns the first
 * operation it leaves to vm_run, pc past its operation byte */
#ifdef __SDCC
uint8_t vm_fast(void);
#else
#define vm_fast() (*pc++)
#endif

uint8_t f8(void);
void *fptr(void);
void deref(val_t *v);
val_t *push(void);
val_t *pop(void);
int32_t pop_int(void);
void pop2(void);
void need_type(val_t *v, uint8_t t, const char *msg);
void set_ref(val_t *v, sym_t *s, uint8_t *addr);

void push_int(int32_t x);

/* ERR=/END=/IOSTAT=, ASSIGN and procedure arguments (trap.c) */
extern uint8_t *trap_pc, trap_frames;   /* where a trapped I/O statement resumes */
extern val_t *trap_vsp;
void trap_op(uint8_t op);

void frame_push(uint8_t *ret, unit_t *u);
uint8_t *call(unit_t *u, uint8_t n, uint8_t *ret);
uint8_t *ret(void);
void set_dim(sym_t *s, uint8_t k);
void stop(uint8_t op);
void substr(void);
void logic(uint8_t op);
void cat(void);
void io_begin(void);
void io_items(void);

#endif
