package retroshield.cpu.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;
import retroshield.cpu.Z80;

/**
 * The core allocates nothing per instruction: after a warm-up, millions of instructions of the
 * bench workload (plus interrupts and HALT cycles) must leave this thread's allocation counter
 * almost where it was.
 */
class Z80AllocationTest {

    /** Far less than one byte per instruction over the measured stretch. */
    private static final long MAX_BYTES = 64 * 1024;
    /** About 3.5 million instructions of the bench workload. */
    private static final long MEASURED_TSTATES = 30_000_000;

    private static com.sun.management.ThreadMXBean threads() {
        java.lang.management.ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        assumeTrue(bean instanceof com.sun.management.ThreadMXBean, "JVM cannot count allocations");
        com.sun.management.ThreadMXBean sun = (com.sun.management.ThreadMXBean) bean;
        assumeTrue(sun.isThreadAllocatedMemorySupported(), "JVM cannot count allocations");
        sun.setThreadAllocatedMemoryEnabled(true);
        return sun;
    }

    private static Z80 workload() {
        BenchBus bus = new BenchBus();
        BenchProgram.loadInto(bus.memory);
        return new Z80(bus);
    }

    @Test
    void runAllocatesNothingPerInstruction() {
        com.sun.management.ThreadMXBean threads = threads();
        long id = Thread.currentThread().getId();
        Z80 cpu = workload();
        cpu.run(MEASURED_TSTATES);                                   // warm-up
        long before = threads.getThreadAllocatedBytes(id);
        long ran = 0;
        for (int k = 0; k < 30; k++) {                               // slices, as a machine runs
            ran += cpu.run(MEASURED_TSTATES / 30);
        }
        long allocated = threads.getThreadAllocatedBytes(id) - before;
        assertTrue(ran >= MEASURED_TSTATES, "ran " + ran);
        assertTrue(allocated < MAX_BYTES, "run() allocated " + allocated + " bytes over " + ran + " T-states");
    }

    @Test
    void stepWithInterruptsAndHookAllocatesNothingPerInstruction() {
        com.sun.management.ThreadMXBean threads = threads();
        long id = Thread.currentThread().getId();
        Z80 cpu = workload();
        int[] calls = new int[1];
        cpu.setDebugHook(pc -> {
            calls[0]++;
            return false;
        });
        long instructions = 2_000_000;
        exercise(cpu, instructions);                                 // warm-up
        long before = threads.getThreadAllocatedBytes(id);
        exercise(cpu, instructions);
        long allocated = threads.getThreadAllocatedBytes(id) - before;
        assertTrue(calls[0] > instructions / 256, "the hook ran in run(): " + calls[0]);
        assertTrue(allocated < MAX_BYTES, "step()/run() with a hook allocated " + allocated + " bytes");
    }

    /** Steps the workload, raising and lowering /INT and sending NMIs now and then. */
    private static void exercise(Z80 cpu, long instructions) {
        for (long k = 0; k < instructions; k++) {
            if ((k & 0xFFF) == 0) {
                cpu.nmi();
            }
            cpu.setIntLine((k & 0x3FF) == 0);
            cpu.step();
            if ((k & 0xFF) == 0) {
                cpu.run(40);
            }
        }
    }
}
