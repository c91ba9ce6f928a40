/* arith.c - values: loading and storing (REAL packed in 6 bytes), conversions,
 * mixed-mode arithmetic and comparisons. */
#include <string.h>
#include "f77.h"

void bcd_check(int r)
{
    if (r == BCD_OVERFLOW) rt_error("arithmetic overflow");
    if (r == BCD_DIV0) rt_error("division by zero");
    if (r == BCD_DOMAIN) rt_error("argument out of range");
}

void load_val(val_t *v, uint8_t t, uint8_t *p, uint16_t n)
{
    v->t = t;
    switch (t) {
    case T_INT:
        memcpy(&v->u.i, p, 4);
        break;
    case T_REAL:
        memcpy(&v->u.b, p, 6);
        memset(v->u.b.d + 4, 0, 4);
        break;
    case T_DBL:
        memcpy(&v->u.b, p, 10);
        break;
    case T_LOG:
        v->u.i = *p;
        break;
    default:
        v->p = p;
        v->n = n;
    }
}

int32_t to_long(val_t *v)
{
    long r;
    if (v->t == T_INT || v->t == T_LOG)
        return v->u.i;
    if (v->t == T_CHAR)
        rt_error("number expected");
    bcd_check(bcd_to_long(&r, &v->u.b));
    return r;
}

void conv(val_t *v, uint8_t t)
{
    uint8_t f = v->t;
    if (f == t)
        return;
    if (t == T_CHAR || f == T_CHAR || t == T_LOG || f == T_LOG)
        rt_error("type mismatch");
    if (t == T_INT) {
        v->u.i = to_long(v);
    } else if (f == T_INT) {
        bcd_from_long(&v->u.b, v->u.i);
        if (t == T_REAL)
            bcd_round(&v->u.b, 8);
    } else if (t == T_REAL) {
        bcd_round(&v->u.b, 8);
    }
    v->t = t;
}

void store_val(uint8_t t, uint8_t *p, uint16_t n, val_t *v)
{
    if (t == T_CHAR) {
        uint16_t m;
        if (v->t != T_CHAR)
            rt_error("CHARACTER value expected");
        m = v->n < n ? v->n : n;
        memmove(p, v->p, m);
        memset(p + m, ' ', n - m);
        return;
    }
    if (t == T_LOG) {
        if (v->t != T_LOG)
            rt_error("LOGICAL value expected");
        *p = v->u.i != 0;
        return;
    }
    conv(v, t);
    memcpy(p, &v->u, t == T_INT ? 4 : t == T_REAL ? 6 : 10);
}

static int32_t ipow(int32_t a, int32_t n)
{
    int32_t r = 1;
    if (n < 0) {
        if (a == 0)
            rt_error("division by zero");
        return a == 1 ? 1 : a == -1 ? ((n & 1) ? -1 : 1) : 0;
    }
    while (n) {
        if (n & 1)
            r *= a;
        a *= a;
        n >>= 1;
    }
    return r;
}

/* a = a op b */
void arith(uint8_t op, val_t *a, val_t *b)
{
    uint8_t t = a->t > b->t ? a->t : b->t, prec;
    if (t > T_DBL)
        rt_error("numbers expected");
    if (op == OP_POW && b->t == T_INT) {
        if (a->t == T_INT) {
            a->u.i = ipow(a->u.i, b->u.i);
        } else {
            prec = a->t == T_DBL ? 16 : 8;
            bcd_check(bcd_powi(&a->u.b, &a->u.b, b->u.i, prec));
        }
        return;
    }
    conv(a, t);
    conv(b, t);
    if (t == T_INT) {
        int32_t x = a->u.i, y = b->u.i;
        if (op == OP_ADD)
            x += y;
        else if (op == OP_SUB)
            x -= y;
        else if (op == OP_MUL)
            x *= y;
        else if (!y)
            rt_error("division by zero");
        else
            x /= y;
        a->u.i = x;
        return;
    }
    bcd_check(bcd_op(op, &a->u.b, &b->u.b, t == T_DBL ? 16 : 8));
}

/* a = a op b on BCD numbers, op one of OP_ADD .. OP_POW; returns the BCD status */
int bcd_op(uint8_t op, bcd_t *a, const bcd_t *b, uint8_t prec)
{
    switch (op) {
    case OP_ADD: return bcd_add(a, a, b, prec);
    case OP_SUB: return bcd_sub(a, a, b, prec);
    case OP_MUL: return bcd_mul(a, a, b, prec);
    case OP_DIV: return bcd_div(a, a, b, prec);
    }
    return bcd_pow(a, a, b, prec);
}

static int8_t char_cmp(val_t *a, val_t *b)
{
    uint16_t i, n = a->n > b->n ? a->n : b->n;
    uint8_t x, y;
    for (i = 0; i < n; i++) {
        x = i < a->n ? a->p[i] : ' ';
        y = i < b->n ? b->p[i] : ' ';
        if (x != y)
            return x < y ? -1 : 1;
    }
    return 0;
}

/* -1, 0 or 1 as a is below, equal to or above b (op only checks LOGICAL operands) */
int8_t compare3(uint8_t op, val_t *a, val_t *b)
{
    uint8_t t = a->t > b->t ? a->t : b->t;
    if (a->t == T_CHAR && b->t == T_CHAR)
        return char_cmp(a, b);
    if (t > T_DBL) {
        if (a->t != T_LOG || b->t != T_LOG || op > OP_NE)
            rt_error("type mismatch in comparison");
        return a->u.i != b->u.i;
    }
    conv(a, t);
    conv(b, t);
    if (t == T_INT) {
        int32_t x = a->u.i, y = b->u.i;
        return x < y ? -1 : x > y;
    }
    return (int8_t)bcd_cmp(&a->u.b, &b->u.b);
}

/* does relation op hold for the three-way result c? bit c+1 of the mask */
static const uint8_t holds[6] = { 2, 5, 1, 3, 4, 6 };    /* EQ NE LT LE GT GE */

uint8_t cmp_holds(uint8_t op, int8_t c)
{
    return (holds[op - OP_EQ] >> (uint8_t)(c + 1)) & 1;
}

uint8_t compare(uint8_t op, val_t *a, val_t *b)
{
    return cmp_holds(op, compare3(op, a, b));
}
