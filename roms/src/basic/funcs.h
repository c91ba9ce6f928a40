/* funcs.h - built-in functions (funcs.c), used by expr.c. */
#ifndef FUNCS_H
#define FUNCS_H
#include <stdint.h>
void call_function(uint8_t tok);
void call_fn(void);
void paren_expr(void);
#endif
