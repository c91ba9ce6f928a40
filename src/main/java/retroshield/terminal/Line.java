package retroshield.terminal;

import java.util.Arrays;

/**
 * One row of character cells: a codepoint and an attribute byte per column, plus whether the
 * text continues on the next row because of an automatic wrap. Lines are mutable and recycled
 * between the screen and the scrollback, so scrolling allocates nothing in the steady state.
 */
final class Line {

    static final int BLANK = ' ';

    int[] codepoints;
    byte[] attributes;
    /** True when the cursor wrapped from the end of this line to the next one. */
    boolean wrapped;

    Line(int columns) {
        codepoints = new int[columns];
        attributes = new byte[columns];
        Arrays.fill(codepoints, BLANK);
    }

    int columns() {
        return codepoints.length;
    }

    /** Blanks the whole line and clears its wrap mark. */
    void clear() {
        Arrays.fill(codepoints, BLANK);
        Arrays.fill(attributes, (byte) 0);
        wrapped = false;
    }

    /** Blanks columns from (inclusive) to to (exclusive), clamped to the line. */
    void clear(int from, int to) {
        int start = Math.max(0, from);
        int end = Math.min(codepoints.length, to);
        if (start < end) {
            Arrays.fill(codepoints, start, end, BLANK);
            Arrays.fill(attributes, start, end, (byte) 0);
        }
    }

    /** Inserts n blank cells at column, pushing the cells after it right (the last ones fall off). */
    void insertBlanks(int column, int n) {
        int columns = codepoints.length;
        int count = Math.min(n, columns - column);
        System.arraycopy(codepoints, column, codepoints, column + count, columns - column - count);
        System.arraycopy(attributes, column, attributes, column + count, columns - column - count);
        clear(column, column + count);
    }

    /** Deletes n cells at column, pulling the cells after it left and blanking the end. */
    void deleteCells(int column, int n) {
        int columns = codepoints.length;
        int count = Math.min(n, columns - column);
        System.arraycopy(codepoints, column + count, codepoints, column, columns - column - count);
        System.arraycopy(attributes, column + count, attributes, column, columns - column - count);
        clear(columns - count, columns);
    }

    /** Changes the width, keeping the leftmost columns and padding with blanks. */
    void resize(int columns) {
        if (columns == codepoints.length) {
            return;
        }
        int keep = Math.min(columns, codepoints.length);
        int[] cps = new int[columns];
        byte[] attrs = new byte[columns];
        System.arraycopy(codepoints, 0, cps, 0, keep);
        System.arraycopy(attributes, 0, attrs, 0, keep);
        Arrays.fill(cps, keep, columns, BLANK);
        codepoints = cps;
        attributes = attrs;
        if (columns < keep) {
            wrapped = false;
        }
    }

    /** Copies this line into frame arrays at offset, padding or cutting to width columns. */
    void copyInto(int[] cps, byte[] attrs, int offset, int width) {
        int n = Math.min(width, codepoints.length);
        System.arraycopy(codepoints, 0, cps, offset, n);
        System.arraycopy(attributes, 0, attrs, offset, n);
        if (n < width) {
            Arrays.fill(cps, offset + n, offset + width, BLANK);
            Arrays.fill(attrs, offset + n, offset + width, (byte) 0);
        }
    }

    /** Text of columns from..to (inclusive, clamped), trailing spaces kept. */
    String text(int from, int to) {
        StringBuilder sb = new StringBuilder();
        int end = Math.min(to, codepoints.length - 1);
        for (int c = Math.max(0, from); c <= end; c++) {
            sb.appendCodePoint(codepoints[c]);
        }
        return sb.toString();
    }
}
