package retroshield.debug;

import java.util.HashMap;
import java.util.Map;
import java.util.function.IntUnaryOperator;
import retroshield.cpu.Bus;
import retroshield.cpu.Z80;
import retroshield.cpu.Z80State;

/**
 * The T-states an instruction takes, found by running it on a scratch Z80 (the real core, so
 * the counts are exactly the emulator's) over a copy-on-write view of memory: nothing real is
 * touched. Conditional instructions are tried with all flags clear and all set, and with B
 * and BC at $0001, $0101 and $0202, so a jump shows {@code 7/12}, DJNZ {@code 8/13}, LDIR {@code 16/21}.
 */
public final class InstructionTiming {

    private final IntUnaryOperator memory;

    public InstructionTiming(IntUnaryOperator memory) {
        this.memory = memory;
    }

    /** E.g. "10" or "7/12" for the instruction at {@code address}, with registers from {@code s}. */
    public String tStates(Z80State s, int address) {
        int min = Integer.MAX_VALUE;
        int max = 0;
        for (int flags : new int[] {0x00, 0xFF}) {
            for (int count : new int[] {0x0001, 0x0101, 0x0202}) {
                int t = run(s, address & 0xFFFF, flags, count);
                min = Math.min(min, t);
                max = Math.max(max, t);
            }
        }
        return min == max ? Integer.toString(min) : min + "/" + max;
    }

    private int run(Z80State s, int address, int flags, int count) {
        ScratchBus bus = new ScratchBus();
        Z80 z = new Z80(bus);
        z.restore(new Z80State((s.af() & 0xFF00) | flags, count, s.de(), s.hl(), s.af2(), s.bc2(),
                s.de2(), s.hl2(), s.ix(), s.iy(), s.sp(), address, s.wz(), s.i(), s.r(), s.im(), false, false, false,
                false, 0, false, false, false, 0));
        return z.step();
    }

    private final class ScratchBus implements Bus {
        private final Map<Integer, Integer> written = new HashMap<>();

        @Override
        public int read(int address) {
            Integer v = written.get(address & 0xFFFF);
            return v != null ? v : memory.applyAsInt(address & 0xFFFF) & 0xFF;
        }

        @Override
        public void write(int address, int value) {
            written.put(address & 0xFFFF, value & 0xFF);
        }

        @Override
        public int in(int port) {
            return 0xFF;
        }

        @Override
        public void out(int port, int value) {
            // a scratch run talks to no device
        }
    }
}
