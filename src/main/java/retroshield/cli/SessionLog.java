package retroshield.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;

/**
 * The {@code --log} file of a run: the raw output of the ROM, byte for byte, and each typed
 * line on a line of its own as {@code "> " + text}. A line whose Enter is already queued (a
 * script, a pipe, a paste) is written when its first byte reaches the serial chip, so it
 * stands before the ROM's echo and reply; a line typed key by key is written when its Enter
 * reaches the chip. A partial last line is written at the end. Control characters in typed
 * text are shown as {@code ^X}.
 */
final class SessionLog implements AutoCloseable {

    /** How far ahead a line's Enter is looked for among the queued bytes. */
    private static final int LOOKAHEAD = 512;

    private final OutputStream out;
    private final Deque<Byte> queued = new ArrayDeque<>();
    private final StringBuilder typedLine = new StringBuilder();
    private int lastWritten = '\n';
    private boolean lastTypedWasCr;
    private boolean lineWritten;

    private final Path file;

    SessionLog(Path file) throws IOException {
        this.file = file;
        this.out = new BufferedOutputStream(Files.newOutputStream(file));
    }

    /** The log file. */
    Path file() {
        return file;
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

    /** Bytes still waiting in the host's queue: everything before them reached the chip. */
    void stillPending(int pending) {
        while (queued.size() > pending) {
            int first = queued.peekFirst() & 0xFF;
            boolean enter = first == '\r' || first == '\n';
            if (enter && first == '\n' && lastTypedWasCr) {
                queued.removeFirst();                // the LF of a CRLF Enter
                lastTypedWasCr = false;
                continue;
            }
            if (!lineWritten && typedLine.length() == 0 && !enter && lineQueuedWhole()) {
                writeQueuedLine();
                lineWritten = true;
            }
            queued.removeFirst();
            lastTypedWasCr = first == '\r';
            if (enter) {
                if (!lineWritten) {
                    writeTypedLine();
                }
                lineWritten = false;
            } else if (!lineWritten) {
                appendShown(typedLine, first);
            }
        }
    }

    private boolean lineQueuedWhole() {
        int seen = 0;
        for (Iterator<Byte> it = queued.iterator(); it.hasNext() && seen < LOOKAHEAD; seen++) {
            int b = it.next() & 0xFF;
            if (b == '\r' || b == '\n') {
                return true;
            }
        }
        return false;
    }

    private void writeQueuedLine() {
        StringBuilder line = new StringBuilder();
        for (Byte value : queued) {
            int b = value & 0xFF;
            if (b == '\r' || b == '\n') {
                break;
            }
            appendShown(line, b);
        }
        writeLine(line);
    }

    private static void appendShown(StringBuilder line, int b) {
        if (b < 0x20 || b == 0x7F) {
            line.append('^').append((char) (b == 0x7F ? '?' : b + 0x40));
        } else {
            line.append((char) b);
        }
    }

    private void writeTypedLine() {
        writeLine(typedLine);
        typedLine.setLength(0);
    }

    private void writeLine(CharSequence text) {
        if (lastWritten != '\n') {
            write('\n');
        }
        write('>');
        write(' ');
        for (int i = 0; i < text.length(); i++) {
            write(text.charAt(i));
        }
        write('\n');
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
