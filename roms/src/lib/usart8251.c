/* usart8251.c - serial driver for the Intel 8251 USART (see usart8251.h, serial.h).
 * The 8251 has no interrupt enable bit: RxRDY drives INT whenever a byte waits, so
 * the handler always takes the byte (one per interrupt, as RxRDY is a level). */
#include "usart8251.h"
#include "serial_buffer.h"

__sfr __at USART_DATA_PORT usart_data;
__sfr __at USART_CONTROL_PORT usart_control;

/* Puts a byte into the ring buffer (interrupts off or inside the handler). */
static void rx_store(uint8_t byte)
{
    uint8_t next = (rx_head + 1) & RX_MASK;
    if (next == rx_tail) {
        serial_rx_lost++;
    } else {
        rx_buffer[rx_head] = byte;
        rx_head = next;
    }
}

void serial_init(uint8_t mode)
{
    uint8_t rescued = 0, byte = 0;
    rx_interrupts = mode;
    /* Three zero bytes reach the command register from any state. A first command
     * with the receiver off keeps a byte typed ahead from being lost in the reset. */
    usart_control = 0;
    usart_control = 0;
    usart_control = 0;
    usart_control = USART_CMD_ERROR_RESET;
    if (usart_control & USART_STATUS_RXRDY) {
        byte = usart_data;
        rescued = 1;
    }
    usart_control = USART_CMD_RESET;
    usart_control = USART_MODE_8N1_X16;
    usart_control = USART_CMD_RUN;
    if (rescued) {
        rx_store(byte);
    }
    if (mode == SERIAL_INTERRUPTS) {
        __asm__("ei");
    }
}

void serial_putc(char c)
{
    while (!(usart_control & USART_STATUS_TXRDY)) {
    }
    usart_data = c;
}

void serial_isr(void)
{
    if (!(usart_control & USART_STATUS_RXRDY)) {
        return;
    }
    rx_store(usart_data);
    if (!rx_stopped && rx_count() >= SERIAL_RX_STOP) {
        rx_stopped = 1;
        usart_control = USART_CMD_HOLD;
    }
}

uint8_t serial_ready(void)
{
    if (rx_interrupts || rx_head != rx_tail) {
        return rx_head != rx_tail;
    }
    return usart_control & USART_STATUS_RXRDY;
}

char serial_getc(void)
{
    uint8_t byte;
    if (!rx_interrupts && rx_head == rx_tail) {
        while (!(usart_control & USART_STATUS_RXRDY)) {
        }
        return usart_data;
    }
    while (rx_head == rx_tail) {
    }
    byte = rx_buffer[rx_tail];
    rx_tail = (rx_tail + 1) & RX_MASK;
    if (rx_stopped && rx_count() <= SERIAL_RX_GO) {
        __asm__("di");
        rx_stopped = 0;
        usart_control = USART_CMD_RUN;
        __asm__("ei");
    }
    return byte;
}
