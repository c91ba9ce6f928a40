package retroshield.cpu;

/**
 * An exact copy of everything inside the Z80, for save states, tests and the debugger.
 * {@code Z80.restore(state())} leaves the CPU exactly as it was.
 *
 * @param af,bc,de,hl        main register pairs
 * @param af2,bc2,de2,hl2    the alternate (shadow) set
 * @param wz                 MEMPTR, the hidden address latch
 * @param r                  all 8 bits of R (bit 7 is kept, bits 0-6 count opcode fetches)
 * @param im                 interrupt mode 0, 1 or 2
 * @param eiPending          the previous instruction was EI, so interrupts wait one instruction
 * @param q                  the flags the last instruction wrote (0 if it wrote none): feeds
 *                           bits 3 and 5 of SCF and CCF
 * @param ldAirFlag          the previous instruction was LD A,I or LD A,R (its P/V may be reset
 *                           by an interrupt accepted right after it)
 * @param intLine            the level of /INT
 * @param nmiPending         an NMI edge waits to be taken
 * @param cycles             the 64-bit T-state counter
 */
public record Z80State(
        int af, int bc, int de, int hl,
        int af2, int bc2, int de2, int hl2,
        int ix, int iy, int sp, int pc, int wz,
        int i, int r, int im,
        boolean iff1, boolean iff2, boolean halted, boolean eiPending,
        int q, boolean ldAirFlag, boolean intLine, boolean nmiPending,
        long cycles) {
}
