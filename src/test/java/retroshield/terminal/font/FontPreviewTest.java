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
        "pqrstuvwxyz{|}~",
        "0O 1lI| 5S 2Z 8B",
        "gq ,. ;: '` oO0",
        "10 PRINT \"HI\"",
        "jumpy dog. OK>",
        "\u00a0\u00a1\u00a2\u00a3\u00a4\u00a5\u00a6\u00a7\u00a8\u00a9\u00aa\u00ab\u00ac\u00ad\u00ae\u00af",
        "\u00b0\u00b1\u00b2\u00b3\u00b4\u00b5\u00b6\u00b7\u00b8\u00b9\u00ba\u00bb\u00bc\u00bd\u00be\u00bf",
        "\u00c0\u00c1\u00c2\u00c3\u00c4\u00c5\u00c6\u00c7\u00c8\u00c9\u00ca\u00cb\u00cc\u00cd\u00ce\u00cf",
        "\u00d0\u00d1\u00d2\u00d3\u00d4\u00d5\u00d6\u00d7\u00d8\u00d9\u00da\u00db\u00dc\u00dd\u00de\u00df",
        "\u00e0\u00e1\u00e2\u00e3\u00e4\u00e5\u00e6\u00e7\u00e8\u00e9\u00ea\u00eb\u00ec\u00ed\u00ee\u00ef",
        "\u00f0\u00f1\u00f2\u00f3\u00f4\u00f5\u00f6\u00f7\u00f8\u00f9\u00fa\u00fb\u00fc\u00fd\u00fe\u00ff",
        "Caf\u00e9 \u00c9t\u00e9 Stra\u00dfe 0\u00d8",
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
