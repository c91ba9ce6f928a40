package retroshield.terminal;

/**
 * An immutable picture of the terminal screen, published by the terminal model and drawn by
 * the CRT view (or printed by tests). Arrays are owned by the frame and never changed after
 * construction.
 *
 * @param columns        width in character cells
 * @param rows           height in character cells
 * @param codepoints     rows*columns characters, row-major (space for empty cells)
 * @param attributes     rows*columns attribute bit sets: {@link #BOLD}, {@link #REVERSE},
 *                       {@link #UNDERLINE}, {@link #BLINK}
 * @param cursorColumn   cursor position (0-based)
 * @param cursorRow      cursor position (0-based)
 * @param cursorVisible  false after ESC [ ? 25 l
 * @param scrollOffset   how many lines the view is scrolled back into history (0 = live)
 * @param bellCount      increments on each BEL, so a view can flash once per new bell
 * @param version        increments whenever the screen content changes
 */
public record TerminalFrame(
        int columns, int rows,
        int[] codepoints, byte[] attributes,
        int cursorColumn, int cursorRow, boolean cursorVisible,
        int scrollOffset, long bellCount, long version) {

    public static final byte BOLD = 1;
    public static final byte REVERSE = 2;
    public static final byte UNDERLINE = 4;
    public static final byte BLINK = 8;

    public int codepointAt(int column, int row) {
        return codepoints[row * columns + column];
    }

    public byte attributesAt(int column, int row) {
        return attributes[row * columns + column];
    }

    /** The text of one row with trailing spaces removed. */
    public String rowText(int row) {
        StringBuilder sb = new StringBuilder(columns);
        for (int c = 0; c < columns; c++) {
            sb.appendCodePoint(codepointAt(c, row));
        }
        int end = sb.length();
        while (end > 0 && sb.charAt(end - 1) == ' ') {
            end--;
        }
        return sb.substring(0, end);
    }
}
