/* intrspec.c - the FORTRAN 77 specific intrinsic names that intr.c does not know (ANSI X3.9-1978,
 * table 5), each mapped onto a generic intrinsic plus a result conversion, and the intrinsics of
 * their own: the hyperbolic functions, DPROD and the lexical comparisons LGE LGT LLE LLT.
 * COMPLEX names (CABS, CSQRT, ...) are absent: the interpreter has no COMPLEX type. */
#include <string.h>
#include "f77.h"

/* a specific name, the generic intrinsic it runs (0 = handled here) and its result type (0 = the
 * generic's) */
typedef struct {
    char name[7];
    uint8_t generic, type;
} specific_t;

static const specific_t specific[] = {
    { "IDINT", IN_INT, 0 }, { "DINT", IN_AINT, 0 }, { "DNINT", IN_ANINT, 0 },
    { "DSIGN", IN_SIGN, 0 }, { "IDIM", IN_DIM, 0 }, { "DDIM", IN_DIM, 0 },
    { "DMAX1", IN_MAX, 0 }, { "DMIN1", IN_MIN, 0 }, { "AMAX0", IN_MAX, T_REAL },
    { "AMIN0", IN_MIN, T_REAL }, { "MAX1", IN_MAX, T_INT }, { "MIN1", IN_MIN, T_INT },
    { "DLOG10", IN_LOG10, 0 }, { "DTAN", IN_TAN, 0 }, { "DASIN", IN_ASIN, 0 },
    { "DACOS", IN_ACOS, 0 }, { "DATAN2", IN_ATAN2, 0 },
    { "SINH", 0, 0 }, { "COSH", 0, 0 }, { "TANH", 0, 0 },
    { "DSINH", 0, 0 }, { "DCOSH", 0, 0 }, { "DTANH", 0, 0 }, { "DPROD", 0, 0 },
    { "LGE", 0, 0 }, { "LGT", 0, 0 }, { "LLE", 0, 0 }, { "LLT", 0, 0 }
};
#define N_SPECIFIC (sizeof specific / sizeof specific[0])

/* indices of the names handled here */
enum { SP_SINH = 17, SP_DPROD = 23, SP_LGE = 24 };

uint8_t intrinsic_specific_find(const char *name)
{
    uint8_t k;
    for (k = 0; k < N_SPECIFIC; k++)
        if (!strcmp(specific[k].name, name))
            return IN_SPECIFIC + k;
    return 0;
}

/* sinh (kind 0), cosh (1) or tanh (2) from e^x worked in DOUBLE PRECISION, so that a REAL keeps
 * its 8 digits even where e^x - e^-x cancels; |x| >= 100 gives tanh = +-1 without overflow */
static void hyperbolic(val_t *a, uint8_t kind)
{
    static val_t e, f;                      /* intrinsics never nest: static scratch is safe */
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

static void own(uint8_t k, uint8_t n, val_t *a)
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
    hyperbolic(a, (k - SP_SINH) % 3);
}

void intrinsic_specific(uint8_t id, uint8_t n, val_t *a)
{
    const specific_t *p = &specific[id - IN_SPECIFIC];
    if (!p->generic) {
        own(id - IN_SPECIFIC, n, a);
        return;
    }
    intrinsic(p->generic, n, a);
    if (p->type)
        conv(a, p->type);
}
