package retroshield.ui.crt;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.function.DoubleSupplier;
import java.util.function.LongSupplier;

/**
 * Frame statistics of the running app, switched on with {@code -Dretroshield.frameStats=true}:
 * every few seconds one line on stderr with the median and 99th percentile of the interval
 * between animation pulses (the real frame pace: when drawing falls behind, pulses come later)
 * and of the time the FX thread spends in a pulse, how many pulses redrew the picture, and the
 * CPU used by the whole process, the FX thread and the renderer thread, as a share of one core,
 * and how many bytes of serial output reached the terminal per second.
 * A diagnostic tool, not a test. Call on the FX thread.
 */
public final class FrameStats {

    /** The system property that switches the statistics on. */
    public static final String PROPERTY = "retroshield.frameStats";
    /** Seconds between two report lines. */
    public static final int REPORT_SECONDS = 5;

    private final PrintStream out;
    private final long[] intervals = new long[4096];
    private final long[] work = new long[4096];
    private int count;
    private long lastPulse = Long.MIN_VALUE;
    private long windowStart = Long.MIN_VALUE;
    private long cpuAtStart;
    private long fxCpuAtStart;
    private long renderCpuAtStart;
    private LongSupplier serialBytes = () -> 0;
    private DoubleSupplier emulatedMhz = () -> 0;
    private long serialAtStart;

    public FrameStats(PrintStream out) {
        this.out = out;
    }

    /** What else to report: bytes of serial output received so far and the emulated speed. */
    public void setMachineSources(LongSupplier serialBytes, DoubleSupplier emulatedMhz) {
        this.serialBytes = serialBytes;
        this.emulatedMhz = emulatedMhz;
    }

    /** A FrameStats on stderr when the system property asks for it, else null. */
    public static FrameStats fromSystemProperty() {
        return Boolean.getBoolean(PROPERTY) ? new FrameStats(System.err) : null;
    }

    /**
     * One pulse.
     *
     * @param startNanos  when the pulse began (System.nanoTime)
     * @param workNanos   how long it took
     */
    public void pulse(long startNanos, long workNanos) {
        if (windowStart == Long.MIN_VALUE) {
            startWindow(startNanos);
        } else if (lastPulse != Long.MIN_VALUE && count < intervals.length) {
            intervals[count] = startNanos - lastPulse;
            work[count] = workNanos;
            count++;
        }
        lastPulse = startNanos;
        if (startNanos - windowStart >= REPORT_SECONDS * 1_000_000_000L) {
            report(startNanos);
            startWindow(startNanos);
        }
    }

    private void startWindow(long now) {
        windowStart = now;
        count = 0;
        cpuAtStart = processCpuNanos();
        fxCpuAtStart = threadCpuNanos("JavaFX Application Thread");
        renderCpuAtStart = threadCpuNanos("QuantumRenderer");
        serialAtStart = serialBytes.getAsLong();
    }

    private void report(long now) {
        if (count == 0) {
            return;
        }
        double wall = now - windowStart;
        out.printf("frameStats: %d pulses (%.1f/s); interval median %.2f ms p99 %.2f ms; "
                        + "FX work median %.2f ms p99 %.2f ms; CPU process %.0f%%, FX thread %.0f%%, "
                        + "renderer %.0f%% of one core; serial into the terminal %.0f KB/s, emulator %.1f MHz%n",
                count, count / (wall / 1e9), percentile(intervals, count, 50), percentile(intervals, count, 99),
                percentile(work, count, 50), percentile(work, count, 99),
                share(processCpuNanos() - cpuAtStart, wall),
                share(threadCpuNanos("JavaFX Application Thread") - fxCpuAtStart, wall),
                share(threadCpuNanos("QuantumRenderer") - renderCpuAtStart, wall),
                (serialBytes.getAsLong() - serialAtStart) / (wall / 1e9) / 1000, emulatedMhz.getAsDouble());
    }

    private static double share(long cpu, double wall) {
        return cpu < 0 ? -1 : 100.0 * cpu / wall;
    }

    /** The p-th percentile of the first n values, in milliseconds. */
    static double percentile(long[] values, int n, int p) {
        long[] sorted = Arrays.copyOf(values, n);
        Arrays.sort(sorted);
        int i = Math.min(n - 1, (int) Math.ceil(p / 100.0 * n) - 1);
        return sorted[Math.max(0, i)] / 1e6;
    }

    private static long processCpuNanos() {
        OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
            return sun.getProcessCpuTime();
        }
        return -1;
    }

    /** CPU time of the threads whose name starts with a prefix. */
    private static long threadCpuNanos(String prefix) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        if (!threads.isThreadCpuTimeSupported()) {
            return -1;
        }
        long sum = 0;
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info != null && info.getThreadName().startsWith(prefix)) {
                sum += Math.max(0, threads.getThreadCpuTime(info.getThreadId()));
            }
        }
        return sum;
    }
}
