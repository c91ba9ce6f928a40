/* acia6850.c - serial driver for the MC6850 ACIA (see acia6850.h, serial.h). */
#include "acia6850.h"
#include "serial_buffer.h"

__sfr __at ACIA_CONTROL_PORT acia_control;
__sfr __at ACIA_DATA_PORT acia_data;

static uint8_t acia_run_control;   /* control byte with RTS low (sending allowed) */

void serial_init(uint8_t mode)
{
    rx_interrupts = mode;
    acia_run_control = mode == SERIAL_INTERRUPTS
        ? (ACIA_DIV64_8N1 | ACIA_RX_IRQ) : ACIA_DIV64_8N1;
    acia_control = ACIA_MASTER_RESET;
    acia_control = acia_run_control;
    if (mode == SERIAL_INTERRUPTS) {
        __asm__("ei");
    }
}

void serial_putc(char c)
{
    while (!(acia_control & ACIA_STATUS_TDRE)) {
    }
    acia_data = c;
}

void serial_isr(void)
{
    while (acia_control & ACIA_STATUS_RDRF) {
        uint8_t byte = acia_data;
        uint8_t next = (rx_head + 1) & RX_MASK;
        if (next == rx_tail) {
            serial_rx_lost++;
        } else {
            rx_buffer[rx_head] = byte;
            rx_head = next;
        }
        if (!rx_stopped && rx_count() >= SERIAL_RX_STOP) {
            rx_stopped = 1;
            acia_control = acia_run_control | ACIA_RTS_HIGH;
        }
    }
}

uint8_t serial_ready(void)
{
    if (rx_interrupts) {
        return rx_head != rx_tail;
    }
    return acia_control & ACIA_STATUS_RDRF;
}

char serial_getc(void)
{
    uint8_t byte;
    if (!rx_interrupts) {
        while (!(acia_control & ACIA_STATUS_RDRF)) {
        }
        return acia_data;
    }
    while (rx_head == rx_tail) {
    }
    byte = rx_buffer[rx_tail];
    rx_tail = (rx_tail + 1) & RX_MASK;
    if (rx_stopped && rx_count() <= SERIAL_RX_GO) {
        __asm__("di");
        rx_stopped = 0;
        acia_control = acia_run_control;
        __asm__("ei");
    }
    return byte;
}
