package retroshield.cpu;

/**
 * The Zilog Z80, instruction-stepped with every T-state counted.
 *
 * <p>PUBLIC API CONTRACT (the rest of the project codes against exactly this; the
 * implementation behind it belongs to the cpu package):
 * <ul>
 *   <li>{@code new Z80(Bus bus)}</li>
 *   <li>{@code int step()}: executes one instruction (or one interrupt acknowledge, or one
 *       HALT cycle of 4 T-states) and returns the T-states it took.</li>
 *   <li>{@code long run(long budget)}: runs whole instructions until at least {@code budget}
 *       T-states have elapsed, {@link #requestStop()} was called (from a Bus callback or
 *       another thread), or the debug hook asked to stop; returns the T-states actually run.</li>
 *   <li>{@code void requestStop()}, and {@code void stopAfterInstruction()} for Bus callbacks
 *       on the CPU's own thread (no memory fence)</li>
 *   <li>{@code long cycles()}: the 64-bit T-state counter since construction/restore.</li>
 *   <li>{@code void reset()}: the /RESET pin: PC=0, I=R=0, IFF1=IFF2=0, IM 0, not halted;
 *       AF and SP set to 0xFFFF (other registers keep their values, as on a real chip).</li>
 *   <li>{@code void setIntLine(boolean asserted)} / {@code boolean intLine()}: the /INT line as
 *       a level; it is sampled at the end of each instruction.</li>
 *   <li>{@code void nmi()}: an edge on /NMI, taken at the end of the current instruction.</li>
 *   <li>{@code boolean isHalted()}</li>
 *   <li>register getters: {@code pc() sp() af() bc() de() hl() ix() iy() i() r() im()
 *       iff1() iff2() wz()} and {@code setPc(int)} / {@code setSp(int)}</li>
 *   <li>{@code Z80State state()} / {@code void restore(Z80State s)}: an exact copy.</li>
 *   <li>{@code void setDebugHook(DebugHook hook)}: null removes it.</li>
 * </ul>
 *
 * <p>Conventions: HALT leaves PC on the byte after the HALT opcode, and while halted each
 * step is a 4 T-state cycle that increments R (no bus read is made for it). Interrupts are
 * checked before each instruction, i.e. at the end of the previous one; EI delays them by one
 * instruction. In IM 0 the acknowledge cycle takes 2 extra T-states and the instruction comes
 * from {@link Bus#interruptAcknowledge()}: any instruction, its opcode, prefixes and operand
 * bytes each taken from the bus by one call, with PC held on the interrupted instruction.
 * IM 1 takes 13 T-states, IM 2 19 and an NMI 11. The implementation is spread over
 * package-private superclasses, one per opcode group; only the members listed above are public.
 */
public final class Z80 extends Z80IndexOps {

    private volatile boolean stopRequested;
    /**
     * Where the current {@link #run} ends: the budget's T-state, or 0 once
     * {@link #stopAfterInstruction()} was called. A plain field, so a bus callback that stops
     * the run costs no memory fence inside the JIT-compiled instruction.
     */
    private long runEnd;
    private DebugHook debugHook;
    /** The code source during an IM 0 acknowledge: bytes from the device, PC held still. */
    private final Bus acknowledgeBus = new AcknowledgeBus();

    private int instructionPc;

    public Z80(Bus bus) {
        super(bus);
        reset();
    }

    // ---- running ----

    public int step() {
        long start = cycles;
        if (!attention || !serviceAttention(start + 1)) {
            prevQ = q;
            q = 0;
            special = 0;
            instructionPc = pc;
            execMain(fetchOpcode());
        }
        return (int) (cycles - start);
    }

    public long run(long budget) {
        stopRequested = false;
        long start = cycles;
        long end = start + Math.max(0, budget);
        if (end < start) {
            end = Long.MAX_VALUE;                  // saturate instead of wrapping
        }
        runEnd = end;
        if (debugHook == null) {
            runFast();
        } else {
            runDebug(debugHook);
        }
        return cycles - start;
    }

    /** The loop used without a debug hook: nothing but the attention flag is checked. */
    private void runFast() {
        while (cycles < runEnd && !stopRequested) {
            if (attention && serviceAttention(runEnd)) {
                continue;
            }
            prevQ = q;
            q = 0;
            special = 0;
            instructionPc = pc;
            execMain(fetchOpcode());
        }
    }

    private void runDebug(DebugHook hook) {
        while (cycles < runEnd && !stopRequested) {
            if (hook.beforeInstruction(pc)) {
                break;
            }
            step();
        }
    }

    public void requestStop() {
        stopRequested = true;
    }

    /**
     * Like {@link #requestStop()}, but only for a {@link Bus} callback on the thread that runs
     * the CPU: the current instruction completes, then {@link #run} returns. Cheaper than
     * {@code requestStop()} (a plain field store instead of a volatile one), which matters when
     * the call sits in {@link Bus#read}, inlined into every instruction.
     */
    public void stopAfterInstruction() {
        runEnd = 0;
    }

    /**
     * Takes a pending NMI or interrupt, or runs HALT cycles (as many as fit before {@code end},
     * at least one). Returns false when a normal instruction should execute instead.
     */
    private boolean serviceAttention(long end) {
        if (nmiPending) {
            acceptNmi();
            return true;
        }
        if (intLine && iff1 && (special & AFTER_EI) == 0) {
            acceptInterrupt();
            return true;
        }
        if (halted) {
            long n = Math.max(1, (end - cycles) / 4);
            cycles += 4 * n;
            rCount += (int) n;
            prevQ = q;
            q = 0;
            special = 0;
            return true;
        }
        return false;
    }

    /** What every interrupt acknowledge does first: leave HALT, mask, one M1 for R, clear Q. */
    private void beginAcknowledge() {
        halted = false;
        iff1 = false;
        special = 0;
        prevQ = q;
        q = 0;
        rCount++;
    }

    private void acceptNmi() {
        nmiPending = false;
        beginAcknowledge();
        cycles += 5;
        push(pc);
        pc = 0x66;
        wz = pc;
        updateAttention();
    }

    private void acceptInterrupt() {
        if ((special & AFTER_LD_A_IR) != 0) {
            f &= ~FlagTables.PF;
        }
        iff2 = false;
        beginAcknowledge();
        switch (im) {
            case 0:
                interruptMode0();
                break;
            case 1:
                cycles += 7;
                push(pc);
                pc = 0x38;
                wz = pc;
                break;
            default: {
                cycles += 7;
                int vector = (i << 8) | (bus.interruptAcknowledge() & 0xFF);
                push(pc);
                pc = readWord(vector);
                wz = pc;
                break;
            }
        }
        updateAttention();
    }

    /**
     * IM 0: executes the instruction the device puts on the bus. The acknowledge cycle is the
     * M1 of that instruction (2 T-states longer than a normal fetch); every further byte the
     * instruction fetches (prefixed opcodes, displacements, operands) also comes from
     * {@link Bus#interruptAcknowledge()}, one call per byte, and PC does not move while they
     * are taken, so CALL and RST push the address of the interrupted instruction.
     */
    private void interruptMode0() {
        cycles += 6;
        int op = bus.interruptAcknowledge() & 0xFF;
        codeBus = acknowledgeBus;
        try {
            execMain(op);
        } finally {
            codeBus = bus;
        }
    }

    // ---- pins ----

    public long cycles() {
        return cycles;
    }

    public void reset() {
        pc = 0;
        i = 0;
        rCount = 0;
        r7 = 0;
        iff1 = false;
        iff2 = false;
        im = 0;
        halted = false;
        a = 0xFF;
        f = 0xFF;
        sp = 0xFFFF;
        special = 0;
        q = 0;
        prevQ = 0;
        nmiPending = false;
        updateAttention();
    }

    public void setIntLine(boolean asserted) {
        intLine = asserted;
        updateAttention();
    }

    public boolean intLine() {
        return intLine;
    }

    public void nmi() {
        nmiPending = true;
        updateAttention();
    }

    public boolean isHalted() {
        return halted;
    }

    // ---- registers ----

    public int pc() { return pc; }

    /** Address of the instruction executing now (or executed last): for messages about its accesses. */
    public int instructionPc() { return instructionPc; }
    public int sp() { return sp; }
    public int af() { return pairAF(); }
    public int bc() { return pairBC(); }
    public int de() { return pairDE(); }
    public int hl() { return pairHL(); }
    public int ix() { return ix; }
    public int iy() { return iy; }
    public int i() { return i; }
    public int r() { return rValue(); }
    public int im() { return im; }
    public boolean iff1() { return iff1; }
    public boolean iff2() { return iff2; }
    public int wz() { return wz; }

    public void setPc(int pc) {
        this.pc = pc & 0xFFFF;
    }

    public void setSp(int sp) {
        this.sp = sp & 0xFFFF;
    }

    /**
     * Replaces the bus every access goes through (a debugger's watching bus that passes
     * everything on to the machine); call between instructions only.
     */
    public void setBus(Bus newBus) {
        if (newBus == null) {
            throw new IllegalArgumentException("Z80 needs a Bus (got null)");
        }
        this.bus = newBus;
        this.codeBus = newBus;
    }

    /** The bus accesses go through now. */
    public Bus bus() {
        return bus;
    }

    public void setDebugHook(DebugHook hook) {
        this.debugHook = hook;
    }

    /**
     * Serves the instruction fetches of an IM 0 interrupt from the data bus. Each fetch reads
     * at PC and then increments it; stepping PC back here keeps it on the interrupted
     * instruction, as on the chip. Data accesses still go to the real bus.
     */
    private final class AcknowledgeBus implements Bus {
        @Override
        public int read(int address) {
            pc = (pc - 1) & 0xFFFF;
            return bus.interruptAcknowledge() & 0xFF;
        }

        @Override
        public void write(int address, int value) {
            bus.write(address, value);
        }

        @Override
        public int in(int port) {
            return bus.in(port);
        }

        @Override
        public void out(int port, int value) {
            bus.out(port, value);
        }
    }

    // ---- snapshots ----

    public Z80State state() {
        return new Z80State(pairAF(), pairBC(), pairDE(), pairHL(), af2, bc2, de2, hl2,
                ix, iy, sp, pc, wz, i, rValue(), im, iff1, iff2, halted,
                (special & AFTER_EI) != 0, q, (special & AFTER_LD_A_IR) != 0,
                intLine, nmiPending, cycles);
    }

    /** @throws IllegalArgumentException when the state's cycle counter is negative */
    public void restore(Z80State s) {
        if (s.cycles() < 0) {
            throw new IllegalArgumentException("Z80 state: negative cycle counter " + s.cycles());
        }
        setAf(s.af());
        setBc(s.bc());
        setDe(s.de());
        setHl(s.hl());
        af2 = s.af2() & 0xFFFF;
        bc2 = s.bc2() & 0xFFFF;
        de2 = s.de2() & 0xFFFF;
        hl2 = s.hl2() & 0xFFFF;
        ix = s.ix() & 0xFFFF;
        iy = s.iy() & 0xFFFF;
        sp = s.sp() & 0xFFFF;
        pc = s.pc() & 0xFFFF;
        wz = s.wz() & 0xFFFF;
        i = s.i() & 0xFF;
        rCount = s.r() & 0x7F;
        r7 = s.r() & 0x80;
        im = s.im() & 3;
        iff1 = s.iff1();
        iff2 = s.iff2();
        halted = s.halted();
        special = (s.eiPending() ? AFTER_EI : 0) | (s.ldAirFlag() ? AFTER_LD_A_IR : 0);
        q = s.q() & 0xFF;
        prevQ = 0;
        intLine = s.intLine();
        nmiPending = s.nmiPending();
        cycles = s.cycles();
        updateAttention();
    }
}
