/* hexload.c - the L command: loads an Intel HEX stream typed or pasted into the terminal,
 * or read from a file of the SD card (hex_load with another character source).
 * Records: ":" count(2) address(4) type(2) data(2*count) checksum(2); the sum of all
 * bytes of a record including the checksum is 0 modulo 256. Types: 00 data, 01 end of
 * file; 02-05 (segment/linear addresses, start addresses) are accepted and ignored.
 * Records with errors are reported ("line N: ...", N counts records) and skipped; the
 * load goes on until the 01 record. ESC or Ctrl-C cancels. Nothing is echoed. */
#include "console.h"
#include "monitor.h"

#define CH_ETX 0x03
#define CH_LF  0x0A
#define CH_CR  0x0D
#define CH_ESC 0x1B

#define TYPE_DATA 0x00
#define TYPE_EOF  0x01
#define TYPE_LAST_KNOWN 0x05

#define ERR_NONE     0
#define ERR_DIGIT    1
#define ERR_CANCEL   2
#define ERR_END      3   /* line ended inside the record */

static uint8_t record[255 + 5];
static char (*source)(void);   /* con_getc, or the SD card file (ESC at its end) */
static uint8_t from_console;
static uint8_t failure;
static char bad_char;
static char last_char;

static int8_t hex_value(char c)
{
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    c &= 0xDF;
    if (c >= 'A' && c <= 'F') {
        return c - 'A' + 10;
    }
    return -1;
}

/* Reads two hex digits; on a problem sets failure and returns 0. */
static uint8_t read_byte(void)
{
    uint8_t value = 0, i;
    for (i = 0; i < 2; i++) {
        char c = source();
        int8_t digit;
        last_char = c;
        if (c == CH_ESC || c == CH_ETX) {
            failure = ERR_CANCEL;
            return 0;
        }
        if (c == CH_CR || c == CH_LF) {
            failure = ERR_END;
            return 0;
        }
        digit = hex_value(c);
        if (digit < 0) {
            failure = ERR_DIGIT;
            bad_char = c;
            return 0;
        }
        value = (value << 4) | (uint8_t)digit;
    }
    return value;
}

/* Reads the remaining bytes of a record after ':' into record[]. */
static void read_record(void)
{
    uint16_t i, total;
    failure = ERR_NONE;
    record[0] = read_byte();
    if (failure) {
        return;
    }
    total = (uint16_t)record[0] + 5;
    for (i = 1; i < total; i++) {
        record[i] = read_byte();
        if (failure) {
            return;
        }
    }
}

/* Skips to the end of the line (unless the record already ended it). */
static void skip_line(void)
{
    char c = last_char;
    while (c != CH_CR && c != CH_LF) {
        c = source();
        if (c == CH_ESC || c == CH_ETX) {
            return;
        }
    }
    if (from_console) {
        con_cr_seen = c == CH_CR;
    }
}

static void line_error(uint16_t line_number, const char *text)
{
    con_puts("line ");
    con_put_udec(line_number);
    con_puts(": ");
    con_puts(text);
}

static char console_source(void)
{
    return con_getc();
}

void cmd_load(void)
{
    if (arg_name != 0) {
        cmd_load_file();
        return;
    }
    con_puts("send the Intel HEX file now (ESC cancels)\n");
    hex_load(console_source);
}

/* Loads Intel HEX records from next() until the 01 record; next() gives ESC or ^C to cancel. */
void hex_load(char (*next)(void))
{
    uint16_t line_number = 0, loaded = 0, errors = 0;
    uint16_t lowest = 0xFFFF, highest = 0;
    source = next;
    from_console = next == console_source;
    for (;;) {
        uint8_t count, type, sum, i;
        uint16_t address, last, j;
        char c = source();
        if (c == CH_ESC || c == CH_ETX) {
            con_puts(from_console ? "load cancelled\n" : "no end record (:00000001FF)\n");
            return;
        }
        if (c != ':') {
            continue;
        }
        line_number++;
        read_record();
        if (failure == ERR_CANCEL) {
            con_puts(from_console ? "load cancelled\n" : "no end record (:00000001FF)\n");
            return;
        }
        if (failure == ERR_DIGIT) {
            line_error(line_number, "bad hex digit '");
            con_putc(bad_char);
            con_puts("'\n");
            errors++;
            skip_line();
            continue;
        }
        if (failure == ERR_END) {
            line_error(line_number, "record too short\n");
            errors++;
            if (from_console) {
                con_cr_seen = last_char == CH_CR;
            }
            continue;
        }
        count = record[0];
        sum = 0;
        for (j = 0; j < (uint16_t)count + 5; j++) {
            sum += record[j];
        }
        last_char = 0;
        skip_line();
        if (sum != 0) {
            line_error(line_number, "checksum error\n");
            errors++;
            continue;
        }
        type = record[3];
        if (type == TYPE_EOF) {
            break;
        }
        if (type != TYPE_DATA) {
            if (type > TYPE_LAST_KNOWN) {
                line_error(line_number, "unknown record type ");
                con_put_hex8(type);
                con_newline();
                errors++;
            }
            continue;
        }
        address = ((uint16_t)record[1] << 8) | record[2];
        if (count == 0) {
            continue;
        }
        last = address + count - 1;
        if (last < address || !writable(address, last)) {
            line_error(line_number, "");
            put_not_writable(address, last);
            con_newline();
            errors++;
            continue;
        }
        for (i = 0; i < count; i++) {
            MEM(address + i) = record[4 + i];
        }
        loaded += count;
        if (address < lowest) {
            lowest = address;
        }
        if (address + count - 1 > highest) {
            highest = address + count - 1;
        }
    }
    con_puts("loaded ");
    con_put_udec(loaded);
    con_puts(" bytes");
    if (loaded != 0) {
        con_puts(", $");
        con_put_hex16(lowest);
        con_puts("-$");
        con_put_hex16(highest);
    }
    if (errors != 0) {
        con_puts(", ");
        con_put_udec(errors);
        con_puts(errors == 1 ? " error" : " errors");
    }
    con_newline();
}
