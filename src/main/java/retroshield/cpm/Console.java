package retroshield.cpm;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * The CP/M console on host streams. Output is passed through byte for byte (buffered, flushed
 * before every read and by {@link #flush()}). Input bytes are read as they come, with a line
 * feed turned into the carriage return CP/M programs expect (a CR LF pair gives one CR).
 */
final class Console {

    static final int CR = 0x0D;
    static final int LF = 0x0A;
    static final int END_OF_INPUT = -1;

    private final InputStream in;
    private final OutputStream out;
    private boolean previousWasCr;
    private boolean ended;

    Console(InputStream in, OutputStream out) {
        this.in = in;
        this.out = new BufferedOutputStream(out, 8192);
    }

    /** Waits for the next input byte; {@link #END_OF_INPUT} once the input has ended. */
    int read() {
        flush();
        while (!ended) {
            int b = readRaw();
            if (b < 0) {
                ended = true;
                break;
            }
            boolean skip = b == LF && previousWasCr;
            previousWasCr = b == CR;
            if (!skip) {
                return b == LF ? CR : b;
            }
        }
        return END_OF_INPUT;
    }

    /** True when a byte can be read without waiting (or the input has ended: reads return at once). */
    boolean ready() {
        if (ended) {
            return false;
        }
        try {
            return in.available() > 0;
        } catch (IOException e) {
            return false;
        }
    }

    boolean ended() {
        return ended;
    }

    void write(int b) {
        try {
            out.write(b);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the console output", e);
        }
    }

    void flush() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the console output", e);
        }
    }

    private int readRaw() {
        try {
            return in.read();
        } catch (IOException e) {
            return END_OF_INPUT;
        }
    }
}
