package retroshield.ui.crt;

import javafx.geometry.VPos;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * Builds a {@link GlyphAtlas} from a TrueType font: every Latin-1 character is drawn once into
 * a canvas, the canvas is snapshotted once, and the green channel of each cell becomes the
 * glyph's coverage mask. Call on the FX thread.
 */
public final class TrueTypeAtlas {

    private static final int GRID = 16;

    private TrueTypeAtlas() {
    }

    public static GlyphAtlas build(Font font) {
        Text probe = new Text("M");
        probe.setFont(font);
        int cw = Math.max(1, (int) Math.ceil(probe.getLayoutBounds().getWidth()));
        int ch = Math.max(1, (int) Math.ceil(probe.getLayoutBounds().getHeight()));
        Canvas canvas = new Canvas(cw * GRID, ch * GRID);
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setFill(Color.BLACK);
        g.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
        g.setFill(Color.WHITE);
        g.setFont(font);
        g.setTextBaseline(VPos.TOP);
        g.setTextAlign(TextAlignment.LEFT);
        g.setFontSmoothingType(javafx.scene.text.FontSmoothingType.GRAY);
        for (int cp = 33; cp < GlyphAtlas.SIZE; cp++) {
            if (cp >= 0x7F && cp < 0xA0) {
                continue;
            }
            g.save();
            g.beginPath();
            g.rect((cp % GRID) * cw, (cp / GRID) * ch, cw, ch);
            g.clip();
            g.fillText(String.valueOf((char) cp), (cp % GRID) * cw, (cp / GRID) * ch);
            g.restore();
        }
        SnapshotParameters params = new SnapshotParameters();
        params.setFill(Color.BLACK);
        WritableImage image = canvas.snapshot(params, null);
        PixelReader reader = image.getPixelReader();
        byte[][] masks = new byte[GlyphAtlas.SIZE][];
        for (int cp = 33; cp < GlyphAtlas.SIZE; cp++) {
            byte[] m = new byte[cw * ch];
            int ox = (cp % GRID) * cw;
            int oy = (cp / GRID) * ch;
            for (int y = 0; y < ch; y++) {
                for (int x = 0; x < cw; x++) {
                    m[y * cw + x] = (byte) ((reader.getArgb(ox + x, oy + y) >> 8) & 0xFF);
                }
            }
            masks[cp] = m;
        }
        return new GlyphAtlas(font.getName() + " " + (int) font.getSize(), cw, ch, masks);
    }
}
