/* bcd_bench.c - runs one BCD library operation on the Z80 for BcdZ80CostTest, which writes the
 * operands into these globals, starts the CPU at 0 and counts the T-states until OUT ($FE).
 * bench_op 0 does nothing (the call overhead, subtracted from the other figures). */
#include "bcd.h"

bcd_t bench_a, bench_b, bench_r;
unsigned char bench_op, bench_prec;
int bench_status;
long bench_long;
char bench_buf[48];

void bench_run(void)
{
    switch (bench_op) {
    case 1: bench_status = bcd_add(&bench_r, &bench_a, &bench_b, bench_prec); break;
    case 2: bench_status = bcd_sub(&bench_r, &bench_a, &bench_b, bench_prec); break;
    case 3: bench_status = bcd_mul(&bench_r, &bench_a, &bench_b, bench_prec); break;
    case 4: bench_status = bcd_div(&bench_r, &bench_a, &bench_b, bench_prec); break;
    case 5: bench_status = bcd_cmp(&bench_a, &bench_b); break;
    case 6: bench_status = bcd_sqrt(&bench_r, &bench_a, bench_prec); break;
    case 7: bench_status = bcd_exp(&bench_r, &bench_a, bench_prec); break;
    case 8: bench_status = bcd_log(&bench_r, &bench_a, bench_prec); break;
    case 9: bench_status = bcd_log10(&bench_r, &bench_a, bench_prec); break;
    case 10: bench_status = bcd_sin(&bench_r, &bench_a, bench_prec); break;
    case 11: bench_status = bcd_cos(&bench_r, &bench_a, bench_prec); break;
    case 12: bench_status = bcd_tan(&bench_r, &bench_a, bench_prec); break;
    case 13: bench_status = bcd_asin(&bench_r, &bench_a, bench_prec); break;
    case 14: bench_status = bcd_acos(&bench_r, &bench_a, bench_prec); break;
    case 15: bench_status = bcd_atan(&bench_r, &bench_a, bench_prec); break;
    case 16: bench_status = bcd_atan2(&bench_r, &bench_a, &bench_b, bench_prec); break;
    case 17: bench_status = bcd_pow(&bench_r, &bench_a, &bench_b, bench_prec); break;
    case 18: bench_status = bcd_powi(&bench_r, &bench_a, bench_long, bench_prec); break;
    case 19: bench_status = bcd_aint(&bench_r, &bench_a); break;
    case 20: bench_status = bcd_anint(&bench_r, &bench_a); break;
    case 21: bench_status = bcd_to_long(&bench_long, &bench_a); break;
    case 22: bcd_from_long(&bench_r, bench_long); break;
    case 23: bench_status = bcd_parse(&bench_r, bench_buf, bench_prec) ? 0 : 1; break;
    case 24: bench_status = bcd_fmt_list(bench_buf, &bench_a, bench_prec); break;
    case 25: bench_status = bcd_fmt_f(bench_buf, &bench_a, 15, 4); break;
    case 26: bench_status = bcd_fmt_e(bench_buf, &bench_a, 15, 7, 'E'); break;
    case 27: bench_status = bcd_fmt_g(bench_buf, &bench_a, 15, 7); break;
    case 28: bcd_round(&bench_r, bench_prec); break;
    default: break;
    }
}
