package retroshield.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The {@code --log} file of a run: the raw output of the ROM, byte for byte, with each line
 * that was typed written on a line of its own as {@code "> " + text} at the moment its Enter
 * reached the serial chip (a partial line is written at the end). Control characters in typed
 * text are shown as {@code ^X}.
 */
final class SessionLog implements AutoCloseable {

    private final OutputStream out;
    private final Deque<Byte> queued = new ArrayDeque<>();
    private final StringBuilder typedLine = new StringBuilder();
    private int lastWritten = '\n';
    private boolean lastTypedWasCr;

    SessionLog(Path file) throws IOException {
        this.out = new BufferedOutputStream(Files.newOutputStream(file));
    }

    /** A byte the ROM transmitted. */
    void output(int b) {
        write(b);
    }

    /** Bytes handed to the serial host's queue (not yet received by the chip). */
    void queued(byte[] bytes) {
        for (byte b : bytes) {
            queued.add(b);
        }
    }

    /** Bytes still waiting in the queue: everything before them has reached the chip. */
    void stillPending(int pending) {
        while (queued.size() > pending) {
            int b = queued.removeFirst() & 0xFF;
            if (b == '\r' || b == '\n') {
                if (b == '\n' && typedLine.length() == 0 && lastTypedWasCr) {
                    lastTypedWasCr = false;
                    continue;                       // the LF of a CRLF Enter
                }
                writeTypedLine();
                lastTypedWasCr = b == '\r';
            } else {
                lastTypedWasCr = false;
                if (b < 0x20 || b == 0x7F) {
                    typedLine.append('^').append((char) (b == 0x7F ? '?' : b + 0x40));
                } else {
                    typedLine.append((char) b);
                }
            }
        }
    }

    private void writeTypedLine() {
        if (lastWritten != '\n') {
            write('\n');
        }
        for (char c : ("> " + typedLine + "\n").toCharArray()) {
            write(c);
        }
        typedLine.setLength(0);
    }

    private void write(int b) {
        try {
            out.write(b);
            lastWritten = b;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        if (typedLine.length() > 0) {
            writeTypedLine();
        }
        out.close();
    }
}
