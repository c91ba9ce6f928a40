package retroshield.cpm;

import java.util.Locale;

/**
 * How a CP/M run ended.
 *
 * @param ending  why it stopped
 * @param tStates T-states executed by the Z80 (the harness's own trap instructions included)
 * @param nanos   wall-clock time of the run
 * @param cpuNanos CPU time the process used during the run (all its threads), or -1 if unknown
 */
public record CpmResult(Ending ending, long tStates, long nanos, long cpuNanos) {

    /** A result whose CPU time is not known. */
    public CpmResult(Ending ending, long tStates, long nanos) {
        this(ending, tStates, nanos, -1);
    }

    /** Why a run stopped, with the exit code of the {@code cpm} command. */
    public enum Ending {
        /** The program jumped to $0000 (or called BIOS BOOT/WBOOT). */
        WARM_BOOT(0),
        /** BDOS function 0. */
        SYSTEM_RESET(0),
        /** More T-states than allowed ran. */
        CYCLE_LIMIT(2),
        /** The CPU halted with nothing to wake it. */
        HALTED(3);

        private final int exitCode;

        Ending(int exitCode) {
            this.exitCode = exitCode;
        }

        public int exitCode() {
            return exitCode;
        }
    }

    /** The emulated clock rate achieved, in MHz. */
    public double megahertz() {
        return tStates / (Math.max(nanos, 1) / 1e9) / 1e6;
    }

    /** The emulated clock rate per second of the process's CPU time, in MHz; -1 if unknown. */
    public double megahertzPerCpuSecond() {
        return cpuNanos < 0 ? -1 : tStates / (Math.max(cpuNanos, 1) / 1e9) / 1e6;
    }

    /**
     * {@code cpm: 46734977146 T-states in 41.200 s = 1134.3 MHz; 38.100 s CPU = 1226.6 MHz per CPU second}
     * (milliseconds, so short runs show too; the CPU part only when the CPU time is known).
     */
    public String report() {
        String wall = String.format(Locale.ROOT, "cpm: %d T-states in %.3f s = %.1f MHz", tStates, nanos / 1e9, megahertz());
        if (cpuNanos < 0) {
            return wall;
        }
        return wall + String.format(Locale.ROOT, "; %.3f s CPU = %.1f MHz per CPU second",
                cpuNanos / 1e9, megahertzPerCpuSecond());
    }
}
