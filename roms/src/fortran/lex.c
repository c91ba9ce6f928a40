/* lex.c - scanning a statement's text (already upper case outside strings). */
#include "f77.h"

const char *cp;

uint8_t is_alpha(char c) { return (c >= 'A' && c <= 'Z') || c == '_'; }
uint8_t is_digit(char c) { return c >= '0' && c <= '9'; }
uint8_t is_alnum(char c) { return is_alpha(c) || is_digit(c); }

char peek(void)
{
    while (*cp == ' ' || *cp == '\t')
        cp++;
    return *cp;
}

uint8_t accept(char c)
{
    if (peek() == c) {
        cp++;
        return 1;
    }
    return 0;
}

void need(char c)
{
    static char what[4];
    if (!accept(c)) {
        what[0] = '\'';
        what[1] = c;
        what[2] = '\'';
        what[3] = 0;
        expected(what);
    }
}

/* keyword: blanks inside the text are skipped (GO TO, END IF, DOUBLE PRECISION) */
uint8_t kw(const char *k)
{
    const char *p = cp;
    while (*k) {
        while (*p == ' ' || *p == '\t')
            p++;
        if (*p != *k)
            return 0;
        p++;
        k++;
    }
    cp = p;
    return 1;
}

uint8_t get_name(char *buf)
{
    uint8_t n = 0;
    if (!is_alpha(peek()))
        return 0;
    while (is_alnum(*cp)) {
        if (n < 31)
            buf[n++] = *cp;
        cp++;
    }
    buf[n] = 0;
    return n;
}

uint8_t get_label(uint16_t *l)
{
    uint16_t v = 0;
    uint8_t n = 0;
    peek();
    while (is_digit(*cp)) {
        v = v * 10 + (*cp++ - '0');
        n++;
    }
    *l = v;
    return n;
}

int32_t get_int(void)
{
    int32_t v = 0;
    uint8_t neg = 0;
    if (accept('-'))
        neg = 1;
    else
        accept('+');
    if (!is_digit(peek()))
        expected("a number");
    v = atol_s(cp);
    while (is_digit(*cp))
        cp++;
    return neg ? -v : v;
}

uint8_t at_end(void)
{
    return peek() == 0;
}

/* END, END PROGRAM, END SUBROUTINE, END FUNCTION, END BLOCK DATA (a name may follow) */
uint8_t end_kw(void)
{
    return kw("END") && (at_end() || kw("PROGRAM") || kw("SUBROUTINE") || kw("FUNCTION")
        || kw("BLOCKDATA"));
}

void need_end(void)
{
    if (!at_end())
        expected("end of statement");
}
