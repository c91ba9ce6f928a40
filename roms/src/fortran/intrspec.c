/* intrspec.c - the FORTRAN 77 intrinsics that are not variants of intr.c's kinds (ANSI X3.9-1978,
 * table 5): the hyperbolic functions, DPROD and the lexical comparisons LGE LGT LLE LLT.
 * COMPLEX names (CABS, CSQRT, ...) are absent: the interpreter has no COMPLEX type. */
#include <string.h>
#include "f77.h"

/* the names, in the order of their numbers above IN_SPECIFIC */
static const char names[] = "SINH\0COSH\0TANH\0DSINH\0DCOSH\0DTANH\0DPROD\0LGE\0LGT\0LLE\0LLT\0";
enum { SP_DPROD = 6, SP_LGE = 7 };

uint8_t intrinsic_specific_find(const char *name)
{
    const char *p = names;
    uint8_t k = IN_SPECIFIC;
    for (; *p; p += strlen(p) + 1, k++)
        if (!strcmp(p, name))
            return k;
    return 0;
}

/* sinh (kind 0), cosh (1) or tanh (2) from e^x worked in DOUBLE PRECISION, so that a REAL keeps
 * its 8 digits even where e^x - e^-x cancels; |x| >= 100 gives tanh = +-1 without overflow */
static void hyperbolic(val_t *a, uint8_t kind)
{
    val_t e, f;
    uint8_t t = a->t;
    if (kind == 2 && a->u.b.exp > 2) {
        kind = a->u.b.sign;
        bcd_from_long(&a->u.b, 1);
        a->u.b.sign = kind;
        return;
    }
    conv(a, T_DBL);
    intrinsic(IN_EXP, 1, a);
    e = *a;
    f.t = T_INT;
    f.u.i = 1;
    arith(OP_DIV, &f, a);                   /* e^-x */
    arith(kind == 1 ? OP_ADD : OP_SUB, a, &f);
    if (kind == 2) {
        arith(OP_ADD, &e, &f);
        arith(OP_DIV, a, &e);
    } else {
        f.t = T_INT;
        f.u.i = 2;
        arith(OP_DIV, a, &f);
    }
    conv(a, t);
}

void intrinsic_specific(uint8_t k, uint8_t n, val_t *a)
{
    if (k >= SP_LGE) {                      /* ASCII order is the interpreter's own order */
        static const uint8_t rel[] = { OP_GE, OP_GT, OP_LE, OP_LT };
        if (n != 2)
            rt_error("wrong number of arguments");
        if (a->t != T_CHAR || a[1].t != T_CHAR)
            rt_error("CHARACTER argument expected");
        a->u.i = compare(rel[k - SP_LGE], a, a + 1);
        a->t = T_LOG;
        return;
    }
    if (k == SP_DPROD) {
        if (n != 2)
            rt_error("wrong number of arguments");
        conv(a, T_DBL);
        arith(OP_MUL, a, a + 1);
        return;
    }
    if (n != 1)
        rt_error("wrong number of arguments");
    if (a->t == T_INT)
        conv(a, T_REAL);
    if (a->t != T_REAL && a->t != T_DBL)
        rt_error("numeric argument expected");
    hyperbolic(a, k % 3);
}
