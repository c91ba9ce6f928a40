package retroshield.terminal;

import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Measures how many megabytes of serial output per second the terminal model digests.
 * The bench command calls {@link #megabytesPerSecond(byte[], int)} with
 * {@link #defaultWorkload()}; {@link #main(String[])} prints the figure on its own.
 * A real serial link at 115,200 baud carries about 0.01 MB/s; the target is well above 1 MB/s.
 */
public final class TerminalThroughput {

    /** Bytes in the default workload (about one megabyte). */
    public static final int DEFAULT_WORKLOAD_BYTES = 1 << 20;

    private TerminalThroughput() {
    }

    /**
     * A realistic mix of what ROMs print: program listings and memory dumps ended by CR LF
     * (so the screen scrolls constantly into history), prompts with backspace editing,
     * bold and reverse highlights, cursor positioning and erases, a bell now and then.
     */
    public static byte[] defaultWorkload() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(DEFAULT_WORKLOAD_BYTES + 4096);
        int n = 0;
        while (out.size() < DEFAULT_WORKLOAD_BYTES) {
            StringBuilder s = new StringBuilder();
            switch (n % 8) {
                case 0 -> s.append(n * 10).append(" PRINT \"HELLO, WORLD \";I:NEXT I\r\n");
                case 1 -> {
                    s.append(String.format(Locale.ROOT, "%04X:", (n * 16) & 0xFFFF));
                    for (int i = 0; i < 16; i++) {
                        s.append(String.format(Locale.ROOT, " %02X", (n + i * 7) & 0xFF));
                    }
                    s.append("  ................\r\n");
                }
                case 2 -> s.append("> 1 2 + . 3 OK\r\n");
                case 3 -> s.append("\u001b[1mREADY\u001b[0m\r\n> LIST\b\b\b\bRUN \r\n");
                case 4 -> s.append("\u001b[7m Status: running \u001b[27m\u001b[K\r\n");
                case 5 -> s.append("\u001b7\u001b[1;60H\u001b[2K").append(n).append("\u001b8");
                case 6 -> s.append("The quick brown fox jumps over the lazy dog\tand tabs\r\n");
                default -> s.append("A long line that runs past the right margin of an eighty column "
                        + "screen and wraps onto the next row, like long output does.\u0007\r\n");
            }
            out.writeBytes(s.toString().getBytes(StandardCharsets.ISO_8859_1));
            n++;
        }
        return out.toByteArray();
    }

    /** What one measurement gave: bytes fed, wall-clock and CPU nanoseconds. */
    public record Measurement(long bytes, long wallNanos, long cpuNanos) {
        public double megabytesPerSecond() {
            return bytes / (wallNanos / 1e9) / 1e6;
        }

        /** Per second of the measuring thread's CPU time (fair on a busy machine); NaN if unknown. */
        public double megabytesPerCpuSecond() {
            return cpuNanos <= 0 ? Double.NaN : bytes / (cpuNanos / 1e9) / 1e6;
        }
    }

    /**
     * Feeds the workload repeatedly to an 80x24 terminal for about the given number of seconds
     * (after a warm-up), taking a snapshot after every 16 KB (what a 60 Hz display does at
     * 1 MB/s; more often than it does at higher rates), and
     * returns megabytes (10^6 bytes) per wall-clock second.
     */
    public static double megabytesPerSecond(byte[] workload, int seconds) {
        return measure(workload, seconds).megabytesPerSecond();
    }

    /** The full measurement behind {@link #megabytesPerSecond(byte[], int)}: 4 KB buffers. */
    public static Measurement measure(byte[] workload, int seconds) {
        return measure(workload, seconds, false);
    }

    /**
     * Feeds 4 KB buffers through {@link Terminal#accept(byte[], int, int)}, or, when
     * byteByByte, every byte through {@link Terminal#accept(int)} as a serial output listener
     * does.
     */
    public static Measurement measure(byte[] workload, int seconds, boolean byteByByte) {
        if (workload.length == 0) {
            throw new IllegalArgumentException("workload is empty");
        }
        Terminal terminal = new Terminal(80, 24);
        feed(terminal, workload, Math.max(1.0, seconds / 2.0), byteByByte);   // warm-up for the JIT
        return feed(terminal, workload, Math.max(0.1, seconds), byteByByte);
    }

    /** Feeds for at least the given seconds. */
    private static Measurement feed(Terminal terminal, byte[] workload, double seconds, boolean byteByByte) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        boolean cpuTime = threads.isCurrentThreadCpuTimeSupported();
        final int chunk = 4096;
        final int chunksPerSnapshot = 4;
        int chunks = 0;
        long bytes = 0;
        long cpuStart = cpuTime ? threads.getCurrentThreadCpuTime() : 0;
        long start = System.nanoTime();
        long deadline = start + (long) (seconds * 1e9);
        long now;
        do {
            for (int off = 0; off < workload.length; off += chunk) {
                int len = Math.min(chunk, workload.length - off);
                if (byteByByte) {
                    for (int i = off; i < off + len; i++) {
                        terminal.accept(workload[i]);
                    }
                } else {
                    terminal.accept(workload, off, len);
                }
                if (++chunks % chunksPerSnapshot == 0) {
                    terminal.snapshot();
                }
                bytes += len;
            }
            now = System.nanoTime();
        } while (now < deadline);
        long cpu = cpuTime ? threads.getCurrentThreadCpuTime() - cpuStart : -1;
        return new Measurement(bytes, now - start, cpu);
    }

    public static void main(String[] args) {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        byte[] workload = defaultWorkload();
        for (boolean byteByByte : new boolean[] {false, true}) {
            Measurement m = measure(workload, seconds, byteByByte);
            System.out.printf(Locale.ROOT,
                    "terminal model, %s: %.1f MB/s wall clock, %.1f MB/s per CPU second (%d-byte workload, %d s)%n",
                    byteByByte ? "accept(int) byte by byte" : "accept(byte[]) 4 KB buffers",
                    m.megabytesPerSecond(), m.megabytesPerCpuSecond(), workload.length, seconds);
        }
    }
}
