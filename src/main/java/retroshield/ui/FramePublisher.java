package retroshield.ui;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import retroshield.terminal.Terminal;
import retroshield.terminal.TerminalFrame;

/**
 * Keeps the latest immutable {@link TerminalFrame} of a {@link Terminal} ready for the screen.
 * The emulator thread feeds the terminal and calls {@link #changed()}; a small publisher thread
 * wakes at once, takes a snapshot and publishes it through an {@link AtomicReference}, so an echo
 * is on screen at the next animation pulse while a flood of output costs one snapshot per
 * {@link #MIN_INTERVAL_NANOS} at most. The FX thread only reads {@link #latest()}.
 */
public final class FramePublisher implements AutoCloseable {

    /** Shortest time between two snapshots while output keeps coming. */
    public static final long MIN_INTERVAL_NANOS = 2_000_000L;

    private final Terminal terminal;
    private final AtomicReference<TerminalFrame> latest = new AtomicReference<>();
    private final AtomicBoolean dirty = new AtomicBoolean(true);
    private final Thread thread;
    private volatile boolean closed;

    public FramePublisher(Terminal terminal) {
        this.terminal = terminal;
        latest.set(terminal.snapshot());
        thread = new Thread(this::loop, "retroshield-frames");
        thread.setDaemon(true);
        thread.start();
    }

    /** The screen changed (any thread): a new frame will be published promptly. */
    public void changed() {
        if (dirty.compareAndSet(false, true)) {
            LockSupport.unpark(thread);
        }
    }

    /** The newest published frame (never null). */
    public TerminalFrame latest() {
        return latest.get();
    }

    /** Publishes a snapshot now, on the caller's thread (tests, after a resize). */
    public TerminalFrame publishNow() {
        TerminalFrame f = terminal.snapshot();
        latest.set(f);
        return f;
    }

    private void loop() {
        while (!closed) {
            if (dirty.getAndSet(false)) {
                latest.set(terminal.snapshot());
                LockSupport.parkNanos(MIN_INTERVAL_NANOS);
            } else {
                LockSupport.parkNanos(250_000_000L);
            }
        }
    }

    @Override
    public void close() {
        closed = true;
        LockSupport.unpark(thread);
    }
}
