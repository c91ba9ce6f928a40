package retroshield.ui.crt;

import java.util.Arrays;

/**
 * The glyphs of one font as coverage masks of a fixed cell size, built once per font and size
 * and then shared by every frame. A mask holds cellWidth*cellHeight bytes, row-major, each the
 * coverage of one pixel (0 = dark, 255 = fully lit), so any phosphor colour can be applied while
 * drawing. Code points outside 0..255 are drawn with the glyph of {@code '?'}.
 */
public final class GlyphAtlas {

    /** Number of code points the atlas holds (Latin-1). */
    public static final int SIZE = 256;

    private final int cellWidth;
    private final int cellHeight;
    private final byte[][] masks;
    private final String name;
    /** Font rows merged into one raster line at most (0: the raster's own choice). */
    private int maxRowsPerLine;

    /**
     * @param name       the font's name, shown in the settings
     * @param cellWidth  pixels per cell, horizontally
     * @param cellHeight pixels per cell, vertically
     * @param masks      SIZE masks (null entries are blank)
     */
    public GlyphAtlas(String name, int cellWidth, int cellHeight, byte[][] masks) {
        if (cellWidth < 1 || cellHeight < 1) {
            throw new IllegalArgumentException("glyph cell must be at least 1x1, was "
                    + cellWidth + "x" + cellHeight);
        }
        if (masks.length != SIZE) {
            throw new IllegalArgumentException("atlas needs " + SIZE + " masks, got " + masks.length);
        }
        this.name = name;
        this.cellWidth = cellWidth;
        this.cellHeight = cellHeight;
        byte[] blank = new byte[cellWidth * cellHeight];
        this.masks = new byte[SIZE][];
        for (int i = 0; i < SIZE; i++) {
            byte[] m = masks[i];
            if (m != null && m.length != blank.length) {
                throw new IllegalArgumentException("glyph " + i + " has " + m.length
                        + " pixels, expected " + blank.length);
            }
            this.masks[i] = m == null ? blank : m.clone();
        }
    }

    /**
     * This atlas with at most this many font rows per raster line: a font with fine detail
     * of its own (Glass TTY draws its dots as thin lines with gaps) keeps it.
     */
    public GlyphAtlas withMaxRowsPerLine(int rows) {
        GlyphAtlas a = new GlyphAtlas(name, cellWidth, cellHeight, masks);
        a.maxRowsPerLine = rows;
        return a;
    }

    /** Font rows merged into one raster line at most; 0 when the raster decides. */
    public int maxRowsPerLine() {
        return maxRowsPerLine;
    }

    public String name() {
        return name;
    }

    public int cellWidth() {
        return cellWidth;
    }

    public int cellHeight() {
        return cellHeight;
    }

    /** The mask of a code point; do not modify it. */
    byte[] mask(int codepoint) {
        if (codepoint >= 0 && codepoint < SIZE) {
            return masks[codepoint];
        }
        return masks['?'];
    }

    /** A copy of the mask of a code point. */
    public byte[] maskCopy(int codepoint) {
        byte[] m = mask(codepoint);
        return Arrays.copyOf(m, m.length);
    }

    /**
     * A simple block font for tests and as a last resort: each printable character is a solid
     * box with a gap on its right and bottom, spaces are blank.
     */
    public static GlyphAtlas blocks(int cellWidth, int cellHeight) {
        byte[][] masks = new byte[SIZE][];
        for (int cp = 33; cp < SIZE; cp++) {
            if (cp >= 0x7F && cp < 0xA1) {
                continue;
            }
            byte[] m = new byte[cellWidth * cellHeight];
            for (int y = 0; y < cellHeight - 1; y++) {
                for (int x = 0; x < cellWidth - 1; x++) {
                    m[y * cellWidth + x] = (byte) 255;
                }
            }
            masks[cp] = m;
        }
        return new GlyphAtlas("Blocks", cellWidth, cellHeight, masks);
    }
}
