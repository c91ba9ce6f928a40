/* f77.h - shared definitions of the FORTRAN 77 interpreter.
 * Source lines are kept as text; RUN compiles every program unit into a compact
 * byte code (stack machine, symbols resolved to descriptors) that vm.c executes. */
#ifndef F77_H
#define F77_H

#include <stdint.h>
#include <setjmp.h>
#include "bcd.h"

/* ---- value types ---- */
#define T_INT  1
#define T_REAL 2
#define T_DBL  3
#define T_LOG  4
#define T_CHAR 5

typedef struct {
    uint8_t t;          /* T_... */
    uint16_t n;         /* CHARACTER length */
    uint8_t *p;         /* CHARACTER text, or storage address of a reference */
    union { int32_t i; bcd_t b; } u;
} val_t;

typedef struct {
    uint8_t *var;
    uint8_t t;
    int32_t count;
    val_t step;
} doslot_t;

/* ---- symbols (descriptors) ---- */
#define K_VAR    0
#define K_ARRAY  1
#define K_PARAM  2
#define K_SFUNC  3      /* statement function: addr = code address */
#define K_UNIT   4      /* external function/subroutine: addr = unit */
#define F_DUMMY  1
#define F_COMMON 2
#define F_ALLOC  4      /* storage assigned */
#define F_TYPED  8      /* explicitly typed */
#define F_ADJ    16     /* adjustable/assumed array (dummy) */
#define F_EXT    32     /* named in EXTERNAL */

struct common;
typedef struct sym {
    struct sym *next;
    uint8_t kind, flags, t, ndim;
    uint16_t clen;              /* CHARACTER*n, 0 = (*) */
    uint8_t *addr;              /* storage (or offset in COMMON until allocation) */
    int16_t lo[3], hi[3];
    uint16_t count;             /* elements */
    struct common *com;
    uint16_t coff;              /* offset in COMMON */
    char name[1];               /* NUL-terminated, allocated to length */
} sym_t;

typedef struct common {
    struct common *next;
    uint16_t size;
    uint8_t *addr;
    char name[8];
} common_t;

typedef struct unit {
    struct unit *next;
    uint8_t kind;               /* 0 main, 1 subroutine, 2 function, 3 BLOCK DATA */
    uint8_t t; uint16_t clen;   /* function type */
    uint8_t nargs, active, typed;
    uint8_t *code;
    sym_t *syms;
    sym_t *args[16];
    sym_t *result;
    uint16_t line;              /* header line */
    char name[12];
} unit_t;


/* ---- byte code ---- */
enum {
    OP_END = 0, OP_LINE, OP_PUSHI, OP_PUSHR, OP_PUSHD, OP_PUSHS, OP_PUSHL,
    OP_LOAD, OP_LOADA, OP_REF, OP_REFA, OP_SUBSTR, OP_STORE, OP_POP,
    OP_ADD, OP_SUB, OP_MUL, OP_DIV, OP_POW, OP_NEG,
    OP_EQ, OP_NE, OP_LT, OP_LE, OP_GT, OP_GE,
    OP_AND, OP_OR, OP_NOT, OP_EQV, OP_NEQV, OP_CAT,
    OP_JMP, OP_JZ, OP_CGOTO, OP_AIF,
    OP_DOINIT, OP_DOTEST, OP_DOINC,
    OP_CALL, OP_RET, OP_SFCALL, OP_SFRET, OP_INTR, OP_SETDIM,
    OP_STOP, OP_PAUSE,
    OP_IOSTART, OP_IOITEM, OP_IOEND, OP_OPEN, OP_CLOSE, OP_REWIND,
    OP_IOTRAP, OP_IOSTATUS, OP_IOJUMP, OP_PUSHLAB, OP_JMPVAR, OP_PUSHU, OP_CALLD
};

/* intrinsics */
enum {
    IN_ABS = 1, IN_IABS, IN_MOD, IN_INT, IN_NINT, IN_REAL, IN_FLOAT, IN_DBLE, IN_SQRT,
    IN_SIN, IN_COS, IN_TAN, IN_ASIN, IN_ACOS, IN_ATAN, IN_ATAN2, IN_EXP, IN_LOG, IN_LOG10,
    IN_MAX, IN_MIN, IN_SIGN, IN_DIM, IN_LEN, IN_INDEX, IN_CHAR, IN_ICHAR, IN_AMOD,
    IN_AMAX1, IN_AMIN1, IN_MAX0, IN_MIN0, IN_DABS, IN_DSQRT, IN_ALOG, IN_ALOG10,
    IN_IFIX, IN_SNGL, IN_AINT, IN_ANINT, IN_DEXP, IN_DLOG, IN_DSIN, IN_DCOS, IN_ISIGN,
    IN_DMOD, IN_IDNINT, IN_DATAN, IN_IDINT, IN_DINT, IN_DNINT, IN_DSIGN, IN_IDIM, IN_DDIM,
    IN_DMAX1, IN_DMIN1, IN_AMAX0, IN_AMIN0, IN_MAX1, IN_MIN1, IN_DLOG10, IN_DTAN, IN_DASIN,
    IN_DACOS, IN_DATAN2, IN_LAST,
    IN_SPECIFIC = 0x80             /* and up: the intrinsics of intrspec.c */
};

/* ---- addresses in the byte code: 16 bits (arena offsets on a host build) ---- */
#ifdef __SDCC
#define P2W(p) ((uint16_t)(p))
#define W2P(w) ((void *)(w))
#define RDW(p) (*(const uint16_t *)(p))     /* the Z80 reads words little-endian, unaligned */
#define WRW(p, w) (*(uint16_t *)(p) = (w))
#else
#define RDW(p) ((uint16_t)((p)[0] | ((p)[1] << 8)))
#define WRW(p, w) ((p)[0] = (uint8_t)(w), (p)[1] = (uint8_t)((w) >> 8))
extern uint8_t *mem_lo;
#define P2W(p) ((uint16_t)((uint8_t *)(p) - mem_lo))
#define W2P(w) ((void *)(mem_lo + (w)))
#endif

/* ---- memory ---- */
extern uint8_t *mem_lo, *mem_hi;     /* arena */
extern char *src_end;                /* source text: mem_lo .. src_end */
extern uint8_t *code_p;              /* code/storage grows up from here */
extern uint8_t *sym_lo;              /* symbols grow down to here */
extern uint8_t *imm_lo;              /* immediate-mode symbols and storage: imm_lo .. mem_hi */

/* ---- error handling ---- */
extern jmp_buf err_jmp;
extern uint16_t err_line;
void fail(const char *msg);                  /* "Line N: msg", back to the prompt */
void expected(const char *what);             /* "Line N: expected what in STMT" */
void rt_error(const char *msg);              /* run-time error */
extern const char *stmt_name;

/* ---- console ---- */
void io_putc(uint8_t c);
int io_getc(void);
int io_ready(void);
void out_s(const char *s);
void out_nl(void);
void out_long(int32_t v);
void out_u(uint16_t v);

/* ---- lexer (lex.c) ---- */
extern const char *cp;
char peek(void);                 /* next non-blank */
uint8_t accept(char c);
void need(char c);
uint8_t kw(const char *k);       /* keyword, blanks in the text ignored */
uint8_t is_alpha(char c);
uint8_t is_digit(char c);
uint8_t is_alnum(char c);
uint8_t get_name(char *buf);     /* identifier, max 31 chars */
uint8_t get_label(uint16_t *l);
int32_t get_int(void);
uint8_t at_end(void);
void need_end(void);
int32_t atol_s(const char *s);     /* the leading decimal digits of s (repl.c) */
uint8_t end_kw(void);

/* ---- symbols (sym.c) ---- */
extern unit_t *units, *cur_unit;
extern uint8_t implicit_t[26];
extern common_t *commons;
sym_t *sym_find(const char *name);
sym_t *sym_get(const char *name);        /* find or create with implicit type */
sym_t *sym_new(const char *name);
void *arena_down(uint16_t n);
void *arena_up(uint16_t n);
uint16_t type_size(uint8_t t, uint16_t clen);
void alloc_unit(unit_t *u);
void alloc_commons(void);
unit_t *unit_find(const char *name);

/* ---- compiler ---- */
void emit(uint8_t b);
void emit2(uint16_t w);
void emit_ptr(void *p);
void emit_pushi(int32_t v);        /* OP_PUSHI v */
uint8_t expr(void);                      /* returns static type (0 unknown) */
void ref_expr(void);                     /* compile a reference (for READ, args) */
void compile_stmt(const char *text, uint16_t line);
void compile_begin_unit(unit_t *u);
void compile_end_unit(void);
uint8_t compile_decl(void);              /* declarations; 1 if handled */
void compile_io(uint8_t which);          /* 0 READ, 1 WRITE, 2 PRINT, 3 READ fmt-only */
void compile_data(void);
extern uint8_t imm_mode;

/* labels */
uint16_t label_ref(uint16_t label);      /* code to emit as operand */
void label_def(uint16_t label);
void labels_reset(void);
void labels_check(void);
uint8_t *format_ref(uint16_t label);

/* ---- run time ---- */
void vm_run(uint8_t *pc);
extern val_t *vsp;
extern uint8_t stop_flag;
void load_val(val_t *v, uint8_t t, uint8_t *p, uint16_t n);
void store_val(uint8_t t, uint8_t *p, uint16_t n, val_t *v);
void conv(val_t *v, uint8_t t);
int32_t to_long(val_t *v);
void arith(uint8_t op, val_t *a, val_t *b);
uint8_t compare(uint8_t op, val_t *a, val_t *b);
int8_t compare3(uint8_t op, val_t *a, val_t *b);
uint8_t cmp_holds(uint8_t op, int8_t c);
int bcd_op(uint8_t op, bcd_t *a, const bcd_t *b, uint8_t prec);
void intrinsic(uint8_t id, uint8_t n, val_t *args);
uint8_t intrinsic_find(const char *name);
void intrinsic_specific(uint8_t k, uint8_t n, val_t *args);  /* k: id - IN_SPECIFIC */
uint8_t intrinsic_specific_find(const char *name);
void bcd_check(int r);
void temp_reset(void);
uint8_t *temp_alloc(uint16_t n);

/* I/O */
void io_start(uint8_t mode, val_t *unit, uint8_t *fmt, uint16_t fmtlen);
void io_item(val_t *v);
void io_end(void);
void fmt_val(char *buf, val_t *v);
void file_open(val_t *unit, val_t *name, uint8_t status);
void file_close(val_t *unit, uint8_t rewind);
/* ERR=, END=, IOSTAT=: an error inside a trapped I/O statement resumes the byte code
 * after the statement with io_status set (1 error, -1 end of file) */
extern uint8_t io_trap;
extern int8_t io_status;
extern const char *io_msg;
extern jmp_buf io_jmp;
uint8_t *io_resume(uint8_t *pc);
int32_t label_value(uint8_t *pc);
uint8_t *assigned_label(int32_t v, uint8_t first);
unit_t *proc_unit(void *p, uint8_t kind);

/* program text (prog.c) */
extern uint16_t nlines;
char *line_at(uint16_t n);
#define COMMENT_MARK 1            /* first character of a stored comment line */
void prog_add(const char *text);
void prog_list(void);
void prog_delete(uint16_t a, uint16_t b);
void prog_new(void);
void prog_run(void);
void prog_save(const char *name);
void prog_load(const char *name);
void prog_dir(void);
void prog_append(const char *text);
void run_immediate(const char *s);
void recover(void);
uint8_t nblocks_open(void);
void enter_line(char *buf);
void repl(void);
void load_line(char *buf);
void format_line(const char *p, char *out);
void check_break(void);
uint8_t parse_header(char *name, uint8_t *kind, uint8_t *t, uint16_t *clen);
extern uint8_t unit_ended;

#endif
