/* serio.c - Intel 8251 at $00/$01 for BASIC: received bytes go by interrupt (IM 1,
 * crt0's RST 38h calls serial_isr) into a 256-byte ring buffer; when it holds RX_STOP
 * bytes RTS (command bit 5) is dropped so the sender holds further input back, and it is
 * raised again when the buffer drains to RX_GO. Output tracks the print column (POS),
 * breaks lines at WIDTH as Microsoft's BASIC does (all output, echo and LIST included: a
 * printable character about to go out at column WIDTH starts a new line first; WIDTH 255,
 * the default, never breaks) and sends NULL padding after each line end. */
#include "basic.h"

__sfr __at 0x00 usart_data;
__sfr __at 0x01 usart_control;

#define ST_TXRDY 0x01
#define ST_RXRDY 0x02
#define CMD_RUN  0x37   /* RTS, error reset, RxE, DTR, TxEN */
#define CMD_HOLD 0x17   /* the same with RTS off */
#define RX_STOP  192
#define RX_GO    64

static volatile uint8_t rx_buf[256];
volatile uint8_t rx_head, rx_tail;   /* exec.s looks for a waiting byte */
static volatile uint8_t rx_held;

uint8_t out_col, out_width = 255, out_nulls;
uint8_t out_file;   /* output goes to the open SD card file (SAVE) */
__sfr __at 0x12 sd_data_port;

void serial_isr(void)
{
    uint8_t n;
    if (!(usart_control & ST_RXRDY)) {
        return;
    }
    n = rx_head + 1;
    if (n != rx_tail) {
        rx_buf[rx_head] = usart_data;
        rx_head = n;
    } else {
        (void)usart_data;
    }
    if (!rx_held && (uint8_t)(rx_head - rx_tail) >= RX_STOP) {
        rx_held = 1;
        usart_control = CMD_HOLD;
    }
}

void serio_init(void)
{
    usart_control = 0;
    usart_control = 0;
    usart_control = 0;
    usart_control = 0x40;      /* internal reset */
    usart_control = 0x4E;      /* 8N1, x16 */
    usart_control = CMD_RUN;
    __asm__("ei");
}

char in_char(void)
{
    char c;
    while (rx_head == rx_tail) {
    }
    c = rx_buf[rx_tail];
    rx_tail++;
    if (rx_held && (uint8_t)(rx_head - rx_tail) <= RX_GO) {
        __asm__("di");
        rx_held = 0;
        usart_control = CMD_RUN;
        __asm__("ei");
    }
    return c;
}

/* Ctrl+C waiting at the head of the input? Other bytes stay queued (typed ahead). */
uint8_t break_pending(void)
{
    if (rx_head != rx_tail && rx_buf[rx_tail] == 3) {
        in_char();
        return 1;
    }
    return 0;
}

static void raw_out(char c)
{
    while (!(usart_control & ST_TXRDY)) {
    }
    usart_data = c;
}

void out_newline(void)
{
    uint8_t i;
    if (out_file) {
        sd_data_port = '\r';
        sd_data_port = '\n';
        return;
    }
    raw_out('\r');
    raw_out('\n');
    for (i = 0; i < out_nulls; i++) {
        raw_out(0);
    }
    out_col = 0;
}

void out_char(char c)
{
    if (c == '\r' || c == '\n') {
        out_newline();
        return;
    }
    if (out_file) {
        sd_data_port = c;
        return;
    }
    if ((uint8_t)c >= ' ') {
        if (out_col == out_width && out_width != 255) {
            out_newline();
        }
        out_col++;
    } else if (c == 8 && out_col) {
        out_col--;
    }
    raw_out(c);
}

void out_str(const char *s)
{
    while (*s) {
        out_char(*s++);
    }
}

void out_nstr(const char *s, uint8_t n)
{
    while (n--) {
        out_char(*s++);
    }
}
