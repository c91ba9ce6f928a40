package retroshield.terminal;

/**
 * Behaviour switches of the {@link Terminal}.
 *
 * @param lfImpliesCr     when true a line feed (LF, VT) also returns the cursor to column 0
 *                        ("newline mode"); RetroShield ROMs send CR LF, so the default is false
 * @param scrollbackLines how many lines scrolled off the top are kept for scrolling back
 */
public record TerminalOptions(boolean lfImpliesCr, int scrollbackLines) {

    public static final int DEFAULT_SCROLLBACK_LINES = 2000;

    public TerminalOptions {
        if (scrollbackLines < 0) {
            throw new IllegalArgumentException("scrollbackLines must be >= 0, got " + scrollbackLines);
        }
    }

    /** LF is a pure line feed; 2,000 lines of history. */
    public static TerminalOptions defaults() {
        return new TerminalOptions(false, DEFAULT_SCROLLBACK_LINES);
    }

    public TerminalOptions withLfImpliesCr(boolean value) {
        return new TerminalOptions(value, scrollbackLines);
    }

    public TerminalOptions withScrollbackLines(int value) {
        return new TerminalOptions(lfImpliesCr, value);
    }
}
