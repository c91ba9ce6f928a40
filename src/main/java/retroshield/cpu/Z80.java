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
 *   <li>{@code void requestStop()}</li>
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
 */
public final class Z80 {

    private final Bus bus;

    public Z80(Bus bus) {
        this.bus = bus;
    }

    // ---- Placeholders: the cpu package replaces every body below. ----
    public int step() { throw new UnsupportedOperationException("Z80 core not written yet"); }
    public long run(long budget) { throw new UnsupportedOperationException("Z80 core not written yet"); }
    public void requestStop() { }
    public long cycles() { return 0; }
    public void reset() { }
    public void setIntLine(boolean asserted) { }
    public boolean intLine() { return false; }
    public void nmi() { }
    public boolean isHalted() { return false; }
    public int pc() { return 0; }
    public int sp() { return 0; }
    public int af() { return 0; }
    public int bc() { return 0; }
    public int de() { return 0; }
    public int hl() { return 0; }
    public int ix() { return 0; }
    public int iy() { return 0; }
    public int i() { return 0; }
    public int r() { return 0; }
    public int im() { return 0; }
    public boolean iff1() { return false; }
    public boolean iff2() { return false; }
    public int wz() { return 0; }
    public void setPc(int pc) { }
    public void setSp(int sp) { }
    public Z80State state() { throw new UnsupportedOperationException("Z80 core not written yet"); }
    public void restore(Z80State s) { throw new UnsupportedOperationException("Z80 core not written yet"); }
    public void setDebugHook(DebugHook hook) { }
}
