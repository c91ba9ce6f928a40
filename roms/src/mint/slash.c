/* MINT operators written with a leading / (/D, /U, /W, /i, ...). */
#include "mint_core.h"

/* The operators written with a leading / (the character after / is c). */
void alternate(uint8_t c)
{
    int16_t a, b;
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
    case 'j': /* loop counters of the innermost loops running, the caller's included */
        b = (c == 'i') ? 1 : 2;
        push(nloops >= b ? (int16_t)loops[nloops - b].index : 0);
        break;
    case 'a': case 'b': case 'c': case 'd': case 'e': case 'f': case 'g': case 'h':
    case 'k': case 'l': case 'm': case 'n': case 'o': case 'p': case 'q': case 'r':
    case 's': case 't': case 'u': case 'v': case 'w': case 'x': case 'y': case 'z':
        access_word(MINT_SYSVARS + 2 * (c - 'a'));
        break;
    case 'L': case 'M': case 'Q': case 'Z': /* SD card: files.c */
        file_operator(c);
        break;
    case 'B': case 'J': case 'R': case 'Y':
    case '[': case '\\': case ']': case '^': case '_': case '`':
    default:
        fail("unknown operator /", c);
    }
}
