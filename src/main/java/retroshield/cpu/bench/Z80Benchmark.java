package retroshield.cpu.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import retroshield.cpu.Z80;

/**
 * Measures how many emulated T-states per wall-clock second the core runs on
 * {@link BenchProgram}: a warm-up (so the JIT has compiled the core), then several timed runs.
 */
public final class Z80Benchmark {

    /** T-states per {@code run} call between clock checks (about 1 ms at 1 GHz-equivalent). */
    private static final long SLICE = 1_000_000;

    /**
     * The outcome: emulated MHz of each timed run (T-states per wall-clock second), in run
     * order, and the same per second of this thread's CPU time (which a busy machine affects
     * less), or an empty array when the JVM cannot measure thread CPU time.
     */
    public record Result(double[] mhzPerRun, double[] cpuMhzPerRun) {
        public Result {
            mhzPerRun = mhzPerRun.clone();
            cpuMhzPerRun = cpuMhzPerRun.clone();
        }

        @Override
        public double[] mhzPerRun() {
            return mhzPerRun.clone();
        }

        @Override
        public double[] cpuMhzPerRun() {
            return cpuMhzPerRun.clone();
        }

        public double median() {
            return median(mhzPerRun);
        }

        public double cpuMedian() {
            return median(cpuMhzPerRun);
        }

        public double best() {
            return Arrays.stream(mhzPerRun).max().orElse(0);
        }

        private static double median(double[] values) {
            if (values.length == 0) {
                return 0;
            }
            double[] sorted = values.clone();
            Arrays.sort(sorted);
            int n = sorted.length;
            return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
        }
    }

    private final BenchBus bus = new BenchBus();
    private final Z80 cpu = new Z80(bus);

    public Z80Benchmark() {
        BenchProgram.loadInto(bus.memory);
    }

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private double lastCpuMhz;

    /** Runs the workload for {@code seconds} of wall time and returns emulated MHz. */
    public double measure(double seconds) {
        boolean cpuTime = threads.isCurrentThreadCpuTimeSupported();
        long limit = (long) (seconds * 1e9);
        long cpuStart = cpuTime ? threads.getCurrentThreadCpuTime() : 0;
        long start = System.nanoTime();
        long tStates = 0;
        long elapsed;
        do {
            tStates += cpu.run(SLICE);
            elapsed = System.nanoTime() - start;
        } while (elapsed < limit);
        long cpuUsed = cpuTime ? threads.getCurrentThreadCpuTime() - cpuStart : 0;
        lastCpuMhz = cpuUsed > 0 ? tStates / (cpuUsed / 1e9) / 1e6 : 0;
        return tStates / (elapsed / 1e9) / 1e6;
    }

    /** Warm-up, then {@code runs} timed runs of {@code seconds} each. */
    public Result run(double warmupSeconds, int runs, double seconds) {
        if (warmupSeconds > 0) {
            measure(warmupSeconds);
        }
        double[] mhz = new double[runs];
        double[] cpuMhz = new double[runs];
        for (int k = 0; k < runs; k++) {
            mhz[k] = measure(seconds);
            cpuMhz[k] = lastCpuMhz;
        }
        boolean cpuKnown = Arrays.stream(cpuMhz).allMatch(v -> v > 0);
        return new Result(mhz, cpuKnown ? cpuMhz : new double[0]);
    }

    /** Outer loops the program has completed (a check that it really ran). */
    public int completedLoops() {
        return (bus.memory[BenchProgram.COUNTER] & 0xFF) | ((bus.memory[BenchProgram.COUNTER + 1] & 0xFF) << 8);
    }
}
