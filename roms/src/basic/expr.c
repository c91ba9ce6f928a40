/* expr.c - expressions: Microsoft's precedence (high to low) ^, unary -, * /, + -,
 * relations, NOT, AND, OR; AND OR NOT work on 16-bit integers; relations give -1 or 0. */
#include <string.h>
#include <math.h>
#include "basic.h"
#include "funcs.h"

float fac;
str_t sac;
uint8_t etype;

static void check_ov(void)
{
    if ((((uint8_t *)&fac)[3] & 0x7F) == 0x7F && (((uint8_t *)&fac)[2] & 0x80)) {
        error(E_OV);
    }
}

void check_num(void)
{
    if (etype) {
        error(E_TM);
    }
}

void check_str(void)
{
    if (!etype) {
        error(E_TM);
    }
}

static void binary(uint8_t minprec);

void eval(void)
{
    check_stack();
    binary(1);
}

float eval_num(void)
{
    eval();
    check_num();
    return fac;
}

void eval_str(void)
{
    eval();
    check_str();
}

int16_t eval_int(void)
{
    return to_int(eval_num());
}

uint16_t eval_uint(void)
{
    return to_uint(eval_num());
}

uint8_t eval_byte(void)
{
    return to_byte(eval_num());
}

/* Value in parentheses, as after a function keyword. */
void paren_expr(void)
{
    expect('(');
    eval();
    expect(')');
}

static void primary(void);

static float power(float base, float e)
{
    if (e == floorf(e) && e >= -255.0f && e <= 255.0f) {
        int16_t n = (int16_t)e;
        uint8_t neg = n < 0;
        float r = 1.0f;
        if (neg) {
            n = -n;
        }
        while (n) {
            if (n & 1) {
                r *= base;
            }
            base *= base;
            n >>= 1;
        }
        if (neg) {
            if (r == 0.0f) {
                error(E_DZ);
            }
            r = 1.0f / r;
        }
        return r;
    }
    if (base < 0) {
        error(E_FC);
    }
    if (base == 0.0f) {
        return 0.0f;
    }
    return expf(e * logf(base));
}

static int8_t str_compare(str_t *a, str_t *b)
{
    uint8_t i, n = a->len < b->len ? a->len : b->len;
    for (i = 0; i < n; i++) {
        if ((uint8_t)a->ptr[i] != (uint8_t)b->ptr[i]) {
            return (uint8_t)a->ptr[i] < (uint8_t)b->ptr[i] ? -1 : 1;
        }
    }
    if (a->len == b->len) {
        return 0;
    }
    return a->len < b->len ? -1 : 1;
}

/* An operand with its unary operators: - and + bind looser than ^ only, NOT looser
 * than the relations. */
static void operand(void)
{
    uint8_t c = next_char();
    check_stack();
    if (c == '-') {
        txt++;
        binary(7);
        check_num();
        fac = -fac;
    } else if (c == '+') {
        txt++;
        binary(7);
    } else if (c == T_NOT) {
        txt++;
        binary(3);
        check_num();
        fac = (float)(int16_t)~to_int(fac);
    } else {
        primary();
    }
}

/* Operators by precedence climbing: OR 1, AND 2, relations 4, + - 5, * / 6, ^ 8;
 * all left-associative. */
static void binary(uint8_t minprec)
{
    uint8_t c, prec, t, ops;
    float a;
    str_t s;
    int8_t cmp;
    operand();
    for (;;) {
        c = next_char();
        switch (c) {
        case '^': prec = 8; break;
        case '*': case '/': prec = 6; break;
        case '+': case '-': prec = 5; break;
        case '<': case '=': case '>': prec = 4; break;
        case T_AND: prec = 2; break;
        case T_OR: prec = 1; break;
        default: return;
        }
        if (prec < minprec) {
            return;
        }
        ops = 0;
        if (prec == 4) {
            for (;;) {
                c = next_char();
                if (c == '<') {
                    ops |= 1;
                } else if (c == '=') {
                    ops |= 2;
                } else if (c == '>') {
                    ops |= 4;
                } else {
                    break;
                }
                txt++;
            }
        } else {
            txt++;
        }
        t = etype;
        a = fac;
        s = sac;
        binary(prec + 1);
        if (prec == 4) {
            if (etype != t) {
                error(E_TM);
            }
            if (t) {
                cmp = str_compare(&s, &sac);
            } else {
                cmp = a < fac ? -1 : (a == fac ? 0 : 1);
            }
            etype = 0;
            fac = (ops & (cmp < 0 ? 1 : cmp == 0 ? 2 : 4)) ? -1.0f : 0.0f;
            continue;
        }
        if (t && c == '+') {
            check_str();
            if ((uint16_t)s.len + sac.len > 255) {
                error(E_LS);
            }
            {
                char *p = str_alloc(s.len + sac.len);
                memcpy(p, s.ptr, s.len);
                memcpy(p + s.len, sac.ptr, sac.len);
                sac.len += s.len;
                sac.ptr = p;
            }
            continue;
        }
        if (t || etype) {
            error(E_TM);
        }
        switch (c) {
        case '^': fac = power(a, fac); break;
        case '*': fac = a * fac; break;
        case '/':
            if (fac == 0.0f) {
                error(E_DZ);
            }
            fac = a / fac;
            break;
        case '+': fac = a + fac; break;
        case '-': fac = a - fac; break;
        case T_AND: fac = (float)(int16_t)(to_int(a) & to_int(fac)); break;
        default: fac = (float)(int16_t)(to_int(a) | to_int(fac)); break;
        }
        check_ov();
    }
}

static void primary(void)
{
    uint8_t c = next_char();
    if (c >= T_NUM6 && c <= T_NUM16) {
        fac = (float)num_token(&txt);
        etype = 0;
    } else if ((c >= '0' && c <= '9') || c == '.') {
        txt = parse_number(txt, &fac);
        etype = 0;
    } else if (c == '"') {
        txt++;
        sac.ptr = (char *)txt;
        while (*txt && *txt != '"') {
            txt++;
        }
        sac.len = (uint8_t)((char *)txt - sac.ptr);
        if (*txt) {
            txt++;
        }
        etype = 1;
    } else if (c == '(') {
        txt++;
        eval();
        expect(')');
    } else if (c == '&' && (txt[1] == 'H')) {
        uint16_t v = 0;
        txt += 2;
        for (;;) {
            c = *txt;
            if (c >= '0' && c <= '9') {
                c -= '0';
            } else if (c >= 'A' && c <= 'F') {
                c -= 'A' - 10;
            } else {
                break;
            }
            v = (v << 4) | c;
            txt++;
        }
        fac = (float)(int16_t)v;
        etype = 0;
    } else if (c >= 'A' && c <= 'Z') {
        float *v = find_var(0);
        if (etype) {
            sac = *(str_t *)v;
        } else {
            fac = *v;
        }
    } else if (c >= T_FIRSTFN && c < T_LAST) {
        txt++;
        call_function(c);
    } else if (c == T_FN) {
        txt++;
        call_fn();
    } else {
        error(E_SN);
    }
}
