/* basic.h - shared declarations of the BASIC interpreter (see docs/basic.md). */
#ifndef BASIC_H
#define BASIC_H

#include <stdint.h>

/* ---- tokens: keywords are stored as one byte >= 0x80 ---- */
enum {
    T_END = 0x80, T_FOR, T_NEXT, T_DATA, T_INPUT, T_DIM, T_READ, T_LET, T_GOTO, T_RUN,
    T_IF, T_RESTORE, T_GOSUB, T_RETURN, T_REM, T_STOP, T_OUT, T_ON, T_NULL, T_WAIT,
    T_DEF, T_POKE, T_PRINT, T_CONT, T_LIST, T_CLEAR, T_NEW, T_WIDTH, T_ELSE, T_TRON,
    T_TROFF, T_RENUM, T_SAVE, T_LOAD, T_MERGE, T_FILES, T_DIR, T_KILL,
    T_TAB, T_TO, T_FN, T_SPC, T_THEN, T_NOT, T_STEP, T_AND, T_OR,
    T_SGN, T_INT, T_ABS, T_USR, T_FRE, T_INP, T_POS, T_SQR, T_RND, T_LOG, T_EXP,
    T_COS, T_SIN, T_TAN, T_ATN, T_PEEK, T_LEN, T_STR, T_VAL, T_ASC, T_CHR, T_LEFT,
    T_RIGHT, T_MID, T_INSTR, T_HEX,
    T_LAST
};
#define T_FIRSTSTMT T_END
#define T_LASTSTMT  T_KILL
#define T_FIRSTFN   T_SGN

/* ---- whole-number constants 0..65535 typed in canonical form are stored in binary:
 * T_NUM6 + 1 byte, T_NUM12 + 2, T_NUM16 + 3; each byte holds 6 bits + 0x40, so no payload
 * byte is 0, '"', ':' or >= 0x80 and the line scanners need not know about them. */
#define T_NUM6  0x01
#define T_NUM12 0x02
#define T_NUM16 0x03
#define IS_NUM_START(c) ((uint8_t)((c) - '0') < 10 || (uint8_t)((c) - 1) < 3)
uint16_t num_token(uint8_t **pp);   /* decodes at *pp, advancing it */
uint8_t *put_num_token(uint8_t *d, uint16_t v);

/* ---- errors (index into the two-letter table) ---- */
enum {
    E_NF, E_SN, E_RG, E_OD, E_FC, E_OV, E_OM, E_UL, E_BS, E_DD, E_DZ, E_ID, E_TM,
    E_OS, E_LS, E_ST, E_CN, E_UF, E_NC, E_FF, E_MO, E_BREAK
};

/* A string value: length and address (not NUL-terminated). */
typedef struct { uint8_t len; char *ptr; } str_t;

/* Program line in memory: [size][line lo][line hi] text... 0 ; size 0 ends the program. */
#define LINE_NUM(p) (*(uint16_t *)((p) + 1))
#define LINE_TEXT(p) ((p) + 3)

/* RAM layout: the program area ends below the USR vector (the address USR calls, 0 = none);
 * $F800-$FFFF is the Z80 stack. */
#define USR_VECTOR ((uint16_t *)0xF7FE)
#define MEM_TOP    ((uint8_t *)0xF7FE)   /* the highest memory top */

/* The memory settings, kept in RAM before the program so that a warm reset finds them:
 * the memory top (Memory top? / CLEAR ,m) and the string space (CLEAR n). */
typedef struct {
    uint16_t magic;
    uint8_t *top;        /* BASIC uses the memory below this address */
    uint8_t *str_base;   /* 0: strings use all free memory; else they live in str_base..top */
} mem_config_t;
extern mem_config_t mem_cfg;   /* at heap_start (heap.s) */
extern uint8_t *str_gc_at;     /* strings are collected between statements below this */
#define PROGRAM_CEILING (mem_cfg.str_base ? mem_cfg.str_base : mem_top)
void do_clear(void);
uint16_t fre_strings(void);

/* memory areas */
extern uint8_t *prog_start, *prog_end;   /* prog_end points at the 0 end mark */
extern uint8_t *vars_start, *arr_start, *arr_end, *str_bottom, *mem_top;

/* execution state */
extern uint8_t *txt;        /* next byte of the statement being run */
extern uint8_t *cur_line;   /* header of the line being run, 0 in direct mode */
extern uint8_t trace;

/* expression results */
extern float fac;
extern str_t sac;
extern uint8_t etype;       /* 0 number, 1 string */

void error(uint8_t code);
void check_stack(void);   /* ?ST when expressions nest too deeply for the stack */
void skip_spaces(void);
uint8_t next_char(void);    /* skips spaces, returns the byte at txt (not consumed) */
void expect(uint8_t c);     /* skips spaces, requires c, consumes it */
uint8_t accept(uint8_t c);  /* consumes c if it comes next */

/* serio.c */
extern uint8_t out_col, out_width, out_nulls;
void out_char(char c);
void out_str(const char *s);
void out_nstr(const char *s, uint8_t n);
void out_newline(void);
char in_char(void);
uint8_t break_pending(void);
void serio_init(void);

/* num.c */
uint8_t *parse_number(uint8_t *p, float *out);
char *format_number(float x);   /* " 12" / "-3.5" (no trailing space) */
int16_t to_int(float x);        /* ?FC outside -32768..32767 */
uint16_t to_uint(float x);      /* -32768..65535, ?FC otherwise */
uint8_t to_byte(float x);

/* token.c */
uint8_t tokenize(const char *src, uint8_t *dst);   /* returns length incl. final 0 */
void list_line(uint8_t *line);
const char *keyword_name(uint8_t tok);

/* vars.c */
void clear_vars(void);
float *find_var(uint8_t create);   /* variable reference at txt; sets etype */
void *var_address(uint8_t n0, uint8_t n1, uint8_t create);
str_t *lookup_fn(uint8_t n0, uint8_t n1, uint8_t create);
char *str_alloc(uint8_t len);
void str_assign(str_t *dst, str_t *src);
void str_collect(void);
uint16_t mem_free(void);
void dim_array(void);
void make_room(uint8_t *at, uint16_t n);

/* expr.c */
void eval(void);
float eval_num(void);
void eval_str(void);
void check_num(void);
void check_str(void);
int16_t eval_int(void);
uint8_t eval_byte(void);
uint16_t eval_uint(void);

/* stmt.c / program.c */
void run_statements(void);
uint8_t *find_line(uint16_t num);
uint16_t parse_linenum(void);
void insert_line(uint16_t num, uint8_t *text, uint8_t len);
void do_new(void);
void do_run_from(uint8_t *line);
void restore_data(void);
void clear_all(void);
extern uint8_t cont_ok;

/* file.c */
void do_save(void);
void do_load(uint8_t merge);
void do_files(void);
void do_kill(void);
void enter_line(char *s);
extern uint8_t out_file;

#endif
