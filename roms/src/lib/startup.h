/* startup.h - what crt0.s gives every ROM: RST/NMI vectors in RAM, interrupt control.
 *
 * RST 08h..30h and NMI jump through 3-byte "JP handler" slots in RAM (rst_vectors).
 * After reset they point at a plain RET (RST) or RETN (NMI). A handler installed with
 * rst_set_handler() is entered exactly as the RST/NMI left the machine: return address
 * on the stack, all registers untouched (so handlers are usually written in assembly).
 * RST 38h (the IM 1 interrupt) is fixed: it calls serial_isr() of the linked driver.
 */
#ifndef STARTUP_H
#define STARTUP_H

#include <stdint.h>

#define RST_08  0
#define RST_10  1
#define RST_18  2
#define RST_20  3
#define RST_28  4
#define RST_30  5
#define VEC_NMI 6

extern uint8_t rst_vectors[21];

/* Points slot `index` (RST_08 .. VEC_NMI) at `handler`. */
void rst_set_handler(uint8_t index, void (*handler)(void));

#define interrupts_enable()  __asm__("ei")
#define interrupts_disable() __asm__("di")

#endif
