/* main.c - RetroShield Z80 Monitor: command loop, argument parsing, G I O R commands. */
#include "console.h"
#include "startup.h"
#include "monitor.h"

uint16_t args[MAX_ARGS];
uint8_t arg_count;
char *arg_name;
uint16_t saved_regs[8];
static uint8_t regs_valid;
static char line[LINE_SIZE];
static char *cursor;

static const char help_text[] =
    "Commands (hex numbers, upper or lower case):\n"
    "  D [addr [len]]     dump memory (D alone continues)\n"
    "  E addr [b1 b2 ..]  enter bytes (no bytes: one by one, . ends)\n"
    "  F start end byte   fill memory\n"
    "  M src dst len      move memory\n"
    "  C a1 a2 len        compare memory\n"
    "  G addr             call a program; RET comes back here\n"
    "  R                  registers of the last G or breakpoint (RST 30h)\n"
    "  I port             read a port\n"
    "  O port byte        write a port\n"
    "  L                  load an Intel HEX file (paste it)\n"
    "  S name start end   save to the SD card (name.HEX: Intel HEX, else raw)\n"
    "  L name [addr]      load a file (raw: at addr)   N list files   K name delete\n"
    "  ? or H             this help\n"
    "ROM $0000-$1FFF, RAM $2000-$FFFF (monitor uses $2000-$23FF).\n";

static int8_t hex_digit(char c)
{
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    c &= 0xDF;  /* upper case */
    if (c >= 'A' && c <= 'F') {
        return c - 'A' + 10;
    }
    return -1;
}

static uint8_t is_separator(char c)
{
    return c == ' ' || c == ',';
}

/* Parses the rest of the line into args; prints a message and returns 0 on error. */
static uint8_t parse_args(void)
{
    arg_count = 0;
    for (;;) {
        char *start;
        uint16_t value = 0;
        uint8_t digits = 0;
        while (is_separator(*cursor)) {
            cursor++;
        }
        if (*cursor == 0) {
            return 1;
        }
        if (arg_count == MAX_ARGS) {
            con_puts("too many arguments (at most 40 numbers a line)\n");
            return 0;
        }
        start = cursor;
        if (*cursor == '$') {
            cursor++;
        }
        while (*cursor != 0 && !is_separator(*cursor)) {
            int8_t digit = hex_digit(*cursor);
            if (digit < 0 || digits == 4) {
                while (*cursor != 0 && !is_separator(*cursor)) {
                    cursor++;
                }
                *cursor = 0;
                con_puts("bad hex number: ");
                con_puts(start);
                con_puts(" (up to 4 digits 0-9 A-F)\n");
                return 0;
            }
            value = (value << 4) | (uint8_t)digit;
            digits++;
            cursor++;
        }
        if (digits == 0) {
            con_puts("bad hex number: $\n");
            return 0;
        }
        args[arg_count++] = value;
    }
}

uint8_t need_args(uint8_t count, const char *usage)
{
    if (arg_count >= count) {
        return 1;
    }
    con_puts("missing argument, usage: ");
    con_puts(usage);
    con_newline();
    return 0;
}

uint8_t check_byte(uint16_t value)
{
    if (value <= 0xFF) {
        return 1;
    }
    con_puts("not a byte: ");
    con_put_hex16(value);
    con_newline();
    return 0;
}

/* Non-zero if start..last (start <= last) is RAM that commands may write. */
uint8_t writable(uint16_t start, uint16_t last)
{
    return start >= RAM_START && (start > MONITOR_RAM_LAST || last < MONITOR_RAM_FIRST);
}

/* Prints why start..last may not be written: "$0100 is ROM" (no newline). */
void put_not_writable(uint16_t start, uint16_t last)
{
    con_putc('$');
    if (start < RAM_START || last < start) {
        con_put_hex16(last < start ? 0 : start);   /* a range past $FFFF wraps into ROM */
        con_puts(" is ROM");
        return;
    }
    con_put_hex16(start > MONITOR_RAM_FIRST ? start : MONITOR_RAM_FIRST);
    con_puts(" is the monitor's own RAM ($2015-$23FF)");
}

/* start..last (both included) must be writable RAM; prints the reason and returns 0 if not. */
uint8_t check_ram_range(uint16_t start, uint16_t last)
{
    if (last >= start && writable(start, last)) {
        return 1;
    }
    put_not_writable(start, last);
    con_newline();
    return 0;
}

/* The same for count bytes from start (count 0: nothing to check). */
uint8_t check_ram(uint16_t start, uint16_t count)
{
    return count == 0 || check_ram_range(start, start + count - 1);
}

static void show_registers(void)
{
    static const char names[] = "AFBCDEHLIXIYSPPC";
    uint8_t i;
    for (i = 0; i < 8; i++) {
        con_putc(names[i * 2]);
        con_putc(names[i * 2 + 1]);
        con_putc('=');
        con_put_hex16(saved_regs[i]);
        if (i != 7) {
            con_putc(' ');
        }
    }
    con_newline();
}

static void cmd_go(void)
{
    if (!need_args(1, "G addr")) {
        return;
    }
    if (go_call(args[0])) {
        con_puts("breakpoint at ");
        con_put_hex16(saved_regs[7]);
    } else {
        con_puts("returned from ");
        con_put_hex16(args[0]);
    }
    con_newline();
    regs_valid = 1;
    show_registers();
}

static void cmd_registers(void)
{
    if (!regs_valid) {
        con_puts("no registers saved yet: run a program with G\n");
        return;
    }
    show_registers();
}

static void cmd_in(void)
{
    if (!need_args(1, "I port") || !check_byte(args[0])) {
        return;
    }
    con_puts("port ");
    con_put_hex8((uint8_t)args[0]);
    con_puts(" = ");
    con_put_hex8(port_in((uint8_t)args[0]));
    con_newline();
}

static void cmd_out(void)
{
    if (!need_args(2, "O port byte") || !check_byte(args[0]) || !check_byte(args[1])) {
        return;
    }
    port_out((uint8_t)args[0], (uint8_t)args[1]);
}

/* S, L and K: the first word after the command is a file name (arg_name, 0 if none). */
static void take_name(void)
{
    while (is_separator(*cursor)) {
        cursor++;
    }
    if (*cursor == 0) {
        return;
    }
    arg_name = cursor;
    while (*cursor != 0 && !is_separator(*cursor)) {
        cursor++;
    }
    if (*cursor != 0) {
        *cursor++ = 0;
    }
}

/* The command letters (upper case) execute() knows. */
static const char commands[] = "?HDEFMCGRIOLSNK";

static uint8_t known_command(char c)
{
    const char *k;
    for (k = commands; *k; k++) {
        if (*k == c) {
            return 1;
        }
    }
    return 0;
}

static void execute(void)
{
    char command;
    cursor = line;
    while (*cursor == ' ') {
        cursor++;
    }
    command = *cursor;
    if (command == 0) {
        return;
    }
    if (command >= 'a' && command <= 'z') {
        command -= 'a' - 'A';
    }
    if (!known_command(command)) {
        con_puts("unknown command ");
        con_putc(command);
        con_puts(", type ? for help\n");
        return;
    }
    cursor++;
    arg_name = 0;
    if (command == 'S' || command == 'L' || command == 'K') {
        take_name();
    }
    if (!parse_args()) {
        return;
    }
    switch (command) {
    case '?':
    case 'H': con_puts(help_text); break;
    case 'D': cmd_dump(); break;
    case 'E': cmd_enter(); break;
    case 'F': cmd_fill(); break;
    case 'M': cmd_move(); break;
    case 'C': cmd_compare(); break;
    case 'G': cmd_go(); break;
    case 'R': cmd_registers(); break;
    case 'I': cmd_in(); break;
    case 'O': cmd_out(); break;
    case 'L': cmd_load(); break;
    case 'S': cmd_save(); break;
    case 'N': cmd_names(); break;
    case 'K': cmd_kill(); break;
    }
}

void monitor_loop(void)
{
    for (;;) {
        con_puts("> ");
        con_readline(line, LINE_SIZE);
        execute();
    }
}

/* Reached from cpu.s when RST 30h runs outside a G command. */
void monitor_orphan_breakpoint(void)
{
    con_puts("\nbreakpoint at ");
    con_put_hex16(saved_regs[7]);
    con_newline();
    regs_valid = 1;
    show_registers();
    monitor_loop();
}

void main(void)
{
    rst_set_handler(RST_30, breakpoint_entry);
    serial_init(SERIAL_INTERRUPTS);
    con_puts("\nRetroShield Z80 Monitor 1.0\ntype ? for help\n");
    monitor_loop();
}
