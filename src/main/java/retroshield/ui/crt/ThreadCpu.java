package retroshield.ui.crt;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * CPU time (nanosecond resolution) of the threads whose names start with given prefixes, for
 * measuring the CPU a picture costs frame by frame: the threads are looked up once, then each
 * {@link #nanos()} reads only their clocks. Threads that end or start later are not followed.
 */
final class ThreadCpu {

    private final ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    private final long[] ids;

    ThreadCpu(String... prefixes) {
        ids = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> java.util.Arrays.stream(prefixes).anyMatch(p -> t.getName().startsWith(p)))
                .mapToLong(Thread::getId).toArray();
    }

    /** How many threads are followed. */
    int threads() {
        return ids.length;
    }

    /** Their CPU time together so far. */
    long nanos() {
        long sum = 0;
        for (long id : ids) {
            sum += Math.max(0, mx.getThreadCpuTime(id));
        }
        return sum;
    }
}
