package retroshield.ui.crt;

import retroshield.terminal.TerminalFrame;

/**
 * Draws the characters of a {@link TerminalFrame} into a monochrome intensity buffer (one int
 * 0..255 per pixel) of cellWidth*columns by cellHeight*rows pixels. Attributes: bold is brighter,
 * reverse and the selection swap lit and dark, underline lights the bottom line, blink hides the
 * text in the off phase. The cursor is a block drawn in reverse in the on phase of its blink.
 * Pure Java; no JavaFX.
 */
public final class TextRasterizer {

    /** Intensity of normal text. */
    public static final int NORMAL = 220;
    /** Intensity of bold text. */
    public static final int BRIGHT = 255;

    private TextRasterizer() {
    }

    /** Width in pixels of a frame drawn with this atlas. */
    public static int width(TerminalFrame frame, GlyphAtlas atlas) {
        return frame.columns() * atlas.cellWidth();
    }

    /** Height in pixels of a frame drawn with this atlas. */
    public static int height(TerminalFrame frame, GlyphAtlas atlas) {
        return frame.rows() * atlas.cellHeight();
    }

    /**
     * @param frame     what to draw
     * @param atlas     the font
     * @param selection selected cells, or null
     * @param blinkOn   phase of the cursor and of blinking text
     * @param out       width(frame)*height(frame) ints, overwritten
     */
    public static void draw(TerminalFrame frame, GlyphAtlas atlas, TextSelection selection,
                            boolean blinkOn, int[] out) {
        drawRows(frame, atlas, selection, blinkOn, out, 0, frame.rows());
    }

    /** Each coverage 0..255 scaled to normal and to bold text ({@code cov * level / 255}). */
    private static final int[] NORMAL_LEVELS = levels(NORMAL);
    private static final int[] BRIGHT_LEVELS = levels(BRIGHT);

    private static int[] levels(int level) {
        int[] t = new int[256];
        for (int cov = 0; cov < 256; cov++) {
            t[cov] = cov * level / 255;
        }
        return t;
    }

    /** As {@link #draw}, character rows [fromRow, toRow) only (the rest of out untouched). */
    public static void drawRows(TerminalFrame frame, GlyphAtlas atlas, TextSelection selection,
                                boolean blinkOn, int[] out, int fromRow, int toRow) {
        int cw = atlas.cellWidth();
        int ch = atlas.cellHeight();
        int stride = frame.columns() * cw;
        boolean cursorShown = frame.cursorVisible() && frame.scrollOffset() == 0 && blinkOn;
        for (int row = fromRow; row < toRow; row++) {
            for (int col = 0; col < frame.columns(); col++) {
                int attr = frame.attributesAt(col, row);
                int[] levels = (attr & TerminalFrame.BOLD) != 0 ? BRIGHT_LEVELS : NORMAL_LEVELS;
                boolean inverse = (attr & TerminalFrame.REVERSE) != 0;
                if (selection != null && selection.contains(col, row)) {
                    inverse = !inverse;
                }
                if (cursorShown && col == frame.cursorColumn() && row == frame.cursorRow()) {
                    inverse = !inverse;
                }
                int cp = frame.codepointAt(col, row);
                if ((attr & TerminalFrame.BLINK) != 0 && !blinkOn) {
                    cp = ' ';
                }
                byte[] mask = atlas.mask(cp);
                boolean underline = (attr & TerminalFrame.UNDERLINE) != 0;
                int base = row * ch * stride + col * cw;
                for (int y = 0; y < ch; y++) {
                    int o = base + y * stride;
                    int m = y * cw;
                    if (underline && y == ch - 1) {
                        java.util.Arrays.fill(out, o, o + cw, levels[inverse ? 0 : 255]);
                    } else if (inverse) {
                        for (int x = 0; x < cw; x++) {
                            out[o + x] = levels[255 - (mask[m + x] & 0xFF)];
                        }
                    } else {
                        for (int x = 0; x < cw; x++) {
                            out[o + x] = levels[mask[m + x] & 0xFF];
                        }
                    }
                }
            }
        }
    }
}
