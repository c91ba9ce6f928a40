package retroshield.ui;

import java.nio.file.Path;
import javafx.scene.text.Font;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import retroshield.ui.crt.FontChoice;
import retroshield.ui.crt.GlyphAtlas;
import retroshield.ui.crt.ScalableFont;
import retroshield.ui.crt.TrueTypeAtlas;

/**
 * The fonts the terminal can use and how each becomes a {@link GlyphAtlas}: the project's own
 * dot-matrix glyphs from {@code fonts/}, Glass TTY VT220 when installed, or any TrueType file
 * the user picks. Falls back step by step so there is always a font. FX thread.
 */
public final class FontOptions {

    public static final String DOT_MATRIX_LABEL = "Dot matrix (built in)";
    public static final String GLASS_TTY_LABEL = "Glass TTY VT220";
    public static final String FILE_LABEL = "TrueType file...";
    /** Size TrueType fonts are drawn at (the picture is scaled to the window anyway). */
    public static final double TRUE_TYPE_SIZE = 20;

    private static final Logger LOG = LoggerFactory.getLogger(FontOptions.class);

    private FontOptions() {
    }

    public static String label(String key) {
        if (AppSettings.FONT_DOT_MATRIX.equals(key)) {
            return DOT_MATRIX_LABEL;
        }
        if (AppSettings.FONT_GLASS_TTY.equals(key)) {
            return GLASS_TTY_LABEL;
        }
        return FILE_LABEL;
    }

    public static String key(String label) {
        return GLASS_TTY_LABEL.equals(label) ? AppSettings.FONT_GLASS_TTY : AppSettings.FONT_DOT_MATRIX;
    }

    /**
     * The TrueType font of a setting, rasterised anew at the cell size of every window size
     * (see {@link ScalableFont}); null for the dot-matrix font, which is drawn per raster line.
     */
    public static ScalableFont scalable(String key) {
        if (AppSettings.FONT_DOT_MATRIX.equals(key) && DotMatrixAtlas.load() != null) {
            return null;
        }
        ScalableFont f = null;
        if (!AppSettings.FONT_GLASS_TTY.equals(key) && !AppSettings.FONT_DOT_MATRIX.equals(key)) {
            try {
                f = ScalableFont.load(Path.of(key));
            } catch (java.nio.file.InvalidPathException e) {
                f = null;
            }
        }
        if (f == null && java.nio.file.Files.isReadable(FontChoice.GLASS_TTY)) {
            f = ScalableFont.load(FontChoice.GLASS_TTY);
        }
        return f != null ? f : ScalableFont.monospaced();
    }

    /** The atlas for a font setting. */
    public static GlyphAtlas atlas(String key) {
        if (AppSettings.FONT_DOT_MATRIX.equals(key)) {
            GlyphAtlas dots = DotMatrixAtlas.load();
            if (dots != null) {
                return dots;
            }
        } else if (!AppSettings.FONT_GLASS_TTY.equals(key)) {
            Font f = null;
            try {
                f = FontChoice.load(Path.of(key), TRUE_TYPE_SIZE);
            } catch (java.nio.file.InvalidPathException e) {
                LOG.warn("Font setting is not a valid file name ({}); using the default font", e.getReason());
            }
            if (f != null) {
                return TrueTypeAtlas.build(f);
            }
            LOG.warn("Font file {} could not be loaded; using the default font", key);
        }
        return TrueTypeAtlas.build(FontChoice.defaultTrueType(TRUE_TYPE_SIZE));
    }
}
