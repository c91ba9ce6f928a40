package retroshield.cli;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts the controlling terminal in raw mode (every key reaches the ROM at once, no local echo,
 * Ctrl+C is a byte for the ROM rather than a signal) through {@code stty}, and restores the
 * saved settings on {@link #close()} and from a shutdown hook (so a kill or a crash still leaves
 * a usable terminal).
 */
final class RawTerminalMode implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RawTerminalMode.class);
    private static final File TTY = new File("/dev/tty");

    private final String savedSettings;
    private final Thread restoreHook;
    private boolean restored;

    private RawTerminalMode(String savedSettings) {
        this.savedSettings = savedSettings;
        this.restoreHook = new Thread(this::restore, "retroshield-restore-terminal");
    }

    /**
     * Switches to raw mode.
     *
     * @throws IOException when there is no terminal or stty fails
     */
    static RawTerminalMode enable() throws IOException {
        String saved = stty("-g").trim();
        if (saved.isEmpty()) {
            throw new IOException("stty -g gave no settings");
        }
        RawTerminalMode mode = new RawTerminalMode(saved);
        Runtime.getRuntime().addShutdownHook(mode.restoreHook);
        stty("raw", "-echo");
        return mode;
    }

    private synchronized void restore() {
        if (restored) {
            return;
        }
        restored = true;
        try {
            stty(savedSettings);
        } catch (IOException e) {
            LOG.warn("could not restore the terminal settings (try `stty sane`): {}", e.getMessage());
        }
    }

    @Override
    public void close() {
        restore();
        try {
            Runtime.getRuntime().removeShutdownHook(restoreHook);
        } catch (IllegalStateException e) {
            // Already shutting down: the hook runs (and finds the terminal restored).
        }
    }

    /**
     * True when the process's standard input is a terminal, even if standard output is not
     * (e.g. {@code run rom.json | tee session.txt}). Asks {@code test -t 0} in a child that
     * inherits standard input; false when System.in was replaced or there is no shell.
     */
    static boolean standardInputIsTerminal() {
        if (!(System.in instanceof java.io.BufferedInputStream)) {
            return false;                               // not the process's own standard input
        }
        try {
            Process process = new ProcessBuilder("sh", "-c", "test -t 0")
                    .redirectInput(ProcessBuilder.Redirect.INHERIT)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            return process.waitFor(5, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String stty(String... args) throws IOException {
        String[] command = new String[args.length + 1];
        command[0] = "stty";
        System.arraycopy(args, 0, command, 1, args.length);
        Process process = new ProcessBuilder(command)
                .redirectInput(ProcessBuilder.Redirect.from(TTY))
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (InputStream in = process.getInputStream()) {
            in.transferTo(out);
        }
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IOException("stty " + String.join(" ", args) + " failed");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while running stty", e);
        }
        return out.toString(StandardCharsets.US_ASCII);
    }
}
