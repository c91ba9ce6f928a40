package retroshield.cpu.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import retroshield.cpu.Z80;

/** The bench workload really runs its loops (speed itself is measured by the command only). */
class Z80BenchmarkTest {

    @Test
    void workloadLoopsForeverAndCopiesWithLdir() {
        BenchBus bus = new BenchBus();
        BenchProgram.loadInto(bus.memory);
        Z80 cpu = new Z80(bus);
        cpu.run(200_000);
        assertFalse(cpu.isHalted());
        cpu.setDebugHook(pc -> pc == 0x004B);                  // just after the LDIR
        cpu.run(100_000);
        assertEquals(0x004B, cpu.pc());
        int loops = (bus.memory[BenchProgram.COUNTER] & 0xFF) | ((bus.memory[BenchProgram.COUNTER + 1] & 0xFF) << 8);
        assertTrue(loops > 10, "outer loops completed: " + loops);
        assertArrayEquals(Arrays.copyOfRange(bus.memory, 0x8000, 0x8040),
                Arrays.copyOfRange(bus.memory, 0xA000, 0xA040), "LDIR copied IX's area");
        assertTrue(bus.memory[0x8007] != 0 || bus.memory[0x8005] != 0, "indexed stores happened");
        assertTrue(cpu.sp() == 0xF000, "calls and pushes are balanced");
    }

    @Test
    void resultReportsMedianAndBest() {
        Z80Benchmark.Result r = new Z80Benchmark.Result(new double[] {3, 1, 2, 5}, new double[] {4, 9, 6});
        assertEquals(2.5, r.median());
        assertEquals(5, r.best());
        assertEquals(6, r.cpuMedian());
        assertEquals(0, new Z80Benchmark.Result(new double[] {1}, new double[0]).cpuMedian());
        Z80Benchmark bench = new Z80Benchmark();
        assertTrue(bench.measure(0.05) > 0);
        assertTrue(bench.completedLoops() > 0);
    }
}
