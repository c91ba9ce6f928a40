package retroshield.ui;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import retroshield.terminal.font.Glyph;
import retroshield.terminal.font.GlyphFont;
import retroshield.ui.crt.GlyphAtlas;

/**
 * The project's dot-matrix font ({@code fonts/retroshield-vt220.txt}, read by
 * {@link GlyphFont}) as a {@link GlyphAtlas}. Each dot becomes {@link #DOT_WIDTH} x
 * {@link #DOT_HEIGHT} pixels and, as on a VT220, a lit dot is stretched into the next dot's
 * place at half brightness, which makes thin strokes solid and rounds the shapes.
 */
final class DotMatrixAtlas {

    static final int DOT_WIDTH = 1;
    static final int DOT_HEIGHT = 2;
    private static final int STRETCH = 150;

    private static final Logger LOG = LoggerFactory.getLogger(DotMatrixAtlas.class);

    private DotMatrixAtlas() {
    }

    /** The bundled dot-matrix font, or null (logged) when it cannot be read. */
    static GlyphAtlas load() {
        try {
            return fromFont(GlyphFont.loadDefault());
        } catch (Exception e) {
            LOG.warn("Dot-matrix font not available ({}); using a TrueType font", e.getMessage());
            return null;
        }
    }

    static GlyphAtlas fromFont(GlyphFont font) {
        int cw = font.width() * DOT_WIDTH;
        int ch = font.height() * DOT_HEIGHT;
        byte[][] masks = new byte[GlyphAtlas.SIZE][];
        for (int cp = 0x20; cp < GlyphAtlas.SIZE; cp++) {
            if (cp >= 0x7F && cp < 0xA0) {
                continue;
            }
            masks[cp] = mask(font.glyph(cp), cw, ch);
        }
        return new GlyphAtlas(font.name(), cw, ch, masks);
    }

    private static byte[] mask(Glyph g, int cw, int ch) {
        byte[] m = new byte[cw * ch];
        for (int y = 0; y < g.height(); y++) {
            for (int x = 0; x < g.width(); x++) {
                int level = g.dot(x, y) ? 255 : (x > 0 && g.dot(x - 1, y) ? STRETCH : 0);
                if (level == 0) {
                    continue;
                }
                for (int dy = 0; dy < DOT_HEIGHT; dy++) {
                    for (int dx = 0; dx < DOT_WIDTH; dx++) {
                        int px = x * DOT_WIDTH + dx;
                        int cur = m[(y * DOT_HEIGHT + dy) * cw + px] & 0xFF;
                        m[(y * DOT_HEIGHT + dy) * cw + px] = (byte) Math.max(cur, level);
                    }
                }
            }
        }
        return m;
    }
}
