/* usart8251.h - Intel 8251 USART as wired on the RetroShield Z80.
 * Data at port $00, control/status at $01. RxRDY drives INT (IM 1, RST 38h).
 * After reset the first control write is the mode, later ones are commands.
 * Command: bit 0 TxEN, 1 DTR, 2 RxE, 4 error reset, 5 RTS, 6 internal reset.
 * Status: bit 0 TxRDY, bit 1 RxRDY.
 */
#ifndef USART8251_H
#define USART8251_H

#define USART_DATA_PORT     0x00
#define USART_CONTROL_PORT  0x01

#define USART_MODE_8N1_X16  0x4E   /* 1 stop bit, no parity, 8 bits, x16 */
#define USART_CMD_RESET     0x40
#define USART_CMD_ERROR_RESET 0x10   /* receiver and transmitter off */
#define USART_CMD_RUN       0x37   /* RTS, error reset, RxE, DTR, TxEN */
#define USART_CMD_RXE       0x04
#define USART_CMD_RTS       0x20
/* Hold input back: RTS off and receiver off (the emulator, like a real sender that
 * honours RTS, then keeps further bytes queued). */
#define USART_CMD_HOLD      (USART_CMD_RUN & ~(USART_CMD_RTS | USART_CMD_RXE))   /* $13 */

#define USART_STATUS_TXRDY  0x01
#define USART_STATUS_RXRDY  0x02

#endif
