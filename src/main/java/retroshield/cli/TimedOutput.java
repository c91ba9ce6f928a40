package retroshield.cli;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Standard output written by a thread of its own through a 1 MB buffer, so a reader that
 * stops reading (a full pipe) blocks the emulator only until a deadline: then writes fail
 * with {@link Blocked} and {@code run} can end with its --timeout instead of hanging. A write
 * failure of the target (a full disk) comes back on the next write or flush.
 */
final class TimedOutput extends OutputStream {

    /** The output could not be written before the deadline. */
    static final class Blocked extends IOException {
        Blocked(int unwritten) {
            super("standard output is blocked (nobody reads it); " + unwritten + " bytes not written");
        }
    }

    private static final int CAPACITY = 1 << 20;
    private static final int CHUNK = 64 * 1024;

    private final OutputStream target;
    private final byte[] ring = new byte[CAPACITY];
    private int head;
    private int size;
    private boolean writing;
    private IOException failure;
    private volatile long deadlineNanos = Long.MAX_VALUE;

    TimedOutput(OutputStream target) {
        this.target = target;
        Thread writer = new Thread(this::drain, "retroshield-stdout");
        writer.setDaemon(true);
        writer.start();
    }

    /** Writes wait at most until {@code nanoTime} ({@link System#nanoTime()} clock). */
    void setDeadline(long nanoTime) {
        deadlineNanos = nanoTime;
    }

    @Override
    public synchronized void write(int b) throws IOException {
        waitFor(CAPACITY - 1);
        ring[(head + size) % CAPACITY] = (byte) b;
        size++;
        notifyAll();
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) throws IOException {
        for (int i = 0; i < len; i++) {
            write(b[off + i]);
        }
    }

    /** Hands the bytes over (the writer thread writes and flushes them); reports an earlier failure. */
    @Override
    public synchronized void flush() throws IOException {
        if (failure != null) {
            throw failure;
        }
    }

    /** Waits until everything buffered has been written to the target and flushed (or the deadline). */
    synchronized void awaitWritten() throws IOException {
        waitFor(0);
        while (writing) {
            waitOnce();
        }
        if (failure != null) {
            throw failure;
        }
    }

    /** Waits until at most {@code level} bytes are buffered, the deadline passes, or the target failed. */
    private void waitFor(int level) throws IOException {
        while (size > level) {
            waitOnce();
        }
        if (failure != null) {
            throw failure;
        }
    }

    private void waitOnce() throws IOException {
        if (failure != null) {
            throw failure;
        }
        long left = deadlineNanos - System.nanoTime();
        if (left <= 0) {
            throw new Blocked(size);
        }
        try {
            wait(Math.max(1, Math.min(left / 1_000_000, 50)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Blocked(size);
        }
    }

    private void drain() {
        byte[] chunk = new byte[CHUNK];
        while (true) {
            int n;
            synchronized (this) {
                while (size == 0) {
                    try {
                        wait();
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                n = Math.min(size, Math.min(CHUNK, CAPACITY - head));
                System.arraycopy(ring, head, chunk, 0, n);
                writing = true;
            }
            IOException error = null;
            try {
                target.write(chunk, 0, n);
                target.flush();
                if (target instanceof java.io.PrintStream ps && ps.checkError()) {
                    // A PrintStream hides the reason; as before, take it for a closed pipe (| head).
                    error = new IOException("Broken pipe (standard output closed)");
                }
            } catch (IOException e) {
                error = e;
            }
            synchronized (this) {
                writing = false;
                head = (head + n) % CAPACITY;
                size -= n;
                if (error != null && failure == null) {
                    failure = error;
                }
                notifyAll();
                if (failure != null) {
                    size = 0;                        // nothing more can be written
                    return;
                }
            }
        }
    }
}
