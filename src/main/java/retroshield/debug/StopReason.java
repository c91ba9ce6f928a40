package retroshield.debug;

/**
 * Why the debugger stopped.
 *
 * @param kind    what happened
 * @param message one line for the user, e.g. "watchpoint #2: write $41 to $2000 at PC $0105"
 */
public record StopReason(Kind kind, String message) {

    public enum Kind {
        /** A step, step over/out or run-to finished. */
        STEP,
        BREAKPOINT,
        WATCHPOINT,
        IO_BREAKPOINT,
        HALT,
        ROM_WRITE,
        /** The step/T-state limit of the call ran out. */
        LIMIT,
        /** Someone asked to pause. */
        PAUSED,
        /** HALT with interrupts off: nothing can happen any more. */
        HALTED_FOREVER,
        /** Reverse stepping reached the oldest instruction the history keeps. */
        HISTORY_START
    }

    @Override
    public String toString() {
        return message;
    }
}
