package retroshield.ui.crt;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A TrueType font that is rasterised again at the size of a character cell on the screen, so
 * its glyphs are as sharp as the target's pixels allow at every window size and scale (instead
 * of one fixed size stretched to the tube). The font size is the largest at which the font's
 * line (ascent plus descent) fits the cell's height and its advance the cell's width; each glyph
 * is drawn once per size into a grey coverage mask (Java2D, any thread, no JavaFX). The atlas of
 * the last size asked for is kept.
 */
public final class ScalableFont {

    private final java.awt.Font base;
    private final String name;
    private GlyphAtlas last;

    public ScalableFont(java.awt.Font base, String name) {
        this.base = base;
        this.name = name;
    }

    /** Loads a TrueType file; null when it cannot be read or is not a font. */
    public static ScalableFont load(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            java.awt.Font f = java.awt.Font.createFont(java.awt.Font.TRUETYPE_FONT, in);
            return new ScalableFont(f, f.getFontName());
        } catch (IOException | java.awt.FontFormatException | RuntimeException e) {
            return null;
        }
    }

    /** The platform's monospaced font. */
    public static ScalableFont monospaced() {
        return new ScalableFont(new java.awt.Font(java.awt.Font.MONOSPACED, java.awt.Font.PLAIN, 12), "Monospaced");
    }

    public String name() {
        return name;
    }

    /** The glyphs rasterised for cells of this many pixels (at least 2x2). */
    public synchronized GlyphAtlas atlas(int cellWidth, int cellHeight) {
        int cw = Math.max(2, cellWidth);
        int ch = Math.max(2, cellHeight);
        if (last == null || last.cellWidth() != cw || last.cellHeight() != ch) {
            last = rasterise(cw, ch);
        }
        return last;
    }

    /** The font size (pixels per em) used for a cell. */
    double sizeFor(int cellWidth, int cellHeight) {
        FontRenderContext frc = new FontRenderContext(null, true, true);
        java.awt.Font unit = base.deriveFont(100f);
        var lm = unit.getLineMetrics("Mg", frc);
        double line = lm.getAscent() + lm.getDescent();
        double advance = unit.getStringBounds("M", frc).getWidth();
        return Math.min(cellHeight * 100.0 / line, cellWidth * 100.0 / advance);
    }

    /** Sub-pixels per pixel, each way, the glyphs are drawn at before they are reduced. */
    static final int OVERSAMPLE = 4;

    /**
     * Draws the glyphs at {@value #OVERSAMPLE}x the cell size and reduces each block of
     * sub-pixels to the mean of its brightest sub-pixel and its average: a stroke thinner than a
     * pixel, or one straddling two rows, still lights its pixel (no row or column is dropped)
     * while edges keep some anti-aliasing.
     */
    private GlyphAtlas rasterise(int cw, int ch) {
        GlyphAtlas fine = draw(cw * OVERSAMPLE, ch * OVERSAMPLE);
        byte[][] masks = new byte[GlyphAtlas.SIZE][];
        int fw = cw * OVERSAMPLE;
        int n = OVERSAMPLE * OVERSAMPLE;
        for (int cp = 33; cp < GlyphAtlas.SIZE; cp++) {
            byte[] src = fine.mask(cp);
            byte[] m = new byte[cw * ch];
            boolean any = false;
            for (int y = 0; y < ch; y++) {
                for (int x = 0; x < cw; x++) {
                    int max = 0;
                    int sum = 0;
                    for (int sy = 0; sy < OVERSAMPLE; sy++) {
                        int o = (y * OVERSAMPLE + sy) * fw + x * OVERSAMPLE;
                        for (int sx = 0; sx < OVERSAMPLE; sx++) {
                            int v = src[o + sx] & 0xFF;
                            sum += v;
                            max = Math.max(max, v);
                        }
                    }
                    int v = (max + sum / n) / 2;
                    m[y * cw + x] = (byte) v;
                    any |= v != 0;
                }
            }
            masks[cp] = any ? m : null;
        }
        return new GlyphAtlas(name + " " + cw + "x" + ch, cw, ch, masks).withMaxRowsPerLine(ch < SMALL_CELL ? 1 : MAX_ROWS_PER_LINE);
    }

    /**
     * Font rows one raster line takes at most: TrueType terminal fonts such as Glass TTY carry
     * detail one or two pixels high (its dots are thin lines with gaps between), which merging
     * three or more rows into a line would fill in ('S' and '5' would read as '8' and '6').
     */
    static final int MAX_ROWS_PER_LINE = 2;
    /** Below this cell height every font row is a raster line of its own (small windows). */
    static final int SMALL_CELL = 24;

    private GlyphAtlas draw(int cw, int ch) {
        double size = sizeFor(cw, ch);
        java.awt.Font f = base.deriveFont((float) size);
        BufferedImage img = new BufferedImage(cw, ch, BufferedImage.TYPE_BYTE_GRAY);
        byte[] pixels = ((DataBufferByte) img.getRaster().getDataBuffer()).getData();
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setFont(f);
            var lm = f.getLineMetrics("Mg", g.getFontRenderContext());
            double line = lm.getAscent() + lm.getDescent();
            float baseline = (float) ((ch - line) / 2 + lm.getAscent());
            double advance = f.getStringBounds("M", g.getFontRenderContext()).getWidth();
            float left = (float) ((cw - advance) / 2);
            byte[][] masks = new byte[GlyphAtlas.SIZE][];
            for (int cp = 33; cp < GlyphAtlas.SIZE; cp++) {
                if ((cp >= 0x7F && cp < 0xA1) || !f.canDisplay((char) cp)) {
                    continue;
                }
                java.util.Arrays.fill(pixels, (byte) 0);
                g.setColor(java.awt.Color.WHITE);
                g.drawString(String.valueOf((char) cp), left, baseline);
                masks[cp] = pixels.clone();
            }
            return new GlyphAtlas(name + " " + cw + "x" + ch, cw, ch, masks);
        } finally {
            g.dispose();
        }
    }
}
