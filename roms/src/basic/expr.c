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

/* evalasm.s: eval() runs the operators; what it leaves to C is here */
float lhs;          /* the left operand of binary_apply (a str_t if lhs_type is 1) */
uint8_t lhs_type;

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

uint16_t fac_index(void);   /* fast.s: fac truncated to 0-32767, else ?FC */

/* 0-255 (truncated), else ?FC; fac_index spares the float library the conversion */
uint8_t eval_byte(void)
{
    uint16_t n;
    eval_num();
    n = fac_index();
    if (n > 255) {
        error(E_FC);
    }
    return (uint8_t)n;
}

/* Value in parentheses, as after a function keyword. */
void paren_expr(void)
{
    expect('(');
    eval();
    expect(')');
}

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

/* NOT's operand is in fac (binary(3) from evalasm.s). */
void unary_not(void)
{
    check_num();
    fac = (float)(int16_t)~to_int(fac);
}

/* The operator c (relation bits ops: 1 <, 2 =, 4 >) of lhs and fac/sac, for what
 * evalasm.s does not do itself: relations, strings, ^, AND, OR. */
void binary_apply(uint8_t c, uint8_t ops)
{
    uint8_t t = lhs_type;
    float a = lhs;
    str_t s;
    int8_t cmp;
    s = *(str_t *)&lhs;
    if (ops) {
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
        return;
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
        return;
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

/* The whole numbers 0-63 as floats (constants of one T_NUM6 token). */
const float small_num[64] = {
    0.0f, 1.0f, 2.0f, 3.0f, 4.0f, 5.0f, 6.0f, 7.0f,
    8.0f, 9.0f, 10.0f, 11.0f, 12.0f, 13.0f, 14.0f, 15.0f,
    16.0f, 17.0f, 18.0f, 19.0f, 20.0f, 21.0f, 22.0f, 23.0f,
    24.0f, 25.0f, 26.0f, 27.0f, 28.0f, 29.0f, 30.0f, 31.0f,
    32.0f, 33.0f, 34.0f, 35.0f, 36.0f, 37.0f, 38.0f, 39.0f,
    40.0f, 41.0f, 42.0f, 43.0f, 44.0f, 45.0f, 46.0f, 47.0f,
    48.0f, 49.0f, 50.0f, 51.0f, 52.0f, 53.0f, 54.0f, 55.0f,
    56.0f, 57.0f, 58.0f, 59.0f, 60.0f, 61.0f, 62.0f, 63.0f
};

/* Operands evalasm.s leaves to C: constants in digits, strings, &H, functions, FN. */
void primary(void)
{
    uint8_t c = next_char();
    if ((c >= '0' && c <= '9') || c == '.') {
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
    } else if (c >= T_FIRSTFN && c < T_LAST) {
        txt++;
        call_function(c);
    } else if (c == T_FN) {
        txt++;
        call_fn();
    } else {
        /* nothing before the statement's end: Microsoft's "missing operand" */
        error(c == 0 || c == ':' ? E_MO : E_SN);
    }
}

/* evalasm.s knows these token values */
typedef char evalasm_tokens[(T_NOT == 0xAB && T_AND == 0xAD && T_OR == 0xAE) ? 1 : -1];
