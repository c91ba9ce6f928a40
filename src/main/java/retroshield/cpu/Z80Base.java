package retroshield.cpu;

/**
 * The Z80's registers and hidden state, plus the timed bus accesses every instruction is built
 * from. The core is split over a chain of classes (registers, ALU, main opcodes, CB/ED opcodes,
 * index opcodes, public API) so that each stays readable while all of them share these plain
 * int fields, which keeps the hot path free of indirection.
 *
 * <p>Timing convention: each access first adds its T-states to {@link #cycles}, then calls the
 * bus, so a bus callback sees the T-state at the end of its memory cycle (as Fuse logs it).
 * I/O cycles add 1 T-state before the bus call and 3 after it.
 */
abstract class Z80Base {

    /** Not final only so a debugger can put a watching bus in front of the machine. */
    Bus bus;
    /**
     * Where opcode and operand bytes come from: {@link #bus}, except while an IM 0 interrupt
     * executes the instruction a device puts on the data bus.
     */
    Bus codeBus;

    // ---- 8-bit main registers ----
    int a;
    int f;
    int b;
    int c;
    int d;
    int e;
    int h;
    int l;

    // ---- 16-bit registers ----
    int af2;
    int bc2;
    int de2;
    int hl2;
    int ix;
    int iy;
    int sp;
    int pc;
    /** MEMPTR, the hidden address latch. */
    int wz;

    int i;
    /** Counts opcode fetches; only bits 0-6 are visible in R. */
    int rCount;
    /** Bit 7 of R, only changed by LD R,A. */
    int r7;
    int im;
    boolean iff1;
    boolean iff2;
    boolean halted;

    /** F as written by the current instruction, or 0 if it wrote no flags. */
    int q;
    /** q of the previous instruction: SCF and CCF read it. */
    int prevQ;

    /** Bits of {@link #special}: what the previous instruction was. */
    static final int AFTER_EI = 1;
    static final int AFTER_LD_A_IR = 2;
    /** Marks left by the previous instruction for interrupt acceptance (AFTER_* bits). */
    int special;

    long cycles;

    /** The level of /INT. */
    boolean intLine;
    /** An NMI edge waits to be taken. */
    boolean nmiPending;
    /**
     * True when something other than a plain instruction may happen next (HALT, NMI, an
     * interrupt): the instruction loop tests only this one field.
     */
    boolean attention;

    Z80Base(Bus bus) {
        if (bus == null) {
            throw new IllegalArgumentException("Z80 needs a Bus (got null)");
        }
        this.bus = bus;
        this.codeBus = bus;
    }

    // ---- register pairs ----
    final int pairBC() {
        return (b << 8) | c;
    }

    final int pairDE() {
        return (d << 8) | e;
    }

    final int pairHL() {
        return (h << 8) | l;
    }

    final int pairAF() {
        return (a << 8) | f;
    }

    final void setBc(int v) {
        b = (v >> 8) & 0xFF;
        c = v & 0xFF;
    }

    final void setDe(int v) {
        d = (v >> 8) & 0xFF;
        e = v & 0xFF;
    }

    final void setHl(int v) {
        h = (v >> 8) & 0xFF;
        l = v & 0xFF;
    }

    final void setAf(int v) {
        a = (v >> 8) & 0xFF;
        f = v & 0xFF;
    }

    final int rValue() {
        return (rCount & 0x7F) | r7;
    }

    /** Recomputes {@link #attention}: call whenever halted, nmiPending, intLine or iff1 change. */
    final void updateAttention() {
        attention = halted || nmiPending || (intLine && iff1);
    }

    // ---- timed bus accesses ----

    /** An M1 opcode fetch: 4 T-states, R incremented. */
    final int fetchOpcode() {
        cycles += 4;
        rCount++;
        int op = codeBus.readOpcode(pc);
        pc = (pc + 1) & 0xFFFF;
        return op;
    }

    /** An operand byte at PC: 3 T-states. */
    final int fetchByte() {
        cycles += 3;
        int v = codeBus.read(pc);
        pc = (pc + 1) & 0xFFFF;
        return v;
    }

    /** A little-endian operand word at PC: 6 T-states. */
    final int fetchWord() {
        int lo = fetchByte();
        return (fetchByte() << 8) | lo;
    }

    /** A signed displacement byte at PC. */
    final int fetchDisplacement() {
        return (byte) fetchByte();
    }

    final int read(int address) {
        cycles += 3;
        return bus.read(address);
    }

    final void write(int address, int value) {
        cycles += 3;
        bus.write(address, value);
    }

    final int readWord(int address) {
        int lo = read(address);
        return (read((address + 1) & 0xFFFF) << 8) | lo;
    }

    final void writeWord(int address, int value) {
        write(address, value & 0xFF);
        write((address + 1) & 0xFFFF, (value >> 8) & 0xFF);
    }

    final int in(int port) {
        cycles += 1;
        int v = bus.in(port);
        cycles += 3;
        return v;
    }

    final void out(int port, int value) {
        cycles += 1;
        bus.out(port, value);
        cycles += 3;
    }

    final void push(int value) {
        sp = (sp - 1) & 0xFFFF;
        write(sp, (value >> 8) & 0xFF);
        sp = (sp - 1) & 0xFFFF;
        write(sp, value & 0xFF);
    }

    final int pop() {
        int lo = read(sp);
        sp = (sp + 1) & 0xFFFF;
        int hi = read(sp);
        sp = (sp + 1) & 0xFFFF;
        return (hi << 8) | lo;
    }
}
