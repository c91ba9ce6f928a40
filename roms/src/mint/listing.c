/* What MINT shows on request: function listing (^L), the stack (^S), help (/H). */
#include "mint_core.h"

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

void list_definitions(void)
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

void print_stack(void)
{
    uint16_t i;
    fresh_line();
    print("stack: ");
    for (i = 0; i < dsp; i++)
        print_dec(WORD(MINT_DSTACK + 2 * i));
    newline();
}

const char help_text[] =
    "numbers 12 -5 #FF  print . dec , hex `text` /C char /N newline\r\n"
    "stack \" dup ' drop $ swap % over /D depth\r\n"
    "maths + - * / (/r rest) & | ^ ~ { }  true 1 false 0: compare < = >\r\n"
    "vars a..z fetch, 5 x! store; /i /j loop counters; /h heap\r\n"
    "arrays [1 2 3] a!  a 1? item  a /S size  \\[ ] \\? \\! bytes  /A alloc\r\n"
    "loops n( ... )  /U( ... c /W ... )  c( then )/E( else )\r\n"
    "functions :A ... ;  A  :@ ... ; /G   // comment   /K key\r\n"
    "files a /L`F` load  a n /M`F` make  /Q list  /Z`F` zap (SD card)\r\n"
    "keys ^L list ^S stack ^E edit ^R recall ^C break\r\n";
