package retroshield.terminal.font;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * Renders the bundled font into font-preview.png in the temporary folder (green dots on
 * black, stretched horizontally like a VT220's CRT), for a person to look at.
 */
class FontPreviewTest {

    private static final String[] LINES = {
        " !\"#$%&'()*+,-./",
        "0123456789:;<=>?",
        "@ABCDEFGHIJKLMNO",
        "PQRSTUVWXYZ[\\]^_",
        "`abcdefghijklmno",
        "pqrstuvwxyz{|}~\u00e9",
        "0O 1lI| 5S 2Z 8B",
        "gq ,. ;: '` oO0",
        "10 PRINT \"HI\"",
        "jumpy dog. OK>",
    };

    @Test
    void writesPreviewImage() throws IOException {
        System.setProperty("java.awt.headless", "true");
        GlyphFont font = GlyphFont.load(Path.of("fonts", GlyphFont.DEFAULT_FILE));
        int scale = 5;
        int columns = 18;
        BufferedImage image = new BufferedImage(columns * font.width() * scale,
                (LINES.length + 1) * font.height() * scale, BufferedImage.TYPE_INT_RGB);
        int lit = 0;
        for (int row = 0; row < LINES.length; row++) {
            String line = LINES[row];
            for (int col = 0; col < line.length(); col++) {
                lit += draw(image, font.glyph(line.charAt(col)), col, row, font, scale);
            }
            if (row == LINES.length - 1) {
                lit += draw(image, font.cursor(), line.length(), row, font, scale);
            }
        }
        Path out = Path.of(System.getProperty("java.io.tmpdir"), "font-preview.png");
        ImageIO.write(image, "png", out.toFile());
        assertTrue(lit > 1000, "dots were drawn");
        assertTrue(Files.size(out) > 0);
    }

    private static int draw(BufferedImage image, Glyph glyph, int col, int row, GlyphFont font, int scale) {
        int lit = 0;
        for (int y = 0; y < glyph.height(); y++) {
            for (int x = 0; x < glyph.width(); x++) {
                if (!glyph.dot(x, y)) {
                    continue;
                }
                lit++;
                // each dot lit for one and a half dot widths: the CRT's dot stretching
                int px = (col * font.width() + x) * scale;
                int py = (row * font.height() + y) * scale;
                for (int dy = 0; dy < scale - 1; dy++) {
                    for (int dx = 0; dx < scale + scale / 2; dx++) {
                        int ix = px + dx;
                        if (ix < image.getWidth()) {
                            image.setRGB(ix, py + dy, 0x33FF66);
                        }
                    }
                }
            }
        }
        return lit;
    }
}
