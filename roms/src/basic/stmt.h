/* stmt.h - statements implemented outside stmt.c. */
#ifndef STMT_H
#define STMT_H
#include <stdint.h>
void do_print(void);
void do_input(void);
void do_read(void);
void restore_line(uint16_t num);
void do_list(void);
void do_renum(void);
void skip_statement(void);
char *input_buffer(void);
uint8_t read_line(void);
void do_stop(uint8_t is_end);   /* END (1) or STOP / a break (0): CONT goes on at txt */
#endif
