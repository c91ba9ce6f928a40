/* serial_buffer.h - the receive ring buffer shared by the serial drivers (internal).
 * Included by exactly one driver per ROM; defines the buffer state. */
#ifndef SERIAL_BUFFER_H
#define SERIAL_BUFFER_H

#include "serial.h"

#define RX_MASK (SERIAL_RX_BUFFER - 1)

static volatile uint8_t rx_buffer[SERIAL_RX_BUFFER];
static volatile uint8_t rx_head;      /* written by the interrupt handler */
static volatile uint8_t rx_tail;      /* written by serial_getc */
static uint8_t rx_interrupts;         /* SERIAL_INTERRUPTS or SERIAL_POLLED */
static volatile uint8_t rx_stopped;   /* RTS dropped because the buffer is nearly full */
uint16_t serial_rx_lost;

#define rx_count() ((uint8_t)(rx_head - rx_tail) & RX_MASK)

#endif
