/* ctl.h - labels and blocks of the unit being compiled (ctl.c). */
#ifndef CTL_H
#define CTL_H
#define B_IF 1
#define B_DOLAB 2
#define B_DO 3
#define B_WHILE 4
#define MAX_BLOCKS 16
typedef struct {
    uint8_t kind;
    uint16_t label;
    uint8_t *next, *end, *top;
    void *slot;
} block_t;
extern block_t blocks[MAX_BLOCKS];
extern uint8_t nblocks;
void emit_label(uint16_t l);
void emit_chain(uint8_t **chain);
void patch(uint8_t *chain, uint8_t *addr);
void label_def_at(uint16_t l, uint8_t *addr);
block_t *block_push(uint8_t kind);
block_t *block_top(uint8_t kind, const char *what);
void do_terminate(uint16_t l);
void subscripts(sym_t *s);
void call_unit(unit_t *u, uint8_t n);
void call_dummy(sym_t *s, uint8_t n, uint8_t kind);
void call_arg(void);
void do_bounds(void);
void do_loop(void);
void end_do(void);
doslot_t *do_start(uint8_t **top, uint8_t **exit);
#endif
