/* intr.c - intrinsic functions (generic: the argument type picks the version). */
#include <string.h>
#include "f77.h"

static const char names[] =
    "ABS\0IABS\0MOD\0INT\0NINT\0REAL\0FLOAT\0DBLE\0SQRT\0SIN\0COS\0TAN\0ASIN\0ACOS\0"
    "ATAN\0ATAN2\0EXP\0LOG\0LOG10\0MAX\0MIN\0SIGN\0DIM\0LEN\0INDEX\0CHAR\0ICHAR\0AMOD\0"
    "AMAX1\0AMIN1\0MAX0\0MIN0\0DABS\0DSQRT\0ALOG\0ALOG10\0IFIX\0SNGL\0AINT\0ANINT\0"
    "DEXP\0DLOG\0DSIN\0DCOS\0ISIGN\0DMOD\0IDNINT\0DATAN\0";

uint8_t intrinsic_find(const char *name)
{
    const char *p = names;
    uint8_t id = 1;
    while (*p) {
        if (!strcmp(p, name))
            return id;
        p += strlen(p) + 1;
        id++;
    }
    return intrinsic_specific_find(name);
}

typedef int (*bcd_fn)(bcd_t *, const bcd_t *, unsigned char);

/* the one-argument BCD functions, and which of them each intrinsic id calls */
static const bcd_fn elementary[] = {
    bcd_sqrt, bcd_sin, bcd_cos, bcd_tan, bcd_asin, bcd_acos, bcd_atan, bcd_exp, bcd_log, bcd_log10
};
static const uint8_t elementary_ids[] = {
    IN_SQRT, 0, IN_DSQRT, 0, IN_SIN, 1, IN_DSIN, 1, IN_COS, 2, IN_DCOS, 2, IN_TAN, 3, IN_ASIN, 4,
    IN_ACOS, 5, IN_ATAN, 6, IN_DATAN, 6, IN_EXP, 7, IN_DEXP, 7, IN_LOG, 8, IN_ALOG, 8, IN_DLOG, 8, 0
};

static uint8_t elementary_of(uint8_t id)
{
    const uint8_t *p = elementary_ids;
    for (; *p; p += 2)
        if (*p == id)
            return p[1];
    return 9;                               /* LOG10, ALOG10 */
}

/* the intrinsics of two arguments */
static const char two_args[] = { IN_MOD, IN_AMOD, IN_DMOD, IN_SIGN, IN_ISIGN, IN_DIM, IN_ATAN2, 0 };

static uint8_t real_arg(val_t *a)
{
    if (a->t == T_INT)
        conv(a, T_REAL);
    if (a->t != T_REAL && a->t != T_DBL)
        rt_error("numeric argument expected");
    return a->t == T_DBL ? 16 : 8;
}

static void nargs(uint8_t n, uint8_t want)
{
    if (n != want)
        rt_error("wrong number of arguments");
}

void intrinsic(uint8_t id, uint8_t n, val_t *a)
{
    uint8_t prec, i;
    bcd_t t;
    val_t x;
    if (id >= IN_SPECIFIC) {
        intrinsic_specific(id, n, a);
        return;
    }
    switch (id) {
    case IN_MAX: case IN_MIN: case IN_AMAX1: case IN_AMIN1: case IN_MAX0: case IN_MIN0:
        if (n < 2)
            rt_error("wrong number of arguments");
        prec = id == IN_MAX || id == IN_AMAX1 || id == IN_MAX0 ? OP_GT : OP_LT;
        for (i = 1; i < n; i++) {
            x = a[i];
            if (compare(prec, &x, a))
                a[0] = a[i];
            else if (a[i].t > a[0].t)
                conv(a, a[i].t);
        }
        if (id == IN_AMAX1 || id == IN_AMIN1)
            conv(a, T_REAL);
        return;
    case IN_LEN:
        nargs(n, 1);
        a->u.i = a->n;
        a->t = T_INT;
        return;
    case IN_INDEX:
        nargs(n, 2);
        {
            uint16_t k;
            int32_t r = 0;
            if (a[1].n <= a->n)
                for (k = 0; k + a[1].n <= a->n; k++)
                    if (!memcmp(a->p + k, a[1].p, a[1].n)) {
                        r = k + 1;
                        break;
                    }
            a->t = T_INT;
            a->u.i = r;
        }
        return;
    case IN_CHAR:
        nargs(n, 1);
        {
            uint8_t *p = temp_alloc(1);
            *p = (uint8_t)to_long(a);
            a->t = T_CHAR;
            a->p = p;
            a->n = 1;
        }
        return;
    case IN_ICHAR:
        nargs(n, 1);
        if (a->t != T_CHAR || !a->n)
            rt_error("CHARACTER argument expected");
        a->u.i = a->p[0];
        a->t = T_INT;
        return;
    }
    if (strchr(two_args, id)) {
        nargs(n, 2);
        if (id == IN_ATAN2) {
            prec = real_arg(a);
            real_arg(a + 1);
            bcd_check(bcd_atan2(&a->u.b, &a->u.b, &a[1].u.b, prec));
            return;
        }
        if (a->t == T_INT && a[1].t == T_INT) {
            int32_t p = a->u.i, q = a[1].u.i;
            if (id == IN_SIGN || id == IN_ISIGN)
                a->u.i = (p < 0 ? -p : p) * (q < 0 ? -1 : 1);
            else if (id == IN_DIM)
                a->u.i = p > q ? p - q : 0;
            else if (!q)
                rt_error("MOD by zero");
            else
                a->u.i = p % q;
            return;
        }
        prec = real_arg(a);
        real_arg(a + 1);
        conv(a, a[1].t > a->t ? a[1].t : a->t);
        conv(a + 1, a->t);
        if (id == IN_SIGN || id == IN_ISIGN) {
            bcd_abs(&a->u.b);
            if (a[1].u.b.sign)
                bcd_neg(&a->u.b);
        } else if (id == IN_DIM) {
            if (compare(OP_GT, a, a + 1))
                arith(OP_SUB, a, a + 1);
            else
                bcd_zero(&a->u.b);
        } else {
            x = *a;
            arith(OP_DIV, &x, a + 1);
            bcd_check(bcd_aint(&t, &x.u.b));
            x.u.b = t;
            arith(OP_MUL, &x, a + 1);
            arith(OP_SUB, a, &x);
        }
        return;
    }
    nargs(n, 1);
    switch (id) {
    case IN_ABS: case IN_IABS: case IN_DABS:
        if (a->t == T_INT) {
            if (a->u.i < 0)
                a->u.i = -a->u.i;
        } else {
            real_arg(a);
            bcd_abs(&a->u.b);
        }
        return;
    case IN_INT: case IN_IFIX:
        conv(a, T_INT);
        return;
    case IN_NINT: case IN_IDNINT:
        if (a->t != T_INT) {
            real_arg(a);
            bcd_check(bcd_anint(&t, &a->u.b));
            a->u.b = t;
            conv(a, T_INT);
        }
        return;
    case IN_REAL: case IN_FLOAT: case IN_SNGL:
        conv(a, T_REAL);
        return;
    case IN_DBLE:
        conv(a, T_DBL);
        return;
    case IN_AINT: case IN_ANINT:
        real_arg(a);
        bcd_check((id == IN_AINT ? bcd_aint : bcd_anint)(&t, &a->u.b));
        a->u.b = t;
        return;
    }
    prec = real_arg(a);
    bcd_check(elementary[elementary_of(id)](&t, &a->u.b, prec));
    a->u.b = t;
}
