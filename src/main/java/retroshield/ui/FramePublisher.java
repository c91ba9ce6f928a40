package retroshield.ui;

import java.util.concurrent.atomic.AtomicReference;
import retroshield.terminal.Terminal;
import retroshield.terminal.TerminalFrame;

/**
 * Hands the latest immutable {@link TerminalFrame} of a {@link Terminal} to the screen. The
 * terminal's owner (the emulator thread) feeds it, calls {@link #changed()}, and between run
 * slices calls {@link #publishIfChanged()}, which takes a snapshot at most every
 * {@link #MIN_INTERVAL_NANOS} and publishes it through an {@link AtomicReference}: an echo is on
 * screen at the next animation pulse and a flood of output costs one snapshot per interval. The
 * FX thread only reads {@link #latest()} and {@link #historySize()}; no thread and no lock here.
 */
public final class FramePublisher implements AutoCloseable {

    /** Shortest time between two snapshots while output keeps coming. */
    public static final long MIN_INTERVAL_NANOS = 2_000_000L;

    private final Terminal terminal;
    private final AtomicReference<TerminalFrame> latest = new AtomicReference<>();
    /** Owner thread only. */
    private boolean dirty;
    private long lastPublished = Long.MIN_VALUE / 2;
    private volatile int historySize;

    /** Takes the first snapshot on the calling thread (before the terminal gets its owner). */
    public FramePublisher(Terminal terminal) {
        this.terminal = terminal;
        publishNow();
    }

    /** The screen changed (owner thread): the next {@link #publishIfChanged()} publishes it. */
    public void changed() {
        dirty = true;
    }

    /** Owner thread, between run slices: publishes a snapshot if the screen changed. */
    public void publishIfChanged() {
        if (!dirty) {
            return;
        }
        long now = System.nanoTime();
        if (now - lastPublished >= MIN_INTERVAL_NANOS) {
            publishNow();
            lastPublished = now;
        }
    }

    /** The newest published frame (never null; any thread). */
    public TerminalFrame latest() {
        return latest.get();
    }

    /** Publishes a snapshot now (owner thread). */
    public TerminalFrame publishNow() {
        dirty = false;
        TerminalFrame f = terminal.snapshot();
        historySize = terminal.historySize();
        latest.set(f);
        return f;
    }

    /** Lines of scrollback at the time of the newest frame (any thread). */
    public int historySize() {
        return historySize;
    }

    @Override
    public void close() {
        // nothing to stop: publishing happens on the owner's thread
    }
}
