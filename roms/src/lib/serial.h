/* serial.h - the serial API every driver (acia6850.c, usart8251.c) provides.
 * A ROM links exactly one driver; the chip's ports and bits are in its own header.
 *
 * Interrupt-driven mode (SERIAL_INTERRUPTS): crt0's RST 38h entry calls serial_isr(),
 * which moves each received byte into a ring buffer of SERIAL_RX_BUFFER bytes. When the
 * buffer holds SERIAL_RX_STOP bytes the driver drops RTS (8251: also RxE; the host then
 * holds further bytes back); when it drains to SERIAL_RX_GO bytes RTS is asserted again. Bytes that
 * arrive while the buffer is full are counted in serial_rx_lost.
 * Polled mode (SERIAL_POLLED): serial_getc() reads the chip directly, serial_isr()
 * does nothing, the chip's receive interrupt stays off.
 */
#ifndef SERIAL_H
#define SERIAL_H

#include <stdint.h>

#define SERIAL_POLLED     0
#define SERIAL_INTERRUPTS 1

#define SERIAL_RX_BUFFER  64   /* power of two */
#define SERIAL_RX_STOP    48
#define SERIAL_RX_GO      16

/* Resets and configures the chip (8 data bits, no parity, 1 stop bit); with
 * SERIAL_INTERRUPTS it also enables the receive interrupt and executes EI (IM 1 is
 * already selected by crt0). */
void serial_init(uint8_t mode);

/* Sends one byte (waits until the transmitter is ready). */
void serial_putc(char c);

/* Waits for and returns the next received byte. */
char serial_getc(void);

/* Non-zero if serial_getc() would return at once. */
uint8_t serial_ready(void);

/* Called from RST 38h with registers saved; not for direct use. */
void serial_isr(void);

/* Received bytes dropped because the ring buffer was full (interrupt mode). */
extern uint16_t serial_rx_lost;

#endif
