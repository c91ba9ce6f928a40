/* acia6850.h - Motorola MC6850 ACIA as wired on the RetroShield Z80.
 * Control/status at port $80, data at $81.
 * Control (write): bits 1-0 divide (11 = master reset), 4-2 word (101 = 8N1),
 *   6-5 transmit control (00 RTS low; 10 RTS high), bit 7 receive interrupt enable.
 * Status (read): bit 0 RDRF receive full, bit 1 TDRE transmit empty.
 */
#ifndef ACIA6850_H
#define ACIA6850_H

#define ACIA_CONTROL_PORT   0x80
#define ACIA_DATA_PORT      0x81

#define ACIA_MASTER_RESET   0x03
#define ACIA_DIV64_8N1      0x16   /* /64, 8N1, RTS low, no interrupts */
#define ACIA_RTS_HIGH       0x40   /* bits 6-5 = 10: RTS high (stop the sender) */
#define ACIA_RX_IRQ         0x80

#define ACIA_STATUS_RDRF    0x01
#define ACIA_STATUS_TDRE    0x02

#endif
