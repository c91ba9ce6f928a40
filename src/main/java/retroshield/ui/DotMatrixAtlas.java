package retroshield.ui;

import retroshield.ui.crt.GlyphAtlas;

/**
 * The project's dot-matrix font ({@code fonts/retroshield-vt220.txt}, read by the terminal
 * package's GlyphFont) as a {@link GlyphAtlas}. Returns null while the font is not available.
 */
final class DotMatrixAtlas {

    private DotMatrixAtlas() {
    }

    static GlyphAtlas load() {
        return null;
    }
}
