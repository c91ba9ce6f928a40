package retroshield.cpm;

import java.util.Locale;

/**
 * How a CP/M run ended.
 *
 * @param ending  why it stopped
 * @param tStates T-states executed by the Z80 (the harness's own trap instructions included)
 * @param nanos   wall-clock time of the run
 */
public record CpmResult(Ending ending, long tStates, long nanos) {

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

    /** {@code cpm: 46734977146 T-states in 41.200 s = 1134.3 MHz} (milliseconds, so short runs show too). */
    public String report() {
        return String.format(Locale.ROOT, "cpm: %d T-states in %.3f s = %.1f MHz", tStates, nanos / 1e9, megahertz());
    }
}
