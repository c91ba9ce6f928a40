package retroshield.devices;

import java.util.Locale;

/**
 * How the host paces typed and pasted text into a ROM, as good terminal programs do for
 * firmware that cannot hold input back. Chosen per ROM in the metadata ({@code input.pacing})
 * and overridden on the command line ({@code --pacing}) or in the app.
 *
 * @param mode          see {@link Mode}
 * @param prompt        for {@link Mode#LINE}: the text the ROM prints when it waits for the
 *                      next line ("Ok", "> "), or null to use the metadata's {@code ready}
 *                      text (and, failing that, the echo of the line end)
 * @param timeoutMillis the longest wait, in emulated milliseconds, for an echo or a prompt
 *                      before the next byte is sent anyway
 */
public record InputPacing(Mode mode, String prompt, int timeoutMillis) {

    /** Default wait for an echo or a prompt: half a second of emulated time. */
    public static final int DEFAULT_TIMEOUT_MILLIS = 500;
    /** Longest timeout accepted (a minute). */
    public static final int MAX_TIMEOUT_MILLIS = 60_000;

    /** The pacing modes. */
    public enum Mode {
        /** A byte goes in as soon as the receive register is free; the firmware's RTS is ignored. */
        NONE,
        /** As NONE, but only while the firmware's RTS says it takes input (hardware handshake). */
        RTS,
        /** The next byte only after the firmware has echoed the previous one (or the timeout). */
        ECHO,
        /**
         * Bytes of a line as the chip takes them (RTS honoured); after the line end, the next line
         * only when the prompt appears, or the line end was echoed and the output then stayed
         * quiet a tenth of the timeout, or the timeout passed.
         */
        LINE;

        /** The mode for a name (any case), or null. */
        public static Mode byName(String name) {
            if (name == null) {
                return null;
            }
            for (Mode m : values()) {
                if (m.name().equalsIgnoreCase(name.trim())) {
                    return m;
                }
            }
            return null;
        }

        /** The metadata / command-line spelling, e.g. "echo". */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** RTS handshake, no prompt, the default timeout: what the emulator always did. */
    public static final InputPacing DEFAULT = new InputPacing(Mode.RTS, null, DEFAULT_TIMEOUT_MILLIS);

    public InputPacing {
        if (mode == null) {
            throw new IllegalArgumentException("pacing mode missing, expected none, rts, echo or line");
        }
        if (prompt != null && prompt.isEmpty()) {
            prompt = null;
        }
        if (timeoutMillis < 1 || timeoutMillis > MAX_TIMEOUT_MILLIS) {
            throw new IllegalArgumentException("pacing timeout " + timeoutMillis
                    + " ms is out of range, expected 1.." + MAX_TIMEOUT_MILLIS);
        }
    }

    /** A copy with another mode. */
    public InputPacing withMode(Mode newMode) {
        return new InputPacing(newMode, prompt, timeoutMillis);
    }

    /** A copy with another prompt (null or empty: none). */
    public InputPacing withPrompt(String newPrompt) {
        return new InputPacing(mode, newPrompt, timeoutMillis);
    }

    /** A copy with {@code fallback} as the prompt when none is set. */
    public InputPacing withDefaultPrompt(String fallback) {
        return prompt != null || fallback == null ? this : new InputPacing(mode, fallback, timeoutMillis);
    }

    /** E.g. "line (prompt \"Ok\", 500 ms)". */
    public String describe() {
        return switch (mode) {
            case NONE -> "none (as fast as the chip takes bytes)";
            case RTS -> "rts (as fast as the chip and the firmware's RTS allow)";
            case ECHO -> "echo (each byte after the echo of the previous, " + timeoutMillis + " ms timeout)";
            case LINE -> "line (each line after " + (prompt == null ? "the line end's echo"
                    : "the prompt \"" + prompt.replace("\r", "\\r").replace("\n", "\\n") + "\"")
                    + ", " + timeoutMillis + " ms timeout)";
        };
    }
}
