/* Development aid (not part of the ROM, not used by the Maven build): runs
 * roms/mint.bin on the z80ex emulation library (Debian package libz80ex-dev) with a
 * minimal MC6850 at $80/$81: stdin is the serial input, stdout the output.
 * Stops when all input was read and the ROM has polled for more many times.
 * Usage: romsim path/to/mint.bin < input */
#include <stdio.h>
#include <stdlib.h>
#include <z80ex/z80ex.h>

static unsigned char mem[65536];
static unsigned char *input;
static long input_len, input_pos;
static long idle_polls;
static long rom_writes;

static Z80EX_BYTE mread(Z80EX_CONTEXT *cpu, Z80EX_WORD addr, int m1, void *u)
{
    (void)cpu; (void)m1; (void)u;
    return mem[addr];
}

static void mwrite(Z80EX_CONTEXT *cpu, Z80EX_WORD addr, Z80EX_BYTE v, void *u)
{
    (void)cpu; (void)u;
    if (addr < 0x2000)
        rom_writes++;
    else
        mem[addr] = v;
}

static Z80EX_BYTE pread(Z80EX_CONTEXT *cpu, Z80EX_WORD port, void *u)
{
    (void)cpu; (void)u;
    switch (port & 0xFF) {
    case 0x80:
        if (input_pos < input_len) {
            idle_polls = 0;
            return 0x03;
        }
        idle_polls++;
        return 0x02;
    case 0x81:
        return input_pos < input_len ? input[input_pos++] : 0;
    default:
        return (Z80EX_BYTE)port; /* like the host driver: echo the port number */
    }
}

static void pwrite(Z80EX_CONTEXT *cpu, Z80EX_WORD port, Z80EX_BYTE v, void *u)
{
    (void)cpu; (void)u;
    if ((port & 0xFF) == 0x81)
        putchar(v);
}

static Z80EX_BYTE intread(Z80EX_CONTEXT *cpu, void *u)
{
    (void)cpu; (void)u;
    return 0xFF;
}

int main(int argc, char **argv)
{
    FILE *f;
    long cap = 64 * 1024, t = 0;
    Z80EX_CONTEXT *cpu;
    if (argc < 2 || !(f = fopen(argv[1], "rb"))) {
        fprintf(stderr, "usage: romsim mint.bin < input\n");
        return 2;
    }
    if (fread(mem, 1, 0x2000, f) == 0)
        return 2;
    fclose(f);
    input = malloc(cap);
    while (!feof(stdin)) {
        if (input_len == cap)
            input = realloc(input, cap *= 2);
        input_len += fread(input + input_len, 1, cap - input_len, stdin);
    }
    cpu = z80ex_create(mread, 0, mwrite, 0, pread, 0, pwrite, 0, intread, 0);
    {
        static unsigned long profile[65536];
        const char *prof = getenv("ROMSIM_PROFILE"); /* file for T-states spent per PC */
        while (idle_polls < 200000 && t < 4000000000L && !z80ex_doing_halt(cpu)) {
            unsigned pc = z80ex_get_reg(cpu, regPC);
            int n = z80ex_step(cpu);
            profile[pc] += n;
            t += n;
        }
        if (prof) {
            FILE *p = fopen(prof, "w");
            unsigned a;
            for (a = 0; p && a < 65536; a++)
                if (profile[a])
                    fprintf(p, "%04X %lu\n", a, profile[a]);
            if (p)
                fclose(p);
        }
    }
    fflush(stdout);
    fprintf(stderr, "[romsim: %ld T-states, %ld ROM writes%s]\n", t, rom_writes,
            z80ex_doing_halt(cpu) ? ", halted" : "");
    return 0;
}
