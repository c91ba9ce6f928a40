/*
 * MINT 2 interpreter: portable C (SDCC for the Z80 ROM, gcc for host tests).
 *
 * It reads the program text one character at a time and acts on each character
 * directly (no compilation). Numbers are 16-bit; all addresses a MINT program sees
 * are 16-bit addresses in the space described in mint.h.
 */
#include "mint_core.h"

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

uint16_t ip;
uint16_t dsp;
uint8_t err;
struct loop loops[LOOP_MAX];
uint8_t nloops;
uint8_t nframes;
uint8_t loop_floor;
uint16_t last_addr;
uint8_t accessed_now;
uint8_t last_cond;

static uint16_t mul_high;       /* high word of the last multiply() */

static struct frame frames[FRAME_MAX];
static struct array arrays[ARRAY_MAX];
static uint8_t narrays;
static uint8_t accessed_before; /* the operator before the current one was an access */
static uint8_t byte_mode;       /* set by \ until ] ? or ! */

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

void call(uint16_t address)
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

void access_word(uint16_t address)
{
    last_addr = address;
    accessed_now = 1;
    push(WORD(address));
}

/* : followed by a letter or @ */
static void define(void)
{
    uint8_t name = BYTE(ip);
    uint16_t start, end, text, n;
    if (name != '@' && (name < 'A' || name > 'Z')) {
        fail("bad function name :", name);
        return;
    }
    start = ++ip;
    end = match(start, ':', ';');
    if (end == 0) {
        fail("missing ;", 0);
        return;
    }
    ip = end + 1;
    text = start;
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

static uint8_t c; /* the operator being run (a global: cheaper than a frame slot on the Z80) */

void execute(uint16_t start)
{
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
