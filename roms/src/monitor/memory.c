/* memory.c - the monitor's memory commands: D E F M C. */
#include "console.h"
#include "monitor.h"

#define DUMP_DEFAULT_LENGTH 0x80
#define BYTES_PER_LINE      16

static uint16_t dump_next;

static void dump_line(uint16_t address, uint8_t count)
{
    uint8_t i;
    con_put_hex16(address);
    con_puts("  ");
    for (i = 0; i < BYTES_PER_LINE; i++) {
        if (i < count) {
            con_put_hex8(MEM(address + i));
            con_putc(' ');
        } else {
            con_puts("   ");
        }
    }
    con_putc(' ');
    for (i = 0; i < count; i++) {
        uint8_t b = MEM(address + i);
        con_putc(b >= ' ' && b < 0x7F ? b : '.');
    }
    con_newline();
}

/* D [addr [len]]: 16 bytes a line with their ASCII; D alone goes on where it ended. */
void cmd_dump(void)
{
    uint16_t address = arg_count > 0 ? args[0] : dump_next;
    uint16_t length = arg_count > 1 ? args[1] : DUMP_DEFAULT_LENGTH;
    while (length != 0) {
        uint8_t count = length < BYTES_PER_LINE ? (uint8_t)length : BYTES_PER_LINE;
        uint16_t to_end = 0xFFFF - address;   /* bytes after address */
        if (to_end < count - 1) {
            count = (uint8_t)to_end + 1;
            length = count;
        }
        dump_line(address, count);
        length -= count;
        address += count;
        if (address == 0) {
            break;   /* reached $FFFF */
        }
    }
    dump_next = address;
}

/* E addr: shows each byte and reads a new value; Enter keeps it, - goes back, . ends. */
static void enter_interactive(uint16_t address)
{
    char input[8];
    con_puts("new value, Enter keeps, - back, . ends\n");
    for (;;) {
        uint8_t length, i, value = 0, ok = 1;
        con_put_hex16(address);
        con_putc(' ');
        con_put_hex8(MEM(address));
        con_puts(": ");
        length = con_readline(input, sizeof input);
        if (length == 0) {
            address++;
            continue;
        }
        if (input[0] == '.' || input[0] == 'q' || input[0] == 'Q') {
            return;
        }
        if (input[0] == '-') {
            address--;
            continue;
        }
        if (length > 2) {
            ok = 0;
        }
        for (i = 0; i < length; i++) {
            char c = input[i];
            uint8_t digit;
            if (c >= '0' && c <= '9') {
                digit = c - '0';
            } else if ((c & 0xDF) >= 'A' && (c & 0xDF) <= 'F') {
                digit = (c & 0xDF) - 'A' + 10;
            } else {
                ok = 0;
                break;
            }
            value = (value << 4) | digit;
        }
        if (!ok) {
            con_puts("bad hex byte: ");
            con_puts(input);
            con_newline();
            continue;
        }
        if (check_ram(address, 1)) {
            MEM(address) = value;
            address++;
        }
    }
}

/* E addr b1 b2 ...: stores the bytes from addr on. */
void cmd_enter(void)
{
    uint8_t i;
    uint16_t address;
    if (!need_args(1, "E addr [b1 b2 ...]")) {
        return;
    }
    address = args[0];
    if (arg_count == 1) {
        enter_interactive(address);
        return;
    }
    for (i = 1; i < arg_count; i++) {
        if (!check_byte(args[i])) {
            return;
        }
    }
    if (!check_ram(address, arg_count - 1)) {
        return;
    }
    for (i = 1; i < arg_count; i++) {
        MEM(address++) = (uint8_t)args[i];
    }
}

/* F start end byte: start..end inclusive. */
void cmd_fill(void)
{
    uint16_t address, end;
    uint8_t value;
    if (!need_args(3, "F start end byte") || !check_byte(args[2])) {
        return;
    }
    address = args[0];
    end = args[1];
    value = (uint8_t)args[2];
    if (end < address) {
        con_puts("end is before start\n");
        return;
    }
    if (!check_ram_range(address, end)) {
        return;
    }
    for (;;) {
        MEM(address) = value;
        if (address == end) {
            break;
        }
        address++;
    }
}

/* M src dst len: copies correctly when the ranges overlap. */
void cmd_move(void)
{
    uint16_t source, target, length;
    if (!need_args(3, "M src dst len")) {
        return;
    }
    source = args[0];
    target = args[1];
    length = args[2];
    if (!check_ram(target, length) || length == 0) {
        return;
    }
    if (target > source && target - source < length) {
        source += length - 1;
        target += length - 1;
        while (length-- != 0) {
            MEM(target--) = MEM(source--);
        }
    } else {
        while (length-- != 0) {
            MEM(target++) = MEM(source++);
        }
    }
}

/* C a1 a2 len: lists each differing byte, then the number of differences. */
void cmd_compare(void)
{
    uint16_t first, second, length, differences = 0;
    if (!need_args(3, "C a1 a2 len")) {
        return;
    }
    first = args[0];
    second = args[1];
    for (length = args[2]; length != 0; length--) {
        uint8_t a = MEM(first), b = MEM(second);
        if (a != b) {
            con_put_hex16(first);
            con_puts(": ");
            con_put_hex8(a);
            con_puts("  ");
            con_put_hex16(second);
            con_puts(": ");
            con_put_hex8(b);
            con_newline();
            differences++;
        }
        first++;
        second++;
    }
    if (differences == 0) {
        con_puts("no differences\n");
    } else {
        con_put_udec(differences);
        con_puts(differences == 1 ? " difference\n" : " differences\n");
    }
}
