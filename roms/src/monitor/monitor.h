/* monitor.h - shared declarations of the monitor ROM. */
#ifndef MONITOR_H
#define MONITOR_H

#include <stdint.h>

#define RAM_START   0x2000     /* $0000-$1FFF is ROM */
/* The monitor's own RAM, which commands refuse to write: its data and stack. The RST and
 * NMI vectors before it ($2000-$2014) stay writable so that programs can take them over. */
#define MONITOR_RAM_FIRST 0x2015
#define MONITOR_RAM_LAST  0x23FF
#define MAX_ARGS    40     /* as many numbers as a 79-character line can hold */
#define LINE_SIZE   80

#ifdef HOST
extern uint8_t host_memory[65536];
#define MEM(a) host_memory[(uint16_t)(a)]
#else
#define MEM(a) (*(uint8_t *)(uint16_t)(a))
#endif

/* Arguments of the current command line (hex numbers). */
extern uint16_t args[MAX_ARGS];
extern uint8_t arg_count;

/* Registers captured by cpu.s: AF BC DE HL IX IY SP PC. */
extern uint16_t saved_regs[8];

/* Helpers in main.c */
uint8_t need_args(uint8_t count, const char *usage);
uint8_t check_byte(uint16_t value);
uint8_t check_ram(uint16_t start, uint16_t count);
uint8_t check_ram_range(uint16_t start, uint16_t last);
uint8_t writable(uint16_t start, uint16_t last);
void put_not_writable(uint16_t start, uint16_t last);

/* Commands */
void cmd_dump(void);
void cmd_enter(void);
void cmd_fill(void);
void cmd_move(void);
void cmd_compare(void);
void cmd_load(void);
void hex_load(char (*next)(void));

/* SD card commands (storage.c); arg_name is the file name of S, L, K (0 if none). */
extern char *arg_name;
void cmd_save(void);
void cmd_load_file(void);
void cmd_names(void);
void cmd_kill(void);

/* cpu.s */
uint8_t go_call(uint16_t address);   /* 0 = returned, 1 = breakpoint */
void breakpoint_entry(void);
uint8_t port_in(uint8_t port);
void port_out(uint8_t port, uint8_t value);

void monitor_loop(void);

#endif
