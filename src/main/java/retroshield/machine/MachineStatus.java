package retroshield.machine;

/**
 * What the emulator thread is doing, published a few times a second (and at every change of
 * state) for any thread to read.
 *
 * @param state       IDLE (thread not started), RUNNING, PAUSED or HALTED (HALT with
 *                    interrupts disabled: only a reset helps)
 * @param pc          program counter
 * @param cycles      T-states since power-on
 * @param measuredMhz speed achieved over the last second while running (0 when not running)
 * @param clock       the clock setting
 * @param problem     why the machine paused by itself (an exception from the emulated world),
 *                    or null
 * @param accessNotes ignored ROM writes and unanswered ports so far ({@link AccessReport#summary()})
 */
public record MachineStatus(State state, int pc, long cycles, double measuredMhz, ClockSpeed clock,
                            String problem, java.util.List<String> accessNotes) {

    public MachineStatus {
        accessNotes = accessNotes == null ? java.util.List.of() : java.util.List.copyOf(accessNotes);
    }

    /** A status with nothing ignored to report. */
    public MachineStatus(State state, int pc, long cycles, double measuredMhz, ClockSpeed clock, String problem) {
        this(state, pc, cycles, measuredMhz, clock, problem, java.util.List.of());
    }

    public enum State { IDLE, RUNNING, PAUSED, HALTED }
}
