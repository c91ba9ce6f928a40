/*
 * MINT 2 interpreter core: portable C (SDCC for the Z80 ROM, gcc for host tests).
 *
 * The interpreter reads the program text one character at a time and acts on each
 * character directly (no compilation). Numbers are 16-bit; all addresses a MINT
 * program sees are 16-bit addresses in the space described in mint.h.
 */
#include "mint.h"

#ifdef __SDCC
#define MEM ((uint8_t *)0)
#else
extern uint8_t mint_host_mem[];
#define MEM mint_host_mem
#endif

#define BYTE(a) (MEM[(uint16_t)(a)])
#define WORD(a) (*(int16_t *)(MEM + (uint16_t)(a)))
#define SYSVAR(ch) WORD(MINT_SYSVARS + 2 * ((ch) - 'a'))
#define HEAP_PTR SYSVAR('h')

#define CASE_DIGITS case '0': case '1': case '2': case '3': case '4': case '5': case '6': \
    case '7': case '8': case '9':
#define CASE_UPPER case 'A': case 'B': case 'C': case 'D': case 'E': case 'F': case 'G': \
    case 'H': case 'I': case 'J': case 'K': case 'L': case 'M': case 'N': case 'O': case 'P': \
    case 'Q': case 'R': case 'S': case 'T': case 'U': case 'V': case 'W': case 'X': case 'Y': \
    case 'Z':
#define CASE_LOWER case 'a': case 'b': case 'c': case 'd': case 'e': case 'f': case 'g': \
    case 'h': case 'i': case 'j': case 'k': case 'l': case 'm': case 'n': case 'o': case 'p': \
    case 'q': case 'r': case 's': case 't': case 'u': case 'v': case 'w': case 'x': case 'y': \
    case 'z':

#define LOOP_MAX 32
#define FRAME_MAX 64
#define ARRAY_MAX 16
#define NO_KEY (-1)

#define KEY_CTRL_C 0x03
#define KEY_CTRL_E 0x05
#define KEY_BS 0x08
#define KEY_CTRL_L 0x0C
#define KEY_CTRL_R 0x12
#define KEY_CTRL_S 0x13
#define KEY_DEL 0x7F
#define KEY_BELL 0x07

struct loop { uint16_t start; uint16_t index; uint16_t limit; };
struct frame { uint16_t ip; uint8_t loops; }; /* loops: the caller's loop_floor */
struct array { uint16_t depth; uint8_t bytes; };

static uint16_t ip;             /* address of the next character to interpret */
static uint16_t dsp;            /* number of items on the data stack */
static uint8_t err;             /* set by fail(): stops the current line */
static struct loop loops[LOOP_MAX];
static uint8_t nloops;
static struct frame frames[FRAME_MAX];
static uint8_t nframes;
static uint8_t loop_floor;      /* loops of the calling functions: nloops at the last call */
static struct array arrays[ARRAY_MAX];
static uint8_t narrays;
static uint16_t last_addr;      /* /V: address of the last variable or array access */
static uint8_t accessed_now;    /* the operator just run was such an access */
static uint8_t accessed_before; /* the operator before the current one was */
static uint8_t byte_mode;       /* set by \ until ] ? or ! */
static uint8_t last_cond;       /* did the last finished ( ) block run? for /E */
static uint8_t column;          /* nonzero when the cursor is not at a line start */
static int pushback;            /* a key read while polling for ^C */
static uint16_t last_len;       /* length of the previous input (for ^R) */
static uint8_t last_was_cr;

/* ------------------------------------------------------------------ output */

static void out(uint8_t c)
{
    io_putc(c);
    column = (c != '\n');
}

static void print(const char *s)
{
    while (*s)
        out((uint8_t)*s++);
}

static void newline(void)
{
    out('\r');
    out('\n');
}

static void fresh_line(void)
{
    if (column)
        newline();
}

static void print_dec(int16_t value)
{
    uint8_t digits[6];
    uint8_t n = 0;
    uint16_t u = (uint16_t)value;
    if (value < 0) {
        out('-');
        u = (uint16_t)(0 - u);
    }
    do {
        digits[n++] = (uint8_t)('0' + u % 10);
        u /= 10;
    } while (u);
    while (n)
        out(digits[--n]);
    out(' ');
}

static void print_hex_digit(uint8_t d)
{
    out((uint8_t)(d < 10 ? '0' + d : 'A' - 10 + d));
}

static void print_hex(uint16_t value)
{
    uint8_t shift = 16;
    do {
        shift -= 4;
        print_hex_digit((uint8_t)((value >> shift) & 15));
    } while (shift);
    out(' ');
}

static void prompt(void)
{
    fresh_line();
    print("> ");
}

static void fail(const char *message, uint8_t detail)
{
    if (err)
        return;
    err = 1;
    fresh_line();
    print("Error: ");
    print(message);
    if (detail)
        out(detail);
    newline();
}

/* ------------------------------------------------------------------- input */

static int key(void)
{
    int c = pushback;
    if (c != NO_KEY) {
        pushback = NO_KEY;
        return c;
    }
    return io_getc();
}

/* Called inside loops and calls (looks at the serial chip every 32nd time): a
   waiting ^C stops the program; any other key is kept for later (the serial chip
   holds further keys back meanwhile). */
static uint8_t poll_count;

static void poll_break(void)
{
    if ((++poll_count & 31) == 0 && pushback == NO_KEY && io_ready()) {
        int c = io_getc();
        if (c == KEY_CTRL_C)
            fail("break", 0);
        else
            pushback = c;
    }
}

/* ------------------------------------------------------------------- stack */

static void push(int16_t v)
{
    if (dsp >= MINT_DS_CELLS) {
        fail("stack overflow", 0);
        return;
    }
    WORD(MINT_DSTACK + 2 * dsp) = v;
    dsp++;
}

static int16_t pop(void)
{
    if (dsp == 0) {
        fail("stack underflow", 0);
        return 0;
    }
    dsp--;
    return WORD(MINT_DSTACK + 2 * dsp);
}

static int16_t peek(uint8_t depth)
{
    if (dsp <= depth) {
        fail("stack underflow", 0);
        return 0;
    }
    return WORD(MINT_DSTACK + 2 * (dsp - 1 - depth));
}

/* -------------------------------------------------------------------- heap */

static uint16_t allocate(uint16_t size)
{
    uint16_t start = (uint16_t)HEAP_PTR;
    if (size > MINT_HEAP_END - start) {
        fail("out of memory", 0);
        return 0;
    }
    HEAP_PTR = (int16_t)(start + size);
    return start;
}

/* ------------------------------------------------------------ text scanning */

#define is_digit(c) ((uint8_t)((c) - '0') < 10)

/* Finds the `close` that matches an already opened `open` (the text starts just
   after it), skipping `strings` and // comments. Returns 0 if the text ends. */
static uint16_t match(uint16_t p, uint8_t open, uint8_t close)
{
    uint8_t depth = 1;
    uint8_t c;
    for (;; p++) {
        c = BYTE(p);
        if (c == 0)
            return 0;
        if (c == '`') {
            do {
                p++;
            } while (BYTE(p) != 0 && BYTE(p) != '`');
            if (BYTE(p) == 0)
                return 0;
        } else if (c == '/' && BYTE(p + 1) == '/') {
            while (BYTE(p + 1) != 0 && BYTE(p + 1) != '\n')
                p++;
        } else if (c == open) {
            depth++;
        } else if (c == close && --depth == 0) {
            return p;
        }
    }
}

static void skip_block(void)
{
    uint16_t end = match(ip, '(', ')');
    if (end == 0)
        fail("missing )", 0);
    else
        ip = end + 1;
}

static int16_t read_decimal(void)
{
    uint16_t v = 0;
    while (is_digit(BYTE(ip)))
        v = (uint16_t)((v << 3) + (v << 1) + (BYTE(ip++) - '0'));
    return (int16_t)v;
}

static int16_t read_hex(void)
{
    uint16_t v = 0;
    uint8_t c;
    for (;;) {
        c = BYTE(ip);
        if (is_digit(c))
            c -= '0';
        else if (c >= 'A' && c <= 'F')
            c -= 'A' - 10;
        else
            return (int16_t)v;
        v = (uint16_t)((v << 4) | c);
        ip++;
    }
}

/* ---------------------------------------------------------------- printing */

/* Prints a definition's text up to and including its closing ; */
static void print_definition(uint16_t p)
{
    uint16_t end = match(p, ':', ';');
    uint8_t c;
    if (end == 0)
        return;
    while (p <= end) {
        c = BYTE(p++);
        if (c == '\n')
            newline();
        else
            out(c);
    }
}

static void list_definitions(void)
{
    uint8_t i;
    uint16_t p;
    fresh_line();
    for (i = 0; i < 26; i++) {
        p = (uint16_t)WORD(MINT_FUNCS + 2 * i);
        if (p) {
            out(':');
            out((uint8_t)('A' + i));
            print_definition(p);
            newline();
        }
    }
}

static void print_stack(void)
{
    uint16_t i;
    fresh_line();
    print("stack: ");
    for (i = 0; i < dsp; i++)
        print_dec(WORD(MINT_DSTACK + 2 * i));
    newline();
}

static const char help_text[] =
    "numbers 12 -5 #FF  print . dec , hex `text` /C char /N newline\r\n"
    "stack \" dup ' drop $ swap % over /D depth\r\n"
    "maths + - * / (/r rest) & | ^ ~ { }  true 1 false 0: compare < = >\r\n"
    "vars a..z fetch, 5 x! store; /i /j loop counters; /h heap\r\n"
    "arrays [1 2 3] a!  a 1? item  a /S size  \\[ ] \\? \\! bytes  /A alloc\r\n"
    "loops n( ... )  /U( ... c /W ... )  c( then )/E( else )\r\n"
    "functions :A ... ;  A  :@ ... ; /G   // comment   /K key\r\n"
    "keys ^L list ^S stack ^E edit ^R recall ^C break\r\n";

/* ------------------------------------------------------------- interpreter */

static uint16_t mul_high;

/* 16 x 16 bit multiply; the high word of the 32-bit product goes to mul_high. */
static uint16_t multiply(uint16_t a, uint16_t b)
{
    uint16_t lo = 0;
    uint16_t hi = 0;
    uint8_t k;
    for (k = 16; k; k--) {
        hi = (uint16_t)((hi << 1) | (lo >> 15));
        lo <<= 1;
        if (a & 0x8000u) {
            lo += b;
            if (lo < b)
                hi++;
        }
        a <<= 1;
    }
    mul_high = hi;
    return lo;
}

static void call(uint16_t address)
{
    if (address == 0) {
        fail("no function at address 0", 0);
        return;
    }
    if (nframes >= FRAME_MAX) {
        fail("calls nested too deep", 0);
        return;
    }
    frames[nframes].ip = ip;
    frames[nframes].loops = loop_floor;
    loop_floor = nloops;
    nframes++;
    ip = address;
    poll_break();
}


static void access_word(uint16_t address)
{
    last_addr = address;
    accessed_now = 1;
    push(WORD(address));
}

/* : followed by a letter or @ */
static void define(void)
{
    uint8_t name = BYTE(ip++);
    uint16_t start = ip;
    uint16_t end = match(start, ':', ';');
    uint16_t text = start;
    uint16_t n;
    if (end == 0) {
        fail("missing ;", 0);
        return;
    }
    ip = end + 1;
    if (name != '@' && (name < 'A' || name > 'Z')) {
        fail("bad function name :", name);
        return;
    }
    if (start < MINT_HEAP || start >= MINT_HEAP_END) {
        /* typed text: keep a copy in the heap (text already there stays put) */
        n = end + 1 - start;
        text = allocate(n);
        if (err)
            return;
        while (n--)
            BYTE(text + n) = BYTE(start + n);
    }
    if (name == '@') {
        push((int16_t)text);
    } else {
        WORD(MINT_FUNCS + 2 * (name - 'A')) = (int16_t)text;
        SYSVAR('z') = name;
    }
}

static void end_array(void)
{
    struct array *a;
    uint16_t count, address, k;
    int16_t v;
    if (narrays == 0) {
        fail("] without [", 0);
        return;
    }
    a = &arrays[--narrays];
    if (dsp < a->depth) {
        fail("stack underflow", 0);
        return;
    }
    count = dsp - a->depth;
    address = allocate(2 + (a->bytes ? count : 2 * count));
    if (err)
        return;
    WORD(address) = (int16_t)count;
    address += 2;
    for (k = 0; k < count; k++) {
        v = WORD(MINT_DSTACK + 2 * (a->depth + k));
        if (a->bytes)
            BYTE(address + k) = (uint8_t)v;
        else
            WORD(address + 2 * k) = v;
    }
    dsp = a->depth;
    push((int16_t)address);
}

/* The operators written with a leading / (the character after / is c). */
static void alternate(uint8_t c)
{
    int16_t a, b;
    uint8_t base;
    if (c == '/') { /* comment to end of line */
        while (BYTE(ip) != 0 && BYTE(ip) != '\n')
            ip++;
        return;
    }
    /* every character from A to z has a case, so the compiler makes a jump table */
    switch (c) {
    case 'A': /* allocate n bytes */
        a = pop();
        if (!err)
            push((int16_t)allocate((uint16_t)a));
        break;
    case 'C': /* print a character */
        out((uint8_t)pop());
        break;
    case 'D': /* stack depth */
        push((int16_t)dsp);
        break;
    case 'E': /* else: true when the last block did not run */
        push(last_cond ? 0 : 1);
        break;
    case 'F':
        push(0);
        break;
    case 'G': /* run MINT code at address */
        a = pop();
        if (!err)
            call((uint16_t)a);
        break;
    case 'H':
        fresh_line();
        print(help_text);
        break;
    case 'I': /* read an I/O port */
        a = pop();
        push(io_in((uint8_t)a));
        break;
    case 'K': /* wait for a key */
        a = key();
        push(a < 0 ? 0 : a);
        break;
    case 'N':
        newline();
        break;
    case 'O': /* write an I/O port: value port /O */
        a = pop();
        b = pop();
        if (!err)
            io_out((uint8_t)a, (uint8_t)b);
        break;
    case 'P':
        prompt();
        break;
    case 'S': /* array size */
        a = pop();
        if (!err)
            push(WORD((uint16_t)a - 2));
        break;
    case 'T':
        push(1);
        break;
    case 'U': /* unlimited loop count */
        push(-1);
        break;
    case 'V':
        push((int16_t)last_addr);
        break;
    case 'W': /* while: a false value leaves the innermost loop */
        a = pop();
        if (err || a)
            break;
        if (nloops == loop_floor) {
            fail("/W outside a loop", 0);
            break;
        }
        nloops--;
        skip_block();
        last_cond = 1;
        break;
    case 'X': /* call machine code */
        a = pop();
        if (!err)
            io_call((uint16_t)a);
        break;
    case 'i':
    case 'j': /* loop counters */
        base = loop_floor;
        b = (c == 'i') ? 1 : 2;
        push(nloops >= base + b ? (int16_t)loops[nloops - b].index : 0);
        break;
    case 'a': case 'b': case 'c': case 'd': case 'e': case 'f': case 'g': case 'h':
    case 'k': case 'l': case 'm': case 'n': case 'o': case 'p': case 'q': case 'r':
    case 's': case 't': case 'u': case 'v': case 'w': case 'x': case 'y': case 'z':
        access_word(MINT_SYSVARS + 2 * (c - 'a'));
        break;
    case 'B': case 'J': case 'L': case 'M': case 'Q': case 'R': case 'Y': case 'Z':
    case '[': case '\\': case ']': case '^': case '_': case '`':
    default:
        fail("unknown operator /", c);
    }
}

static void execute(uint16_t start)
{
    uint8_t c;
    int16_t a, b;
    uint16_t u;
    struct loop *l;

    ip = start;
    err = 0;
    nframes = 0;
    nloops = 0;
    loop_floor = 0;
    narrays = 0;
    byte_mode = 0;
    accessed_now = 0;
    while (!err) {
        c = BYTE(ip++);
        if (c == 0)
            break;
        if (c <= ' ')
            continue;
        accessed_before = accessed_now;
        accessed_now = 0;
        /* every character from ! to ~ has a case, so the compiler makes a jump table */
        switch (c) {
        CASE_LOWER /* variable: push its value */
            access_word(MINT_VARS + 2 * (c - 'a'));
            break;
        CASE_UPPER /* call a function */
            u = (uint16_t)WORD(MINT_FUNCS + 2 * (c - 'A'));
            if (u == 0)
                fail("undefined function ", c);
            else
                call(u);
            break;
        CASE_DIGITS
            ip--;
            push(read_decimal());
            break;
        case '!': /* store: n x!  or  n address ! ; byte after \ */
            a = pop();
            b = pop();
            if (err)
                break;
            u = accessed_before ? last_addr : (uint16_t)a;
            if (byte_mode)
                BYTE(u) = (uint8_t)b;
            else
                WORD(u) = b;
            byte_mode = 0;
            break;
        case '"': /* dup */
            push(peek(0));
            break;
        case '#': /* hexadecimal number */
            push(read_hex());
            break;
        case '$': /* swap */
            a = pop();
            b = pop();
            push(a);
            push(b);
            break;
        case '%': /* over */
            push(peek(1));
            break;
        case '&':
            a = pop();
            push(pop() & a);
            break;
        case '\'': /* drop */
            pop();
            break;
        case '(':
            a = pop();
            if (err)
                break;
            if (a == 0) {
                skip_block();
                last_cond = 0;
            } else if (nloops >= LOOP_MAX) {
                fail("loops nested too deep", 0);
            } else {
                l = &loops[nloops++];
                l->start = ip;
                l->index = 0;
                l->limit = (uint16_t)a;
            }
            break;
        case ')':
            if (nloops == loop_floor) {
                fail(") without (", 0);
                break;
            }
            l = &loops[nloops - 1];
            l->index++;
            if (l->limit == 0xFFFFu || l->index < l->limit) {
                ip = l->start;
                poll_break();
            } else {
                nloops--;
                last_cond = 1;
            }
            break;
        case '*':
            a = pop();
            b = pop();
            push((int16_t)multiply((uint16_t)b, (uint16_t)a));
            SYSVAR('r') = (int16_t)mul_high;
            break;
        case '+':
            a = pop();
            b = pop();
            u = (uint16_t)((uint16_t)a + (uint16_t)b);
            SYSVAR('c') = u < (uint16_t)a;
            push((int16_t)u);
            break;
        case ',':
            print_hex((uint16_t)pop());
            break;
        case '-':
            if (is_digit(BYTE(ip))) { /* negative number */
                push((int16_t)(0 - (uint16_t)read_decimal()));
                break;
            }
            a = pop();
            b = pop();
            SYSVAR('c') = (uint16_t)b < (uint16_t)a;
            push((int16_t)((uint16_t)b - (uint16_t)a));
            break;
        case '.':
            a = pop();
            if (!err)
                print_dec(a);
            break;
        case '/':
            u = BYTE(ip);
            if (u == '/' || (u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z')) {
                ip++;
                alternate((uint8_t)u);
                break;
            }
            a = pop();
            b = pop();
            if (err)
                break;
            if (a == 0) {
                fail("division by zero", 0);
                break;
            }
            if (a == -1) { /* avoids the one overflowing case */
                push((int16_t)(0 - (uint16_t)b));
                SYSVAR('r') = 0;
            } else {
                push(b / a);
                SYSVAR('r') = b % a;
            }
            break;
        case ':':
            define();
            break;
        case ';': /* end of a function: return */
            if (nframes == 0) /* a stray ; at top level ends the line */
                return;
            nframes--;
            ip = frames[nframes].ip;
            nloops = loop_floor;
            loop_floor = frames[nframes].loops;
            break;
        case '<':
            a = pop();
            push(pop() < a);
            break;
        case '=':
            a = pop();
            push(pop() == a);
            break;
        case '>':
            a = pop();
            push(pop() > a);
            break;
        case '?': /* array item: address index ? (bytes after \) */
            a = pop();
            b = pop();
            if (err)
                break;
            if (byte_mode) {
                u = (uint16_t)(b + a);
                last_addr = u;
                push(BYTE(u));
            } else {
                access_word((uint16_t)(b + 2 * a));
            }
            accessed_now = 1;
            byte_mode = 0;
            break;
        case '[':
            if (narrays >= ARRAY_MAX) {
                fail("arrays nested too deep", 0);
                break;
            }
            arrays[narrays].depth = dsp;
            arrays[narrays].bytes = byte_mode;
            narrays++;
            byte_mode = 0;
            break;
        case '\\': /* byte mode for the next [ ] ? or ! */
            byte_mode = 1;
            accessed_now = accessed_before; /* \! still stores to the last access */
            break;
        case ']':
            end_array();
            byte_mode = 0;
            break;
        case '^':
            a = pop();
            push(pop() ^ a);
            break;
        case '`': /* print text up to the next ` */
            while (BYTE(ip) != 0 && BYTE(ip) != '`')
                out(BYTE(ip++));
            if (BYTE(ip))
                ip++;
            break;
        case '{':
            push((int16_t)((uint16_t)pop() << 1));
            break;
        case '|':
            a = pop();
            push(pop() | a);
            break;
        case '}':
            push((int16_t)((uint16_t)pop() >> 1));
            break;
        case '~':
            push(~pop());
            break;
        case '@':
        case '_':
        default:
            fail("unknown operator ", c);
        }
    }
    if (err)
        dsp = 0;
}

/* ------------------------------------------------------------ line editor */

/* Is a :, (, [ or ` still open at the end of the text typed so far? */
static uint8_t still_open(uint16_t len)
{
    int16_t depth = 0;
    uint16_t p;
    uint8_t c;
    uint8_t in_text = 0;
    for (p = MINT_TIB; p < MINT_TIB + len; p++) {
        c = BYTE(p);
        if (c == '`') {
            in_text = !in_text;
        } else if (in_text) {
            continue;
        } else if (c == '/' && BYTE(p + 1) == '/') {
            while ((uint16_t)(p + 1) < (uint16_t)(MINT_TIB + len) && BYTE(p + 1) != '\n')
                p++;
        } else if (c == ':' || c == '(' || c == '[') {
            depth++;
        } else if (c == ';' || c == ')' || c == ']') {
            depth--;
        }
    }
    return in_text || depth > 0;
}

static void echo_text(uint16_t from, uint16_t to)
{
    uint8_t c;
    while (from < to) {
        c = BYTE(from++);
        if (c == '\n') {
            newline();
            print(".. ");
        } else {
            out(c);
        }
    }
}

/* Reads one entry (one or more lines while a block is open) into the input
   buffer, NUL-terminated. Returns 0, or -1 at the end of input (host only). */
static int read_entry(void)
{
    uint16_t len = 0;
    uint16_t line_start = 0;
    uint16_t p;
    int c;
    for (;;) {
        c = key();
        if (c < 0)
            return -1;
        if (c == '\n' && last_was_cr) {
            last_was_cr = 0;
            continue;
        }
        last_was_cr = (c == '\r');
        if (c == '\r' || c == '\n') {
            BYTE(MINT_TIB + len) = 0;
            if (still_open(len) && len < MINT_TIB_SIZE - 2) {
                BYTE(MINT_TIB + len++) = '\n';
                line_start = len;
                newline();
                print(".. ");
                continue;
            }
            newline();
            last_len = len;
            SYSVAR('k') = (int16_t)len;
            return 0;
        }
        switch (c) {
        case KEY_CTRL_C: /* abandon the entry */
            print("^C");
            newline();
            last_len = 0;
            BYTE(MINT_TIB) = 0;
            return 0;
        case KEY_BS:
        case KEY_DEL:
            if (len > line_start) {
                len--;
                print("\b \b");
            }
            break;
        case KEY_CTRL_R: /* recall the previous entry */
            if (len == 0 && last_len) {
                len = last_len;
                echo_text(MINT_TIB, MINT_TIB + len);
                for (p = 0; p < len; p++)
                    if (BYTE(MINT_TIB + p) == '\n')
                        line_start = p + 1;
            }
            break;
        case KEY_CTRL_E: /* edit a definition: ^E then its letter */
            c = key();
            if (len == 0 && c >= 'A' && c <= 'Z' && WORD(MINT_FUNCS + 2 * (c - 'A'))) {
                p = (uint16_t)WORD(MINT_FUNCS + 2 * (c - 'A'));
                BYTE(MINT_TIB) = ':';
                BYTE(MINT_TIB + 1) = (uint8_t)c;
                len = 2;
                while (len < MINT_TIB_SIZE - 2) {
                    c = BYTE(p++);
                    BYTE(MINT_TIB + len++) = (uint8_t)c;
                    BYTE(MINT_TIB + len) = 0;
                    if (c == ';' && match(MINT_TIB + 2, ':', ';'))
                        break;
                }
                echo_text(MINT_TIB, MINT_TIB + len);
                for (p = 0; p < len; p++)
                    if (BYTE(MINT_TIB + p) == '\n')
                        line_start = p + 1;
            } else {
                out(KEY_BELL);
            }
            break;
        case KEY_CTRL_L:
        case KEY_CTRL_S:
            if (c == KEY_CTRL_L)
                list_definitions();
            else
                print_stack();
            print("> ");
            echo_text(MINT_TIB, MINT_TIB + len);
            break;
        default:
            if (c == '\t')
                c = ' ';
            if (c < ' ' || c > '~')
                break;
            if (len < MINT_TIB_SIZE - 2) {
                BYTE(MINT_TIB + len++) = (uint8_t)c;
                out((uint8_t)c);
            } else {
                out(KEY_BELL);
            }
        }
    }
}

/* ------------------------------------------------------------------- main */

static void reset(void)
{
    uint16_t p;
    for (p = MINT_VARS; p < MINT_TIB; p++)
        BYTE(p) = 0;
    dsp = 0;
    pushback = NO_KEY;
    last_len = 0;
    last_was_cr = 0;
    column = 0;
    HEAP_PTR = (int16_t)MINT_HEAP;
    SYSVAR('s') = (int16_t)MINT_DSTACK;
}

void mint_main(void)
{
    reset();
    print("\r\nMINT 2.0 for the RetroShield Z80\r\n"
          "Type /H for help. Try: 1 2 + .   10(/i .)   :A 2* ; 21 A .\r\n");
    for (;;) {
        prompt();
        if (read_entry() < 0)
            return;
        execute(MINT_TIB);
    }
}
