/* bcd.h - decimal floating point for the Fortran ROM (REAL = 8 digits, DOUBLE PRECISION = 16).
 *
 * A number is sign, decimal exponent and 16 packed BCD digits: value = 0.d1d2...d16 x 10^exp,
 * normalised (d1 != 0) except for zero (all digits 0, exp 0, sign 0). d[0] holds d1 (high
 * nibble) and d2 (low nibble), and so on. Magnitudes run from 1E-99 to 9.99...E+99
 * (exp -98..100); a smaller result becomes zero, a larger one is BCD_OVERFLOW.
 * Every operation rounds its result to prec significant digits (1..16; 8 for REAL, 16 for
 * DOUBLE PRECISION), half away from zero. Results may alias the operands.
 * See docs/fortran-bcd.md. */
#ifndef BCD_H
#define BCD_H

typedef struct {
    unsigned char sign;     /* 0 = positive, 1 = negative */
    signed char exp;        /* decimal exponent, value = 0.d1d2... x 10^exp */
    unsigned char d[8];     /* 16 packed BCD digits, most significant first */
} bcd_t;

enum { BCD_OK = 0, BCD_OVERFLOW, BCD_DIV0, BCD_DOMAIN };

#define BCD_REAL   8
#define BCD_DOUBLE 16
#define BCD_EXP_MIN (-98)   /* smallest exp of a non-zero number: 0.1E-98 = 1E-99 */
#define BCD_EXP_MAX 100     /* largest exp: 0.99..9E100 = 9.99..9E99 */

void bcd_zero(bcd_t *r);
void bcd_from_long(bcd_t *r, long v);
int  bcd_to_long(long *out, const bcd_t *a);      /* truncates toward zero; BCD_OVERFLOW if out of range */
int  bcd_is_zero(const bcd_t *a);

int  bcd_add(bcd_t *r, const bcd_t *a, const bcd_t *b, unsigned char prec);
int  bcd_sub(bcd_t *r, const bcd_t *a, const bcd_t *b, unsigned char prec);
int  bcd_mul(bcd_t *r, const bcd_t *a, const bcd_t *b, unsigned char prec);
int  bcd_div(bcd_t *r, const bcd_t *a, const bcd_t *b, unsigned char prec); /* BCD_DIV0, r = 0 */
int  bcd_cmp(const bcd_t *a, const bcd_t *b);      /* -1, 0, 1 */
void bcd_neg(bcd_t *r);                             /* zero stays +0 */
void bcd_abs(bcd_t *r);
void bcd_round(bcd_t *r, unsigned char prec);      /* to prec digits; overflow gives the largest number */

/* Elementary functions: BCD_DOMAIN (result 0) outside their domain (SQRT of a negative, LOG of
 * x <= 0, ASIN/ACOS of |x| > 1, ATAN2(0, 0), SIN/COS/TAN of |x| >= 1E9, negative ** real);
 * BCD_OVERFLOW gives the largest number. Results are within one unit of the last digit
 * (SQRT exactly rounded). */
#define BCD_HAVE_FUNCS 1
int  bcd_aint(bcd_t *r, const bcd_t *a);            /* truncated toward zero */
int  bcd_anint(bcd_t *r, const bcd_t *a);           /* nearest integer, half away from zero */
int  bcd_sqrt(bcd_t *r, const bcd_t *a, unsigned char prec);
int  bcd_exp(bcd_t *r, const bcd_t *a, unsigned char prec);
int  bcd_log(bcd_t *r, const bcd_t *a, unsigned char prec);
int  bcd_log10(bcd_t *r, const bcd_t *a, unsigned char prec);
int  bcd_sin(bcd_t *r, const bcd_t *a, unsigned char prec);
int  bcd_cos(bcd_t *r, const bcd_t *a, unsigned char prec);
int  bcd_tan(bcd_t *r, const bcd_t *a, unsigned char prec);
int  bcd_asin(bcd_t *r, const bcd_t *a, unsigned char prec);
int  bcd_acos(bcd_t *r, const bcd_t *a, unsigned char prec);
int  bcd_atan(bcd_t *r, const bcd_t *a, unsigned char prec);
int  bcd_atan2(bcd_t *r, const bcd_t *y, const bcd_t *x, unsigned char prec); /* ATAN2(y, x) */
int  bcd_pow(bcd_t *r, const bcd_t *a, const bcd_t *b, unsigned char prec);   /* real ** real */
int  bcd_powi(bcd_t *r, const bcd_t *a, long n, unsigned char prec);          /* real ** integer */

/* Text. bcd_parse reads [+|-]digits[.digits][(E|D|Q)[+|-]digits] or [+|-].digits[exponent]
 * (no blanks); an exponent letter not followed by a digit is not consumed. Returns the end
 * of the number, or NULL if s does not start with a number or the number overflows
 * (bcd_parse_st tells the two apart through *status: BCD_OK, BCD_OVERFLOW or BCD_DOMAIN for
 * "no number"). Too small numbers become 0. */
const char *bcd_parse(bcd_t *r, const char *s, unsigned char prec);
const char *bcd_parse_st(bcd_t *r, const char *s, unsigned char prec, int *status);

/* Formatting: each writes exactly w characters plus a NUL into buf and returns w; a value
 * that does not fit gives w '*'. w = 0 means "as narrow as possible" (buf needs up to
 * 104 + d bytes then). The optional leading zero of 0.xx is dropped when the field is
 * too narrow. A negative value that rounds to zero keeps its '-' (as gfortran does). */
int  bcd_fmt_f(char *buf, const bcd_t *a, int w, int d);          /* Fw.d */
int  bcd_fmt_e(char *buf, const bcd_t *a, int w, int d, char e);  /* Ew.d / Dw.d (e = 'E' / 'D') */
int  bcd_fmt_es(char *buf, const bcd_t *a, int w, int d, char e, int k); /* with a scale factor kP */
/* Gw.d: Fw'.d' and 4 blanks (w' = w - 4) when 0.1 <= |x| < 10^d after rounding to d
 * digits (d' = d - digits before the point; zero: d' = d - 1), else Ew.d. */
int  bcd_fmt_g(char *buf, const bcd_t *a, int w, int d);
/* List-directed form, no blanks: prec significant digits, fixed for 0.1 <= |x| < 10^prec
 * ("1.5000000", "0.10000000", "12345678."), else "1.0000000E+10"; zero "0.0000000".
 * buf needs prec + 8 bytes. Returns the length. */
int  bcd_fmt_list(char *buf, const bcd_t *a, unsigned char prec);

#endif
