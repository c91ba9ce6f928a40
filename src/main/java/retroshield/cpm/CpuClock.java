package retroshield.cpm;

import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.lang.management.ThreadMXBean;

/**
 * The CPU time this process has used, in nanoseconds: a speed measure that a busy machine
 * disturbs much less than wall-clock time. It is the process's total (all threads, the JIT
 * compiler and the garbage collector included), as {@code time} reports it; where the JVM
 * cannot tell (no {@code com.sun.management} bean), the calling thread's CPU time; -1 when
 * neither is known.
 */
final class CpuClock {

    private CpuClock() {
    }

    static long processCpuNanos() {
        OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean) {
            long t = ((com.sun.management.OperatingSystemMXBean) os).getProcessCpuTime();
            if (t >= 0) {
                return t;
            }
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        return threads.isCurrentThreadCpuTimeSupported() ? threads.getCurrentThreadCpuTime() : -1;
    }
}
