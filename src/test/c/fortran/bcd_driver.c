/* bcd_driver.c - host-side driver for the BCD library of the Fortran ROM (roms/src/fortran).
 * Built with gcc by retroshield.roms.fortran.BcdLibraryTest; reads one command per line on
 * stdin and prints one result line per command. A number is written raw as
 * <sign><16 digits>e<exp>, e.g. +1234567800000000e5 = 0.12345678E5.
 *   add|sub|mul|div|atan2|pow P A B   -> R status
 *   sqrt|exp|log|log10|sin|cos|tan|asin|acos|atan P A -> R status
 *   powi P A N        -> R status
 *   aint|anint A      -> R status
 *   round P A         -> R
 *   cmp A B           -> -1|0|1
 *   neg|abs A         -> R
 *   tolong A          -> value status
 *   fromlong N        -> R
 *   parse P TEXT      -> R status consumed   (consumed = -1 for NULL)
 *   fmtf W D A | fmte W D A | fmtd W D A | fmtg W D A -> [text]
 *   fmtl P A          -> [text] */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "bcd.h"

static int get(bcd_t *r, const char *s)
{
    int i, e;
    const char *p;
    if (strlen(s) < 19 || (s[0] != '+' && s[0] != '-') || s[17] != 'e') return 0;
    r->sign = s[0] == '-';
    for (i = 0; i < 8; i++) r->d[i] = (unsigned char)(((s[1 + 2 * i] - '0') << 4) | (s[2 + 2 * i] - '0'));
    p = s + 18;
    e = atoi(p);
    r->exp = (signed char)e;
    return 1;
}

static void put(const bcd_t *r)
{
    int i;
    putchar(r->sign ? '-' : '+');
    for (i = 0; i < 8; i++) printf("%d%d", r->d[i] >> 4, r->d[i] & 15);
    printf("e%d", r->exp);
}

#ifdef BCD_HAVE_FUNCS
typedef int (*fn1)(bcd_t *, const bcd_t *, unsigned char);
static const struct { const char *name; fn1 f; } FN1[] = {
    {"sqrt", bcd_sqrt}, {"exp", bcd_exp}, {"log", bcd_log}, {"log10", bcd_log10},
    {"sin", bcd_sin}, {"cos", bcd_cos}, {"tan", bcd_tan}, {"asin", bcd_asin},
    {"acos", bcd_acos}, {"atan", bcd_atan}, {0, 0}
};
#endif

int main(void)
{
    char line[512], op[16], t1[256], t2[256], t3[256], out[512];
    bcd_t a, b, r;
    int n, st, i;
    long v;
    while (fgets(line, sizeof line, stdin)) {
        t1[0] = t2[0] = t3[0] = 0;
        n = sscanf(line, "%15s %255s %255s %255s", op, t1, t2, t3);
        if (n < 1) continue;
        if (!strcmp(op, "add") || !strcmp(op, "sub") || !strcmp(op, "mul") || !strcmp(op, "div")
#ifdef BCD_HAVE_FUNCS
            || !strcmp(op, "atan2") || !strcmp(op, "pow")
#endif
            ) {
            int p = atoi(t1);
            get(&a, t2);
            get(&b, t3);
            if (op[0] == 'a' && op[1] == 'd') st = bcd_add(&r, &a, &b, p);
            else if (op[0] == 's') st = bcd_sub(&r, &a, &b, p);
            else if (op[0] == 'm') st = bcd_mul(&r, &a, &b, p);
            else if (op[0] == 'd') st = bcd_div(&r, &a, &b, p);
#ifdef BCD_HAVE_FUNCS
            else if (op[0] == 'a') st = bcd_atan2(&r, &a, &b, p);
            else st = bcd_pow(&r, &a, &b, p);
#endif
            put(&r);
            printf(" %d\n", st);
        } else if (!strcmp(op, "round")) {
            get(&r, t2);
            bcd_round(&r, atoi(t1));
            put(&r);
            putchar('\n');
        } else if (!strcmp(op, "cmp")) {
            get(&a, t1);
            get(&b, t2);
            printf("%d\n", bcd_cmp(&a, &b));
        } else if (!strcmp(op, "neg") || !strcmp(op, "abs")) {
            get(&r, t1);
            if (op[0] == 'n') bcd_neg(&r);
            else bcd_abs(&r);
            put(&r);
            putchar('\n');
        } else if (!strcmp(op, "tolong")) {
            get(&a, t1);
            st = bcd_to_long(&v, &a);
            printf("%ld %d\n", v, st);
        } else if (!strcmp(op, "fromlong")) {
            bcd_from_long(&r, atol(t1));
            put(&r);
            putchar('\n');
        } else if (!strcmp(op, "parse")) {
            const char *end;
            bcd_zero(&r);
            end = bcd_parse_st(&r, t2, atoi(t1), &st);
            put(&r);
            printf(" %d %d\n", st, end ? (int)(end - t2) : -1);
        } else if (!strcmp(op, "fmtf") || !strcmp(op, "fmte") || !strcmp(op, "fmtd")
#ifdef BCD_HAVE_FUNCS
                   || !strcmp(op, "fmtg")
#endif
                   ) {
            int w = atoi(t1), d = atoi(t2);
            get(&a, t3);
            memset(out, 'X', sizeof out);
            if (op[3] == 'f') n = bcd_fmt_f(out, &a, w, d);
            else if (op[3] == 'e') n = bcd_fmt_e(out, &a, w, d, 'E');
            else if (op[3] == 'd') n = bcd_fmt_e(out, &a, w, d, 'D');
#ifdef BCD_HAVE_FUNCS
            else n = bcd_fmt_g(out, &a, w, d);
#endif
            if ((int)strlen(out) != n) printf("BADLEN %d %d\n", n, (int)strlen(out));
            else printf("[%s]\n", out);
        } else if (!strcmp(op, "fmtl")) {
            get(&a, t2);
            n = bcd_fmt_list(out, &a, atoi(t1));
            if ((int)strlen(out) != n) printf("BADLEN %d %d\n", n, (int)strlen(out));
            else printf("[%s]\n", out);
#ifdef BCD_HAVE_FUNCS
        } else if (!strcmp(op, "powi")) {
            get(&a, t2);
            st = bcd_powi(&r, &a, atol(t3), atoi(t1));
            put(&r);
            printf(" %d\n", st);
        } else if (!strcmp(op, "aint") || !strcmp(op, "anint")) {
            get(&a, t1);
            st = op[1] == 'i' ? bcd_aint(&r, &a) : bcd_anint(&r, &a);
            put(&r);
            printf(" %d\n", st);
        } else {
            for (i = 0; FN1[i].name; i++)
                if (!strcmp(op, FN1[i].name)) break;
            if (!FN1[i].name) {
                printf("UNKNOWN %s\n", op);
                continue;
            }
            get(&a, t2);
            st = FN1[i].f(&r, &a, atoi(t1));
            put(&r);
            printf(" %d\n", st);
        }
#else
        } else {
            (void)i;
            printf("UNKNOWN %s\n", op);
        }
#endif
        fflush(stdout);
    }
    return 0;
}
