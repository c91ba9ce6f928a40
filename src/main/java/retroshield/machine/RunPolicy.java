package retroshield.machine;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * The halt and idle rules every run loop follows (the app's {@link MachineRunner}, the command
 * line's {@code run} loop and {@link HeadlessSession}): when the CPU has stopped for good, why,
 * and when the loop may let the host core rest instead of spinning through a halted CPU.
 */
public final class RunPolicy {

    /** How long a loop rests while the CPU waits, halted, for input at unlimited speed. */
    public static final long REST_NANOS = TimeUnit.MILLISECONDS.toNanos(1);

    /** Whether and how the CPU is stuck in a HALT. */
    public enum Halt {
        /** Running, or halted waiting for an interrupt that can come. */
        NONE,
        /** HALT with interrupts disabled: only a reset wakes it. */
        FOREVER,
        /**
         * HALT with interrupts enabled, but the serial chip's interrupt output is not wired to
         * /INT: no interrupt can come. The app keeps such a machine running (the user may
         * rewire it); {@code run} ends.
         */
        UNWIRED
    }

    private final Machine machine;

    public RunPolicy(Machine machine) {
        this.machine = java.util.Objects.requireNonNull(machine, "machine");
    }

    /** The CPU's halt state now. */
    public Halt halt() {
        if (!machine.cpu().isHalted()) {
            return Halt.NONE;
        }
        if (machine.isHaltedForever()) {
            return Halt.FOREVER;
        }
        return machine.interruptWired() ? Halt.NONE : Halt.UNWIRED;
    }

    /** True when the CPU halted with interrupts disabled (nothing but a reset wakes it). */
    public boolean haltedForever() {
        return halt() == Halt.FOREVER;
    }

    /** The address of the HALT instruction the CPU sits on (PC has moved past it). */
    public int haltAddress() {
        return (machine.cpu().pc() - 1) & 0xFFFF;
    }

    /**
     * Why the CPU cannot go on, as the end of "the CPU ...", e.g. "halted with interrupts
     * disabled (HALT at $0011)"; null when it can.
     */
    public String haltReason() {
        return switch (halt()) {
            case NONE -> null;
            case FOREVER -> String.format("halted with interrupts disabled (HALT at $%04X)", haltAddress());
            case UNWIRED -> String.format("halted waiting for an interrupt (HALT at $%04X), but the serial"
                    + " chip's interrupt output is not wired to /INT", haltAddress());
        };
    }

    /**
     * True when a loop running at {@code speed} may rest: unlimited speed (a paced loop waits
     * anyway), the CPU halted waiting for an interrupt and no input waiting to be delivered.
     */
    public boolean mayRest(ClockSpeed speed) {
        return speed.unlimited() && machine.cpu().isHalted() && machine.serialHost().pendingInput() == 0;
    }

    /** Parks the calling thread for {@link #REST_NANOS} when {@link #mayRest} says so. */
    public void restIfIdle(ClockSpeed speed) {
        if (mayRest(speed)) {
            LockSupport.parkNanos(this, REST_NANOS);
        }
    }
}
