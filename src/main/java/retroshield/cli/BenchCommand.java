package retroshield.cli;

import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import retroshield.cpu.bench.Z80Benchmark;
import retroshield.terminal.TerminalThroughput;

/** `bench`: how fast the Z80 core runs a fixed workload on this machine. */
@Command(name = "bench", mixinStandardHelpOptions = true, exitCodeOnInvalidInput = 1,
        description = {
            "Measure the emulated Z80 speed (MHz) on a fixed workload.",
            "The workload mixes 8- and 16-bit arithmetic, logic, bit operations, IX/IY",
            "indexing, calls, LDIR and jumps on a plain 64 KB RAM machine. After a warm-up it",
            "prints emulated T-states per wall-clock second, and per second of CPU time, as MHz."})
public final class BenchCommand implements Callable<Integer> {

    @Option(names = "--seconds", defaultValue = "2", paramLabel = "S",
            description = "Length of each timed run in seconds (default: ${DEFAULT-VALUE}).")
    double seconds;

    @Option(names = "--runs", defaultValue = "5", paramLabel = "N",
            description = "Number of timed runs; the median is reported (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--warmup", defaultValue = "3", paramLabel = "S",
            description = "Warm-up time in seconds before measuring (default: ${DEFAULT-VALUE}).")
    double warmup;

    @Option(names = "--terminal",
            description = "Measure the terminal screen model instead: serial output bytes per second, "
                    + "fed one byte at a time as the emulator does.")
    boolean terminal;

    @Override
    public Integer call() {
        if (!(seconds > 0 && seconds <= 3600) || runs < 1 || runs > 1000 || !(warmup >= 0 && warmup <= 3600)) {
            System.err.println("bench: --seconds must be in (0, 3600], --runs in 1..1000 and --warmup in 0..3600");
            return 1;
        }
        if (terminal) {
            return benchTerminal();
        }
        Z80Benchmark bench = new Z80Benchmark();
        Z80Benchmark.Result result = bench.run(warmup, runs, seconds);
        StringBuilder each = new StringBuilder();
        for (double mhz : result.mhzPerRun()) {
            each.append(each.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.1f", mhz));
        }
        System.out.printf(Locale.ROOT,
                "Z80 bench: %.1f MHz (emulated T-states per wall second, median of %d runs of %s s)%n",
                result.median(), runs, trim(seconds));
        System.out.printf(Locale.ROOT, "  runs: %s MHz; best %.1f MHz%n", each, result.best());
        if (result.cpuMhzPerRun().length > 0) {
            System.out.printf(Locale.ROOT,
                    "  per second of this thread's CPU time: %.1f MHz (median; less affected by a busy machine)%n",
                    result.cpuMedian());
        }
        return 0;
    }

    private int benchTerminal() {
        byte[] workload = TerminalThroughput.defaultWorkload();
        TerminalThroughput.measure(workload, (int) Math.max(1, Math.ceil(warmup)), true);
        TerminalThroughput.Measurement m =
                TerminalThroughput.measure(workload, (int) Math.max(1, Math.ceil(seconds * runs)), true);
        System.out.printf(Locale.ROOT,
                "Terminal bench: %.1f MB/s of serial output (byte by byte; %.1f MB per second of CPU time)%n",
                m.megabytesPerSecond(), m.megabytesPerCpuSecond());
        return 0;
    }

    private static String trim(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
