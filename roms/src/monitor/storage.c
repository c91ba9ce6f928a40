/* storage.c - the monitor's SD card commands (see docs/storage.md, docs/roms.md):
 *   S name start end   save memory start..end: Intel HEX if the name ends in .HEX or .IHX,
 *                      else the raw bytes
 *   L name [addr]      load a file: Intel HEX records go to their addresses, raw bytes to addr
 *   N                  list the card's files
 *   K name             delete a file */
#include "console.h"
#include "monitor.h"
#include "sdcard.h"

#define CH_ESC 0x1B

static uint8_t write_failed;
static uint8_t checksum;

static uint8_t card_ready(void)
{
    if (sd_present()) {
        return 1;
    }
    con_puts("no SD card\n");
    return 0;
}

static void no_file(void)
{
    con_puts("no file ");
    con_puts(arg_name);
    con_newline();
}

/* Non-zero if the name ends in .HEX or .IHX (any case). */
static uint8_t is_hex_name(const char *name)
{
    const char *end = name;
    uint8_t a, b;
    while (*end) {
        end++;
    }
    if (end - name < 4 || end[-4] != '.' || (end[-1] | 0x20) != 'x') {
        return 0;
    }
    a = end[-3] | 0x20;
    b = end[-2] | 0x20;
    return (a == 'h' && b == 'e') || (a == 'i' && b == 'h');
}

static void put(char c)
{
    if (sd_putc(c)) {
        write_failed = 1;
    }
}

static void put_hex(uint8_t value)
{
    static const char digits[] = "0123456789ABCDEF";
    put(digits[value >> 4]);
    put(digits[value & 0x0F]);
    checksum += value;
}

static void hex_record(uint16_t address, uint8_t count)
{
    uint8_t i;
    put(':');
    checksum = 0;
    put_hex(count);
    put_hex(address >> 8);
    put_hex((uint8_t)address);
    put_hex(0);
    for (i = 0; i < count; i++) {
        put_hex(MEM(address + i));
    }
    put_hex((uint8_t)(0 - checksum));
    put('\r');
    put('\n');
}

static void save_hex(uint16_t start, uint16_t end)
{
    uint16_t address = start;
    for (;;) {
        uint16_t left = end - address;   /* bytes after address */
        hex_record(address, left >= 15 ? 16 : (uint8_t)left + 1);
        if (left < 16) {
            break;
        }
        address += 16;
    }
    put(':');
    checksum = 0;
    put_hex(0);
    put_hex(0);
    put_hex(0);
    put_hex(1);
    put_hex(0xFF);
    put('\r');
    put('\n');
}

static void put_range(uint16_t start, uint16_t end)
{
    con_putc('$');
    con_put_hex16(start);
    con_puts("-$");
    con_put_hex16(end);
}

void cmd_save(void)
{
    uint16_t start, end;
    if (!card_ready() || !need_args(2, "S name start end")) {
        return;
    }
    start = args[0];
    end = args[1];
    if (end < start) {
        con_puts("end is below start\n");
        return;
    }
    if (sd_open(arg_name, SD_CREATE)) {
        con_puts("cannot create ");
        con_puts(arg_name);
        con_newline();
        return;
    }
    write_failed = 0;
    if (is_hex_name(arg_name)) {
        save_hex(start, end);
    } else {
        uint16_t address = start;
        do {
            put(MEM(address));
        } while (address++ != end);
    }
    sd_close();
    if (write_failed) {
        con_puts("write failed (card full?)\n");
        return;
    }
    con_puts("saved ");
    put_range(start, end);
    con_puts(" to ");
    con_puts(arg_name);
    con_newline();
}

static char file_source(void)
{
    int c = sd_getc();
    return c < 0 ? CH_ESC : (char)c;
}

void cmd_load_file(void)
{
    uint16_t start, address, count = 0;
    uint8_t hex;
    if (!card_ready()) {
        return;
    }
    hex = is_hex_name(arg_name);
    if (!hex && !need_args(1, "L name addr (a .HEX file needs no addr)")) {
        return;
    }
    if (sd_open(arg_name, SD_READ)) {
        no_file();
        return;
    }
    if (hex) {
        hex_load(file_source);
        sd_close();
        return;
    }
    start = address = args[0];
    for (;;) {
        int c = sd_getc();
        if (c < 0) {
            break;
        }
        if (!writable(address, address)) {
            sd_close();
            put_not_writable(address, address);
            con_puts(": stopped\n");
            return;
        }
        MEM(address) = (uint8_t)c;
        address++;
        count++;
    }
    con_puts("loaded ");
    con_put_udec(count);
    con_puts(" bytes");
    if (count != 0) {
        con_puts(", ");
        put_range(start, address - 1);
    }
    con_newline();
}

void cmd_names(void)
{
    uint16_t files = 0;
    int c;
    if (!card_ready()) {
        return;
    }
    if (sd_dir()) {
        return;
    }
    while ((c = sd_getc()) >= 0) {
        con_putc((char)c);
        if (c == '\n') {
            files++;
        }
    }
    con_put_udec(files);
    con_puts(files == 1 ? " file\n" : " files\n");
}

void cmd_kill(void)
{
    if (!card_ready()) {
        return;
    }
    if (arg_name == 0) {
        con_puts("missing argument, usage: K name\n");
        return;
    }
    if (sd_delete(arg_name)) {
        no_file();
        return;
    }
    con_puts("deleted ");
    con_puts(arg_name);
    con_newline();
}
