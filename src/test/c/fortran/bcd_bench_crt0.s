; bcd_bench_crt0.s - start-up of the Z80 cost bench of the BCD library (BcdZ80CostTest):
; every run starts at 0: fresh stack, one call of _bench_run, then OUT ($FE) ends the run.
        .module bcd_bench_crt0
        .globl  _bench_run
        .area   _HEADER (ABS)
        .org    0
        ld      sp, #0xFF00
        call    _bench_run
        out     (0xFE), a
        halt
        .area   _HOME
        .area   _CODE
        .area   _INITIALIZER
        .area   _GSINIT
        .area   _GSFINAL
        .area   _DATA
        .area   _INITIALIZED
        .area   _BSEG
        .area   _BSS
        .area   _HEAP
