/* intr.c - intrinsic functions (generic: the argument type picks the version). */
#include <string.h>
#include "f77.h"

static const char names[] =
    "ABS\0IABS\0MOD\0INT\0NINT\0REAL\0FLOAT\0DBLE\0SQRT\0SIN\0COS\0TAN\0ASIN\0ACOS\0"
    "ATAN\0ATAN2\0EXP\0LOG\0LOG10\0MAX\0MIN\0SIGN\0DIM\0LEN\0INDEX\0CHAR\0ICHAR\0AMOD\0"
    "AMAX1\0AMIN1\0MAX0\0MIN0\0DABS\0DSQRT\0ALOG\0ALOG10\0IFIX\0SNGL\0AINT\0ANINT\0"
    "DEXP\0DLOG\0DSIN\0DCOS\0ISIGN\0DMOD\0IDNINT\0DATAN\0IDINT\0DINT\0DNINT\0DSIGN\0IDIM\0"
    "DDIM\0DMAX1\0DMIN1\0AMAX0\0AMIN0\0MAX1\0MIN1\0DLOG10\0DTAN\0DASIN\0DACOS\0DATAN2\0";

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

/* the one-argument BCD functions (K_ELEM's parameter indexes them) */
static const bcd_fn elementary[] = {
    bcd_sqrt, bcd_sin, bcd_cos, bcd_tan, bcd_asin, bcd_acos, bcd_atan, bcd_exp, bcd_log, bcd_log10
};

/* what each intrinsic does: a kind (high nibble) and its parameter (low nibble);
 * the kinds from K_INDEX on take two arguments */
enum { K_ELEM, K_CONV, K_ABS, K_NINT, K_AINT, K_LEN, K_CHAR, K_ICHAR, K_MINMAX,
       K_INDEX, K_ATAN2, K_SIGN, K_DIM, K_MOD };
#define KP(k, p) (uint8_t)((k) << 4 | (p))
#define MM_MAX 1                                /* K_MINMAX: MAX (else MIN) */
#define MM_REAL 2                               /* K_MINMAX: a REAL result */
#define MM_INT 4                                /* K_MINMAX: an INTEGER result */
static const uint8_t kinds[IN_LAST - 1] = {
    KP(K_ABS, 0), KP(K_ABS, 0), KP(K_MOD, 0), KP(K_CONV, T_INT),                /* ABS IABS MOD INT */
    KP(K_NINT, 0), KP(K_CONV, T_REAL), KP(K_CONV, T_REAL), KP(K_CONV, T_DBL),   /* NINT REAL FLOAT DBLE */
    KP(K_ELEM, 0), KP(K_ELEM, 1), KP(K_ELEM, 2), KP(K_ELEM, 3),                 /* SQRT SIN COS TAN */
    KP(K_ELEM, 4), KP(K_ELEM, 5), KP(K_ELEM, 6), KP(K_ATAN2, 0),                /* ASIN ACOS ATAN ATAN2 */
    KP(K_ELEM, 7), KP(K_ELEM, 8), KP(K_ELEM, 9), KP(K_MINMAX, MM_MAX),          /* EXP LOG LOG10 MAX */
    KP(K_MINMAX, 0), KP(K_SIGN, 0), KP(K_DIM, 0), KP(K_LEN, 0),                 /* MIN SIGN DIM LEN */
    KP(K_INDEX, 0), KP(K_CHAR, 0), KP(K_ICHAR, 0), KP(K_MOD, 0),                /* INDEX CHAR ICHAR AMOD */
    KP(K_MINMAX, MM_MAX | MM_REAL), KP(K_MINMAX, MM_REAL),                      /* AMAX1 AMIN1 */
    KP(K_MINMAX, MM_MAX), KP(K_MINMAX, 0), KP(K_ABS, 0), KP(K_ELEM, 0),         /* MAX0 MIN0 DABS DSQRT */
    KP(K_ELEM, 8), KP(K_ELEM, 9), KP(K_CONV, T_INT), KP(K_CONV, T_REAL),        /* ALOG ALOG10 IFIX SNGL */
    KP(K_AINT, 0), KP(K_AINT, 1), KP(K_ELEM, 7), KP(K_ELEM, 8),                 /* AINT ANINT DEXP DLOG */
    KP(K_ELEM, 1), KP(K_ELEM, 2), KP(K_SIGN, 0), KP(K_MOD, 0),                  /* DSIN DCOS ISIGN DMOD */
    KP(K_NINT, 0), KP(K_ELEM, 6), KP(K_CONV, T_INT), KP(K_AINT, 0),             /* IDNINT DATAN IDINT DINT */
    KP(K_AINT, 1), KP(K_SIGN, 0), KP(K_DIM, 0), KP(K_DIM, 0),                   /* DNINT DSIGN IDIM DDIM */
    KP(K_MINMAX, MM_MAX), KP(K_MINMAX, 0),                                      /* DMAX1 DMIN1 */
    KP(K_MINMAX, MM_MAX | MM_REAL), KP(K_MINMAX, MM_REAL),                      /* AMAX0 AMIN0 */
    KP(K_MINMAX, MM_MAX | MM_INT), KP(K_MINMAX, MM_INT),                        /* MAX1 MIN1 */
    KP(K_ELEM, 9), KP(K_ELEM, 3), KP(K_ELEM, 4), KP(K_ELEM, 5), KP(K_ATAN2, 0)  /* DLOG10 DTAN DASIN DACOS DATAN2 */
};

static uint8_t real_arg(val_t *a)
{
    if (a->t == T_INT)
        conv(a, T_REAL);
    if (a->t != T_REAL && a->t != T_DBL)
        rt_error("numeric argument expected");
    return a->t == T_DBL ? 16 : 8;
}

static void wrong_nargs(void)
{
    rt_error("wrong number of arguments");
}

/* the value of a one-argument BCD function (or ANINT/AINT) of a, in place */
static void bcd_apply(val_t *a, bcd_fn f)
{
    bcd_t t;
    bcd_check(f(&t, &a->u.b, real_arg(a)));
    a->u.b = t;
}

static uint8_t is_negative(val_t *v)
{
    return v->t == T_INT ? v->u.i < 0 : v->u.b.sign;
}

static void negate(val_t *v)
{
    if (v->t == T_INT)
        v->u.i = -v->u.i;
    else
        bcd_neg(&v->u.b);
}

static void set_int(val_t *v, int32_t x)
{
    v->t = T_INT;
    v->u.i = x;
}

static int bcd_aint2(bcd_t *r, const bcd_t *x, unsigned char prec) { (void)prec; return bcd_aint(r, x); }
static int bcd_anint2(bcd_t *r, const bcd_t *x, unsigned char prec) { (void)prec; return bcd_anint(r, x); }

void intrinsic(uint8_t id, uint8_t n, val_t *a)
{
    uint8_t k, prm;
    val_t *b = a + 1, x;
    bcd_t t;
    if (id >= IN_SPECIFIC) {
        intrinsic_specific(id - IN_SPECIFIC, n, a);
        return;
    }
    k = kinds[id - 1];
    prm = k & 15;
    k >>= 4;
    if (k == K_MINMAX) {
        if (n < 2)
            wrong_nargs();
        for (; --n; b++) {
            x = *b;
            if (compare(prm & MM_MAX ? OP_GT : OP_LT, &x, a))
                *a = *b;
            else if (b->t > a->t)
                conv(a, b->t);
        }
        if (prm & MM_REAL)
            conv(a, T_REAL);
        if (prm & MM_INT)
            conv(a, T_INT);
        return;
    }
    if (n != (k >= K_INDEX ? 2 : 1))
        wrong_nargs();
    switch (k) {
    case K_ELEM:
        bcd_apply(a, elementary[prm]);
        return;
    case K_CONV:
        conv(a, prm);
        return;
    case K_ABS:
        if (a->t != T_INT)
            real_arg(a);
        if (is_negative(a))
            negate(a);
        return;
    case K_NINT:
        if (a->t != T_INT) {
            bcd_apply(a, bcd_anint2);
            conv(a, T_INT);
        }
        return;
    case K_AINT:
        bcd_apply(a, prm ? bcd_anint2 : bcd_aint2);
        return;
    case K_LEN:
        set_int(a, a->n);
        return;
    case K_CHAR:
        {
            uint8_t *p = temp_alloc(1);
            *p = (uint8_t)to_long(a);
            a->t = T_CHAR;
            a->p = p;
            a->n = 1;
        }
        return;
    case K_ICHAR:
        if (a->t != T_CHAR || !a->n)
            rt_error("CHARACTER argument expected");
        set_int(a, a->p[0]);
        return;
    case K_INDEX:
        {
            uint16_t na = a->n, nb = b->n, j = 1;
            uint8_t *p = a->p;
            for (; nb <= na; j++, na--, p++)
                if (!memcmp(p, b->p, nb)) {
                    set_int(a, j);
                    return;
                }
            set_int(a, 0);
        }
        return;
    case K_ATAN2:
        prm = real_arg(a);
        real_arg(b);
        bcd_check(bcd_atan2(&a->u.b, &a->u.b, &b->u.b, prm));
        return;
    }
    /* SIGN, DIM, MOD: of two INTEGERs, else of the wider of REAL and DOUBLE PRECISION */
    if (a->t != T_INT || b->t != T_INT) {
        real_arg(a);
        real_arg(b);
        conv(a, b->t > a->t ? b->t : a->t);
        conv(b, a->t);
    }
    if (k == K_SIGN) {
        if (is_negative(a))
            negate(a);
        if (is_negative(b))
            negate(a);
    } else if (k == K_DIM) {
        arith(OP_SUB, a, compare(OP_GT, a, b) ? b : a);
    } else if (a->t == T_INT) {
        int32_t q = b->u.i;
        if (!q)
            rt_error("MOD by zero");
        set_int(a, a->u.i % q);
    } else {
        x = *a;
        arith(OP_DIV, &x, b);
        bcd_check(bcd_aint(&t, &x.u.b));
        x.u.b = t;
        arith(OP_MUL, &x, b);
        arith(OP_SUB, a, &x);
    }
}
