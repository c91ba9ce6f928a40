/* startup.c - helpers for the vectors set up by crt0.s (see startup.h). */
#include "startup.h"

#define OPCODE_JP 0xC3

void rst_set_handler(uint8_t index, void (*handler)(void))
{
    uint8_t *slot = &rst_vectors[(uint8_t)(index * 3)];
    uint16_t target = (uint16_t)handler;
    slot[1] = (uint8_t)target;
    slot[2] = (uint8_t)(target >> 8);
    slot[0] = OPCODE_JP;
}
