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
        int cw = atlas.cellWidth();
        int ch = atlas.cellHeight();
        int stride = frame.columns() * cw;
        boolean cursorShown = frame.cursorVisible() && frame.scrollOffset() == 0 && blinkOn;
        for (int row = 0; row < frame.rows(); row++) {
            for (int col = 0; col < frame.columns(); col++) {
                int attr = frame.attributesAt(col, row);
                int level = (attr & TerminalFrame.BOLD) != 0 ? BRIGHT : NORMAL;
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
                    boolean lineLit = underline && y == ch - 1;
                    for (int x = 0; x < cw; x++) {
                        int cov = lineLit ? 255 : mask[m + x] & 0xFF;
                        if (inverse) {
                            cov = 255 - cov;
                        }
                        out[o + x] = cov * level / 255;
                    }
                }
            }
        }
    }
}
