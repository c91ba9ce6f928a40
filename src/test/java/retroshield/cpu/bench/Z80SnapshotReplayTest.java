package retroshield.cpu.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import retroshield.cpu.Bus;
import retroshield.cpu.Z80;
import retroshield.cpu.Z80State;

/**
 * {@code state()}/{@code restore()} are exact: a snapshot taken in the middle of the bench
 * workload, restored after the run went on, replays the same bus events at the same T-states.
 */
class Z80SnapshotReplayTest {

    /** Records every memory access as (T-state, kind, address, value). */
    private static final class RecordingBus implements Bus {
        final byte[] memory = new byte[0x10000];
        Z80 cpu;
        long[] events = new long[1 << 16];
        int count;

        void record(int kind, int address, int value) {
            if (count < events.length) {
                events[count] = (cpu.cycles() << 28) | ((long) kind << 24) | ((long) address << 8) | value;
            }
            count++;
        }

        @Override
        public int read(int address) {
            int v = memory[address] & 0xFF;
            record(1, address, v);
            return v;
        }

        @Override
        public void write(int address, int value) {
            memory[address] = (byte) value;
            record(2, address, value);
        }

        @Override
        public int in(int port) {
            return 0xFF;
        }

        @Override
        public void out(int port, int value) {
            record(3, port, value);
        }

        long[] take() {
            long[] out = Arrays.copyOf(events, Math.min(count, events.length));
            count = 0;
            return out;
        }
    }

    @Test
    void restoringASnapshotReplaysTheSameTraceAndCycles() {
        RecordingBus bus = new RecordingBus();
        BenchProgram.loadInto(bus.memory);
        Z80 cpu = new Z80(bus);
        bus.cpu = cpu;
        cpu.run(123_457);                                          // stop somewhere mid-loop
        for (int k = 0; k < 17; k++) {
            cpu.step();
        }
        Z80State saved = cpu.state();
        byte[] memory = bus.memory.clone();
        bus.take();

        long firstRan = cpu.run(50_000);
        long[] firstTrace = bus.take();
        Z80State firstEnd = cpu.state();
        byte[] firstMemory = bus.memory.clone();

        System.arraycopy(memory, 0, bus.memory, 0, memory.length);
        cpu.restore(saved);
        assertEquals(saved, cpu.state());
        long secondRan = cpu.run(50_000);
        long[] secondTrace = bus.take();

        assertTrue(firstTrace.length > 5_000, "a real stretch was traced: " + firstTrace.length);
        assertEquals(firstRan, secondRan, "T-states run");
        assertArrayEquals(firstTrace, secondTrace, "bus events and their T-states");
        assertEquals(firstEnd, cpu.state(), "final CPU state incl. the cycle counter");
        assertArrayEquals(firstMemory, bus.memory);
    }

    @Test
    void snapshotTakenWhileHaltedWithAnInterruptPendingReplaysExactly() {
        RecordingBus bus = new RecordingBus();
        // handler at 38h: INC A; EI; RET
        int[] code = {0xED, 0x56, 0xFB, 0x76, 0x18, 0xFD};          // IM 1; EI; HALT; JR -3 (to HALT)
        for (int k = 0; k < code.length; k++) {
            bus.memory[k] = (byte) code[k];
        }
        bus.memory[0x38] = 0x3C;
        bus.memory[0x39] = (byte) 0xFB;
        bus.memory[0x3A] = (byte) 0xC9;
        Z80 cpu = new Z80(bus);
        bus.cpu = cpu;
        cpu.setSp(0x8000);
        cpu.run(50);
        cpu.setIntLine(true);
        Z80State saved = cpu.state();
        byte[] memory = bus.memory.clone();
        bus.take();
        long firstRan = cpu.run(1_000);
        long[] firstTrace = bus.take();
        Z80State firstEnd = cpu.state();

        System.arraycopy(memory, 0, bus.memory, 0, memory.length);
        cpu.restore(saved);
        long secondRan = cpu.run(1_000);
        assertTrue(saved.halted() && saved.intLine(), "the snapshot holds HALT and the INT level");
        assertEquals(firstRan, secondRan);
        assertArrayEquals(firstTrace, bus.take());
        assertEquals(firstEnd, cpu.state());
    }
}
