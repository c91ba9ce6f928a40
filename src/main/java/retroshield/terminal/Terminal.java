package retroshield.terminal;

import java.util.function.Consumer;

/**
 * The terminal screen model: feed it the bytes a ROM transmits, take {@link TerminalFrame}s to
 * draw. It understands the VT100 subset listed in {@link Vt100Interpreter}, keeps a scrollback
 * history (2,000 lines by default), can show the view scrolled back into it, and extracts
 * selected text.
 *
 * <p>Threading: one thread owns a terminal (in the app, the emulator thread that feeds it; no
 * locks). Others take the immutable {@link TerminalFrame}s it publishes and send their
 * requests (scroll, resize) to the owner. After {@link #confineTo(Thread)} every public method
 * checks that it is called on the owner and throws {@link IllegalStateException} otherwise.
 *
 * <p>While the view is scrolled back, new output does not move it: the lines on show stay put
 * (the offset grows as lines are added to the history) until {@link #scrollToBottom()}.
 */
public final class Terminal {

    private final TerminalOptions options;
    private final Scrollback history;
    private final ScreenBuffer screen;
    private final Vt100Interpreter interpreter;
    private final EscapeParser parser;

    /** Scroll offset as last set, and the history push count it was set at. */
    private int scrollOffset;
    private long pushedAtOffset;
    /** Counts changes of the view that are not changes of the screen (scrolling back). */
    private long viewVersion;
    private TerminalFrame lastFrame;
    /** The only thread allowed in, or null before {@link #confineTo}. */
    private Thread owner;

    public Terminal(int columns, int rows) {
        this(columns, rows, TerminalOptions.defaults());
    }

    public Terminal(int columns, int rows, TerminalOptions options) {
        this.options = options;
        this.history = new Scrollback(options.scrollbackLines());
        this.screen = new ScreenBuffer(columns, rows, history);
        this.interpreter = new Vt100Interpreter(screen, options);
        this.parser = new EscapeParser(interpreter);
    }

    /**
     * Where the terminal sends its replies to status requests (CSI 6 n cursor position,
     * CSI 5 n status, CSI c device attributes), normally the ROM's serial input. Without a
     * responder the requests are ignored. Called on the thread that feeds bytes in.
     */
    public void setResponder(Consumer<byte[]> responder) {
        checkOwner();
        interpreter.setResponder(responder == null ? bytes -> { } : responder);
    }

    /** From now on only {@code thread} may use this terminal (checked on every call). */
    public void confineTo(Thread thread) {
        checkOwner();
        owner = thread;
    }

    private void checkOwner() {
        Thread o = owner;
        if (o != null && o != Thread.currentThread()) {
            throw new IllegalStateException("Terminal used on thread " + Thread.currentThread().getName()
                    + "; it belongs to " + o.getName());
        }
    }

    public TerminalOptions options() {
        return options;
    }

    // ------------------------------------------------------------------ input

    /** One byte of serial output (0..255; higher bits ignored). */
    public void accept(int b) {
        checkOwner();
        parser.accept(b);
    }

    public void accept(byte[] bytes, int offset, int length) {
        checkOwner();
        int i = offset;
        int end = offset + length;
        while (i < end) {
            if (parser.isGround()) {
                int run = i;
                while (run < end && bytes[run] >= 0x20 && bytes[run] != 0x7F) {
                    run++;                        // printable ASCII (negative bytes are >= 0x80)
                }
                if (run > i) {
                    screen.printAscii(bytes, i, run);
                    i = run;
                    continue;
                }
            }
            parser.accept(bytes[i++]);
        }
    }

    public void accept(byte[] bytes) {
        accept(bytes, 0, bytes.length);
    }

    /** Convenience for tests and messages: the ISO-8859-1 bytes of text (others become '?'). */
    public void accept(CharSequence text) {
        checkOwner();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            parser.accept(c <= 0xFF ? c : '?');
        }
    }

    // ------------------------------------------------------------------ view

    /**
     * An immutable picture of the view at the current scroll offset. Returns the previous
     * frame object when nothing changed since, so calling it every display frame is cheap.
     */
    public TerminalFrame snapshot() {
        checkOwner();
        int offset = currentOffset();
        long version = screen.version() + viewVersion;
        TerminalFrame last = lastFrame;
        if (last != null && last.version() == version && last.scrollOffset() == offset) {
            return last;
        }
        int columns = screen.columns();
        int rows = screen.rows();
        int[] codepoints = new int[columns * rows];
        byte[] attributes = new byte[columns * rows];
        for (int r = 0; r < rows; r++) {
            viewLine(r, offset).copyInto(codepoints, attributes, r * columns, columns);
        }
        int cursorRow = screen.cursorRow() + offset;
        boolean cursorVisible = screen.cursorVisible() && cursorRow < rows;
        lastFrame = new TerminalFrame(columns, rows, codepoints, attributes,
                screen.cursorColumn(), Math.min(cursorRow, rows - 1), cursorVisible,
                offset, interpreter.bellCount(), version);
        return lastFrame;
    }

    /** Scrolls the view back (positive) or forward (negative), clamped to the history. */
    public void scrollBack(int lines) {
        checkOwner();
        int offset = currentOffset();
        long wanted = (long) offset + lines;
        int clamped = (int) Math.max(0, Math.min(history.size(), wanted));
        setOffset(clamped);
    }

    public void scrollToBottom() {
        checkOwner();
        setOffset(0);
    }

    /** Lines kept in the history (for a scroll bar: the view can go back this far). */
    public int historySize() {
        checkOwner();
        return history.size();
    }

    /** How many lines the view is scrolled back (0 = live). */
    public int scrollOffset() {
        checkOwner();
        return currentOffset();
    }

    public int columns() {
        checkOwner();
        return screen.columns();
    }

    public int rows() {
        checkOwner();
        return screen.rows();
    }

    /** Times BEL was received. */
    public long bellCount() {
        checkOwner();
        return interpreter.bellCount();
    }

    /**
     * The text between two cells of the view (inclusive, in either order), selected as a
     * stream like a terminal does: from the start cell to the end of its line, whole lines in
     * between, up to the end cell. Trailing spaces are trimmed on each line and lines are
     * joined with "\n", except that a line the cursor wrapped from continues without a break.
     * Coordinates outside the view are clamped.
     */
    public String selectionText(int col0, int row0, int col1, int row1) {
        checkOwner();
        int rows = screen.rows();
        int columns = screen.columns();
        int r0 = clamp(row0, rows - 1);
        int r1 = clamp(row1, rows - 1);
        int c0 = clamp(col0, columns - 1);
        int c1 = clamp(col1, columns - 1);
        if (r1 < r0 || (r1 == r0 && c1 < c0)) {
            int t = r0; r0 = r1; r1 = t;
            t = c0; c0 = c1; c1 = t;
        }
        int offset = currentOffset();
        StringBuilder out = new StringBuilder();
        for (int r = r0; r <= r1; r++) {
            Line line = viewLine(r, offset);
            int from = r == r0 ? c0 : 0;
            int to = r == r1 ? c1 : columns - 1;
            String text = line.text(from, to);
            boolean continues = r < r1 && line.wrapped && to >= line.columns() - 1;
            out.append(continues ? text : stripTrailingSpaces(text));
            if (r < r1 && !continues) {
                out.append('\n');
            }
        }
        return out.toString();
    }

    // ------------------------------------------------------------------ size and reset

    /** New size (e.g. 80x24, 80x25, 40x24); text stays at the top-left, no reflow. */
    public void resize(int columns, int rows) {
        checkOwner();
        if (columns == screen.columns() && rows == screen.rows()) {
            return;
        }
        screen.resize(columns, rows);
        setOffset(0);
        viewVersion++;
    }

    /** Like ESC c, and also forgets the history. */
    public void reset() {
        checkOwner();
        parser.reset();
        screen.reset();
        history.clear();
        setOffset(0);
        viewVersion++;
    }

    // ------------------------------------------------------------------ helpers

    /** The offset, grown by the lines pushed into history since it was set, capped. */
    private int currentOffset() {
        if (scrollOffset == 0) {
            return 0;
        }
        long grown = scrollOffset + (history.pushedCount() - pushedAtOffset);
        int offset = (int) Math.min(history.size(), grown);
        if (offset != scrollOffset || pushedAtOffset != history.pushedCount()) {
            scrollOffset = offset;
            pushedAtOffset = history.pushedCount();
        }
        return offset;
    }

    private void setOffset(int offset) {
        if (offset != scrollOffset) {
            viewVersion++;
        }
        scrollOffset = offset;
        pushedAtOffset = history.pushedCount();
    }

    /** Row r of the view scrolled back by offset lines. */
    private Line viewLine(int r, int offset) {
        if (r < offset) {
            return history.get(history.size() - offset + r);
        }
        return screen.line(r - offset);
    }

    private static int clamp(int v, int max) {
        return Math.max(0, Math.min(max, v));
    }

    private static String stripTrailingSpaces(String s) {
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == ' ') {
            end--;
        }
        return s.substring(0, end);
    }
}
