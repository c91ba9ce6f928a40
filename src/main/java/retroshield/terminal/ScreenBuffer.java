package retroshield.terminal;

/**
 * The visible grid of a VT100-style terminal: lines of cells, the cursor (with the VT100's
 * deferred wrap: printing in the last column leaves the cursor there until the next printable
 * character arrives), the current character attributes, the scrolling region and the saved
 * cursor. Lines scrolled off the top of a region that starts at the top row go to the
 * {@link Scrollback}.
 *
 * <p>Every change increments {@link #version()}, so a caller can tell cheaply whether a new
 * picture is needed. Positions are 0-based here; the escape sequences are 1-based.
 */
final class ScreenBuffer {

    static final int TAB_WIDTH = 8;

    private final Scrollback history;
    private int columns;
    private int rows;
    private Line[] lines;

    private int cursorColumn;
    private int cursorRow;
    private boolean wrapPending;
    private byte attributes;
    private boolean cursorVisible = true;
    private boolean autoWrap = true;

    private int marginTop;
    private int marginBottom;

    private int savedColumn;
    private int savedRow;
    private byte savedAttributes;

    private long version;

    ScreenBuffer(int columns, int rows, Scrollback history) {
        checkSize(columns, rows);
        this.history = history;
        this.columns = columns;
        this.rows = rows;
        this.lines = new Line[rows];
        for (int r = 0; r < rows; r++) {
            lines[r] = new Line(columns);
        }
        marginBottom = rows - 1;
    }

    static void checkSize(int columns, int rows) {
        if (columns < 1 || columns > 1000 || rows < 1 || rows > 1000) {
            throw new IllegalArgumentException(
                    "terminal size must be 1..1000 columns and rows, got " + columns + "x" + rows);
        }
    }

    // ------------------------------------------------------------------ queries

    int columns() { return columns; }
    int rows() { return rows; }
    int cursorColumn() { return cursorColumn; }
    int cursorRow() { return cursorRow; }
    boolean cursorVisible() { return cursorVisible; }
    byte attributes() { return attributes; }
    long version() { return version; }
    Line line(int row) { return lines[row]; }

    // ------------------------------------------------------------------ printing

    /** Writes one character at the cursor with the current attributes (deferred wrap). */
    void print(int codepoint) {
        if (wrapPending) {
            wrapPending = false;
            lines[cursorRow].wrapped = true;
            cursorColumn = 0;
            index();
        }
        Line line = lines[cursorRow];
        line.codepoints[cursorColumn] = codepoint;
        line.attributes[cursorColumn] = attributes;
        if (cursorColumn < columns - 1) {
            cursorColumn++;
        } else if (autoWrap) {
            wrapPending = true;
        }
        version++;
    }

    /**
     * Fast path for a run of printable ASCII bytes (0x20..0x7E only), equivalent to calling
     * {@link #print(int)} for each of them.
     */
    void printAscii(byte[] bytes, int from, int to) {
        int i = from;
        while (i < to) {
            if (wrapPending) {
                wrapPending = false;
                lines[cursorRow].wrapped = true;
                cursorColumn = 0;
                index();
            }
            Line line = lines[cursorRow];
            int[] cps = line.codepoints;
            byte[] attrs = line.attributes;
            int n = Math.min(columns - cursorColumn, to - i);
            int c = cursorColumn;
            for (int k = 0; k < n; k++) {
                cps[c + k] = bytes[i + k];
                attrs[c + k] = attributes;
            }
            i += n;
            if (c + n < columns) {
                cursorColumn = c + n;
            } else {
                cursorColumn = columns - 1;
                if (autoWrap) {
                    wrapPending = true;
                } else if (i < to) {
                    cps[columns - 1] = bytes[to - 1];   // without wrap the last one wins
                    i = to;
                }
            }
        }
        version++;
    }

    /** Marks a change that lives outside the grid (e.g. a bell) so a new frame is made. */
    void touch() {
        version++;
    }

    void setAttributes(byte value) {
        attributes = value;
    }

    void setCursorVisible(boolean visible) {
        if (cursorVisible != visible) {
            cursorVisible = visible;
            version++;
        }
    }

    void setAutoWrap(boolean on) {
        autoWrap = on;
        wrapPending = false;
    }

    // ------------------------------------------------------------------ cursor motion

    void carriageReturn() {
        moveTo(cursorRow, 0);
    }

    void backspace() {
        moveTo(cursorRow, wrapPending ? cursorColumn : cursorColumn - 1);
    }

    void tab() {
        int next = (cursorColumn / TAB_WIDTH + 1) * TAB_WIDTH;
        moveTo(cursorRow, Math.min(next, columns - 1));
    }

    /** Cursor up n rows, stopping at the top margin when starting inside the region. */
    void cursorUp(int n) {
        int limit = cursorRow >= marginTop ? marginTop : 0;
        moveTo(Math.max(limit, cursorRow - n), cursorColumn);
    }

    /** Cursor down n rows, stopping at the bottom margin when starting inside the region. */
    void cursorDown(int n) {
        int limit = cursorRow <= marginBottom ? marginBottom : rows - 1;
        moveTo(Math.min(limit, cursorRow + n), cursorColumn);
    }

    void cursorForward(int n) {
        moveTo(cursorRow, cursorColumn + n);
    }

    void cursorBack(int n) {
        moveTo(cursorRow, cursorColumn - n);
    }

    /** Absolute move, clamped to the screen; cancels a pending wrap. */
    void moveTo(int row, int column) {
        cursorRow = clamp(row, 0, rows - 1);
        cursorColumn = clamp(column, 0, columns - 1);
        wrapPending = false;
        version++;
    }

    /** Line feed / IND: down one row, scrolling the region when at its bottom margin. */
    void index() {
        if (cursorRow == marginBottom) {
            scrollUp(marginTop, marginBottom, 1);
        } else if (cursorRow < rows - 1) {
            cursorRow++;
        }
        wrapPending = false;
        version++;
    }

    /** RI: up one row, scrolling the region down when at its top margin. */
    void reverseIndex() {
        if (cursorRow == marginTop) {
            scrollDown(marginTop, marginBottom, 1);
        } else if (cursorRow > 0) {
            cursorRow--;
        }
        wrapPending = false;
        version++;
    }

    void saveCursor() {
        savedColumn = cursorColumn;
        savedRow = cursorRow;
        savedAttributes = attributes;
    }

    void restoreCursor() {
        attributes = savedAttributes;
        moveTo(savedRow, savedColumn);
    }

    /** DECSTBM with 0-based inclusive rows; an invalid region resets to the full screen. */
    void setMargins(int top, int bottom) {
        if (top < 0 || bottom >= rows || top >= bottom) {
            marginTop = 0;
            marginBottom = rows - 1;
        } else {
            marginTop = top;
            marginBottom = bottom;
        }
        moveTo(0, 0);
    }

    // ------------------------------------------------------------------ erasing and editing

    /** ED: 0 cursor to end, 1 start to cursor, 2 (and 3) whole screen. Cursor stays. */
    void eraseInDisplay(int mode) {
        switch (mode) {
            case 0 -> {
                lines[cursorRow].clear(cursorColumn, columns);
                lines[cursorRow].wrapped = false;
                for (int r = cursorRow + 1; r < rows; r++) {
                    lines[r].clear();
                }
            }
            case 1 -> {
                for (int r = 0; r < cursorRow; r++) {
                    lines[r].clear();
                }
                lines[cursorRow].clear(0, cursorColumn + 1);
            }
            case 2, 3 -> {
                for (Line line : lines) {
                    line.clear();
                }
            }
            default -> { }
        }
        wrapPending = false;
        version++;
    }

    /** EL: 0 cursor to end of line, 1 start of line to cursor, 2 whole line. */
    void eraseInLine(int mode) {
        Line line = lines[cursorRow];
        switch (mode) {
            case 0 -> {
                line.clear(cursorColumn, columns);
                line.wrapped = false;
            }
            case 1 -> line.clear(0, cursorColumn + 1);
            case 2 -> line.clear();
            default -> { }
        }
        wrapPending = false;
        version++;
    }

    /** ECH: blanks n characters from the cursor. */
    void eraseCharacters(int n) {
        lines[cursorRow].clear(cursorColumn, cursorColumn + n);
        wrapPending = false;
        version++;
    }

    /** ICH: inserts n blanks at the cursor, shifting the rest of the line right. */
    void insertCharacters(int n) {
        lines[cursorRow].insertBlanks(cursorColumn, n);
        wrapPending = false;
        version++;
    }

    /** DCH: deletes n characters at the cursor, shifting the rest of the line left. */
    void deleteCharacters(int n) {
        lines[cursorRow].deleteCells(cursorColumn, n);
        wrapPending = false;
        version++;
    }

    /** IL: inserts n blank lines at the cursor row (inside the scrolling region only). */
    void insertLines(int n) {
        if (cursorRow >= marginTop && cursorRow <= marginBottom) {
            scrollDown(cursorRow, marginBottom, n);
            moveTo(cursorRow, 0);
        }
    }

    /** DL: deletes n lines at the cursor row (inside the scrolling region only). */
    void deleteLines(int n) {
        if (cursorRow >= marginTop && cursorRow <= marginBottom) {
            scrollRegionUpWithoutHistory(cursorRow, marginBottom, n);
            moveTo(cursorRow, 0);
        }
    }

    /** Clears everything, cursor home, attributes and modes to their defaults (not history). */
    void reset() {
        for (Line line : lines) {
            line.clear();
        }
        attributes = 0;
        savedAttributes = 0;
        savedColumn = 0;
        savedRow = 0;
        cursorVisible = true;
        autoWrap = true;
        marginTop = 0;
        marginBottom = rows - 1;
        moveTo(0, 0);
    }

    // ------------------------------------------------------------------ scrolling

    private void scrollUp(int top, int bottom, int n) {
        if (top != 0) {
            scrollRegionUpWithoutHistory(top, bottom, n);
            return;
        }
        int count = Math.min(n, bottom - top + 1);
        for (int i = 0; i < count; i++) {
            Line gone = lines[top];
            System.arraycopy(lines, top + 1, lines, top, bottom - top);
            Line reuse = history.push(gone);
            if (reuse == null || reuse.columns() != columns) {
                reuse = new Line(columns);
            } else {
                reuse.clear();
            }
            lines[bottom] = reuse;
        }
        version++;
    }

    private void scrollRegionUpWithoutHistory(int top, int bottom, int n) {
        int count = Math.min(n, bottom - top + 1);
        for (int i = 0; i < count; i++) {
            Line gone = lines[top];
            System.arraycopy(lines, top + 1, lines, top, bottom - top);
            gone.clear();
            lines[bottom] = gone;
        }
        version++;
    }

    private void scrollDown(int top, int bottom, int n) {
        int count = Math.min(n, bottom - top + 1);
        for (int i = 0; i < count; i++) {
            Line gone = lines[bottom];
            System.arraycopy(lines, top, lines, top + 1, bottom - top);
            gone.clear();
            lines[top] = gone;
        }
        version++;
    }

    // ------------------------------------------------------------------ resizing

    /**
     * Changes the size keeping the text at the top-left. When rows shrink below the cursor,
     * top lines go into the history so the cursor's line stays on screen. No reflow.
     */
    void resize(int newColumns, int newRows) {
        checkSize(newColumns, newRows);
        int drop = Math.max(0, cursorRow - (newRows - 1));
        for (int i = 0; i < drop; i++) {
            history.push(lines[i]);
        }
        Line[] resized = new Line[newRows];
        for (int r = 0; r < newRows; r++) {
            int from = r + drop;
            Line line = from < rows ? lines[from] : new Line(newColumns);
            line.resize(newColumns);
            resized[r] = line;
        }
        lines = resized;
        columns = newColumns;
        rows = newRows;
        marginTop = 0;
        marginBottom = newRows - 1;
        savedRow = Math.min(savedRow, newRows - 1);
        savedColumn = Math.min(savedColumn, newColumns - 1);
        moveTo(cursorRow - drop, cursorColumn);
    }

    private static int clamp(int v, int lo, int hi) {
        return v < lo ? lo : Math.min(v, hi);
    }
}
