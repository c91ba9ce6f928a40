package retroshield.terminal.font;

import java.util.Arrays;

/**
 * One character's dot matrix. Row y is a bit set: bit (width-1-x) is the dot in column x, so
 * a row printed in binary reads left to right like the font file.
 *
 * @param width  dots per row (1..64)
 * @param height rows
 * @param rows   height bit sets (copied on the way in and out)
 */
public record Glyph(int width, int height, long[] rows) {

    public Glyph {
        if (width < 1 || width > 64 || height < 1 || rows.length != height) {
            throw new IllegalArgumentException("glyph must be 1..64 dots wide with one row per line of height, got "
                    + width + "x" + height + " with " + rows.length + " rows");
        }
        rows = rows.clone();
    }

    @Override
    public long[] rows() {
        return rows.clone();
    }

    /** True when the dot at column x, row y is lit; false outside the glyph. */
    public boolean dot(int x, int y) {
        if (x < 0 || x >= width || y < 0 || y >= height) {
            return false;
        }
        return (rows[y] >>> (width - 1 - x) & 1L) != 0;
    }

    /** How many dots are lit. */
    public int litDots() {
        int n = 0;
        for (long row : rows) {
            n += Long.bitCount(row);
        }
        return n;
    }

    /** The glyph as rows of '.' and '#', one line per row (handy in tests and logs). */
    public String picture() {
        StringBuilder sb = new StringBuilder((width + 1) * height);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                sb.append(dot(x, y) ? '#' : '.');
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Glyph g && g.width == width && g.height == height && Arrays.equals(g.rows, rows);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * width + height) + Arrays.hashCode(rows);
    }

    @Override
    public String toString() {
        return "Glyph[" + width + "x" + height + "]\n" + picture();
    }
}
