package retroshield.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import retroshield.devices.InputOptions;

/**
 * Where the typed text of a {@code run} comes from: a whole file, a pipe, or the keyboard in
 * raw mode. Bytes are translated as typed keys through the ROM's {@link InputOptions} ("\n",
 * "\r" or "\r\n" become its Enter) and handed to the emulator loop in chunks.
 */
final class InputFeeder {

    /** Ctrl+] : leaves an interactive session (as telnet does). */
    static final int QUIT_KEY = 0x1D;

    /** Chunks (of up to 4 KB) read ahead of the emulator: the reader waits when this many are queued. */
    static final int MAX_QUEUED_CHUNKS = 16;

    private final InputOptions options;
    private final java.util.concurrent.BlockingQueue<byte[]> chunks;
    private volatile boolean ended;
    private volatile boolean quit;
    private boolean lastWasCr;

    private InputFeeder(InputOptions options, int capacity) {
        this.options = options;
        this.chunks = new java.util.concurrent.LinkedBlockingQueue<>(capacity);
    }

    /** Input that is all known now (already in memory). */
    static InputFeeder ofBytes(byte[] bytes, InputOptions options) {
        InputFeeder feeder = new InputFeeder(options, Integer.MAX_VALUE);
        feeder.add(bytes, bytes.length);
        feeder.ended = true;
        return feeder;
    }

    /** No input at all. */
    static InputFeeder none(InputOptions options) {
        return ofBytes(new byte[0], options);
    }

    /**
     * Reads {@code in} on a daemon thread until end of file. In interactive mode Ctrl+]
     * ends the session instead of reaching the ROM. At most {@value #MAX_QUEUED_CHUNKS} chunks
     * are read ahead: a fast producer ({@code yes | run}) waits for the ROM instead of filling
     * the memory.
     */
    static InputFeeder ofStream(InputStream in, InputOptions options, boolean interactive) {
        InputFeeder feeder = new InputFeeder(options, MAX_QUEUED_CHUNKS);
        Thread reader = new Thread(() -> feeder.readAll(in, interactive), "retroshield-input");
        reader.setDaemon(true);
        reader.start();
        return feeder;
    }

    private void readAll(InputStream in, boolean interactive) {
        byte[] buffer = new byte[4096];
        try {
            int n;
            while (!quit && (n = in.read(buffer)) >= 0) {
                if (interactive) {
                    for (int i = 0; i < n; i++) {
                        if ((buffer[i] & 0xFF) == QUIT_KEY) {
                            add(buffer, i);
                            quit = true;
                            return;
                        }
                    }
                }
                add(buffer, n);
            }
        } catch (IOException e) {
            // The input is gone (closed pipe): same as end of file.
        } finally {
            ended = true;
        }
    }

    private void add(byte[] buffer, int length) {
        try {
            put(buffer, length);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void put(byte[] buffer, int length) throws InterruptedException {
        int from = 0;
        if (lastWasCr && length > 0 && buffer[0] == '\n') {
            from = 1;                        // the LF of a CRLF split over two reads
        }
        if (length > 0) {
            lastWasCr = buffer[length - 1] == '\r';
        }
        if (length > from) {
            String typed = new String(buffer, from, length - from, StandardCharsets.ISO_8859_1);
            chunks.put(options.translate(typed));
        }
    }

    /** The next translated chunk, or null. */
    byte[] poll() {
        return chunks.poll();
    }

    /** True once the source is exhausted and every chunk was taken. */
    boolean exhausted() {
        return ended && chunks.isEmpty();
    }

    /** True when the user pressed Ctrl+] (interactive mode). */
    boolean quitRequested() {
        return quit;
    }
}
