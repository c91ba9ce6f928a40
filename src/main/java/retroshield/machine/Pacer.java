package retroshield.machine;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongConsumer;
import java.util.function.LongSupplier;

/**
 * Keeps emulated time in step with wall time and measures the speed achieved.
 *
 * <p>The caller runs slices of {@link #sliceCycles()} T-states (about 1 ms of emulated time)
 * and calls {@link #paceTo(long)} with the CPU's cycle counter after each. When the emulation
 * is more than a slice ahead of the wall clock the thread sleeps (parks) the difference; it
 * never spins. When it falls far behind (host too slow, debugger pause) it does not race to
 * catch up: the reference point moves to now.
 */
public final class Pacer {

    private static final long NANOS_PER_SECOND = TimeUnit.SECONDS.toNanos(1);
    /** Sleep only when at least this far ahead (shorter sleeps are not worth a park). */
    private static final long MIN_SLEEP_NANOS = TimeUnit.MICROSECONDS.toNanos(500);
    /** Further behind than this: give up catching up. */
    private static final long MAX_LAG_NANOS = TimeUnit.MILLISECONDS.toNanos(50);
    /** Slice length when unlimited. */
    private static final long UNLIMITED_SLICE_CYCLES = 50_000;

    private final LongSupplier clock;
    private final LongConsumer sleeper;
    private ClockSpeed speed;
    private long baseNanos;
    private long baseCycles;
    private long windowNanos;
    private long windowCycles;
    private double measuredMhz;

    public Pacer(ClockSpeed speed) {
        this(speed, System::nanoTime, LockSupport::parkNanos);
    }

    /** With an injected clock and sleep (tests). */
    public Pacer(ClockSpeed speed, LongSupplier clock, LongConsumer sleeper) {
        this.speed = speed;
        this.clock = clock;
        this.sleeper = sleeper;
    }

    /** Sets the reference point: the CPU is at {@code cycles} now. */
    public void start(long cycles) {
        long now = clock.getAsLong();
        baseNanos = now;
        baseCycles = cycles;
        windowNanos = now;
        windowCycles = cycles;
    }

    public void setSpeed(ClockSpeed speed, long cycles) {
        this.speed = speed;
        long now = clock.getAsLong();
        baseNanos = now;
        baseCycles = cycles;
    }

    public ClockSpeed speed() {
        return speed;
    }

    /** T-states per slice: about 1 ms of emulated time (50,000 when unlimited). */
    public long sliceCycles() {
        return speed.unlimited() ? UNLIMITED_SLICE_CYCLES : Math.max(1, speed.hz() / 1000);
    }

    /** Sleeps if the CPU, now at {@code cycles}, is ahead of real time; updates the measure. */
    public void paceTo(long cycles) {
        long now = clock.getAsLong();
        if (!speed.unlimited()) {
            long target = baseNanos + (long) ((cycles - baseCycles) * (double) NANOS_PER_SECOND / speed.hz());
            long ahead = target - now;
            if (ahead >= MIN_SLEEP_NANOS) {
                sleeper.accept(ahead);
                now = clock.getAsLong();
            } else if (-ahead > MAX_LAG_NANOS) {
                baseNanos = now;
                baseCycles = cycles;
            }
        }
        measure(cycles, now);
    }

    /** Updates the speed measure without pacing (paused or stepping). */
    public void idle(long cycles) {
        long now = clock.getAsLong();
        baseNanos = now;
        baseCycles = cycles;
        measure(cycles, now);
    }

    private void measure(long cycles, long now) {
        long elapsed = now - windowNanos;
        if (elapsed >= NANOS_PER_SECOND) {
            measuredMhz = (cycles - windowCycles) * 1000.0 / elapsed;
            windowNanos = now;
            windowCycles = cycles;
        }
    }

    /** The speed achieved over the last full second, in MHz (0 before the first second). */
    public double measuredMhz() {
        return measuredMhz;
    }
}
