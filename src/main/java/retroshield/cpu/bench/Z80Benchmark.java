package retroshield.cpu.bench;

import java.util.Arrays;
import retroshield.cpu.Z80;

/**
 * Measures how many emulated T-states per wall-clock second the core runs on
 * {@link BenchProgram}: a warm-up (so the JIT has compiled the core), then several timed runs.
 */
public final class Z80Benchmark {

    /** T-states per {@code run} call between clock checks (about 1 ms at 1 GHz-equivalent). */
    private static final long SLICE = 1_000_000;

    /** The outcome: emulated MHz of each timed run, in run order. */
    public record Result(double[] mhzPerRun, double seconds) {
        public Result {
            mhzPerRun = mhzPerRun.clone();
        }

        @Override
        public double[] mhzPerRun() {
            return mhzPerRun.clone();
        }

        public double median() {
            double[] sorted = mhzPerRun.clone();
            Arrays.sort(sorted);
            int n = sorted.length;
            return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
        }

        public double best() {
            return Arrays.stream(mhzPerRun).max().orElse(0);
        }
    }

    private final BenchBus bus = new BenchBus();
    private final Z80 cpu = new Z80(bus);

    public Z80Benchmark() {
        BenchProgram.loadInto(bus.memory);
    }

    /** Runs the workload for {@code seconds} of wall time and returns emulated MHz. */
    public double measure(double seconds) {
        long limit = (long) (seconds * 1e9);
        long start = System.nanoTime();
        long tStates = 0;
        long elapsed;
        do {
            tStates += cpu.run(SLICE);
            elapsed = System.nanoTime() - start;
        } while (elapsed < limit);
        return tStates / (elapsed / 1e9) / 1e6;
    }

    /** Warm-up, then {@code runs} timed runs of {@code seconds} each. */
    public Result run(double warmupSeconds, int runs, double seconds) {
        if (warmupSeconds > 0) {
            measure(warmupSeconds);
        }
        double[] mhz = new double[runs];
        for (int k = 0; k < runs; k++) {
            mhz[k] = measure(seconds);
        }
        return new Result(mhz, seconds);
    }

    /** Outer loops the program has completed (a check that it really ran). */
    public int completedLoops() {
        return (bus.memory[BenchProgram.COUNTER] & 0xFF) | ((bus.memory[BenchProgram.COUNTER + 1] & 0xFF) << 8);
    }
}
