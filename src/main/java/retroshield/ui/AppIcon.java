package retroshield.ui;

import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/**
 * The app's icon, drawn in code: a small CRT monitor with a green "Z80" prompt and a cursor on
 * a dark glass, scanlines included. {@link #pixels(int)} is pure Java, so the build can also
 * write it as a PNG for the packaged app ({@link AppImageBuilder}).
 */
public final class AppIcon {

    private static final int CASE = 0xFF3A3F44;
    private static final int CASE_EDGE = 0xFF22262A;
    private static final int GLASS = 0xFF04140A;
    private static final int PHOSPHOR = 0xFF4CFF6E;

    /** 5x7 dot patterns of the letters drawn on the screen. */
    private static final String[] Z = {"11111", "00001", "00010", "00100", "01000", "10000", "11111"};
    private static final String[] EIGHT = {"01110", "10001", "10001", "01110", "10001", "10001", "01110"};
    private static final String[] ZERO = {"01110", "10001", "10011", "10101", "11001", "10001", "01110"};

    private AppIcon() {
    }

    public static WritableImage image(int size) {
        WritableImage img = new WritableImage(size, size);
        img.getPixelWriter().setPixels(0, 0, size, size, PixelFormat.getIntArgbInstance(), pixels(size), 0, size);
        return img;
    }

    /** ARGB pixels of the icon at size x size. */
    public static int[] pixels(int size) {
        int[] px = new int[size * size];
        double u = size / 64.0;
        fillRound(px, size, 2 * u, 4 * u, 62 * u, 54 * u, 7 * u, CASE_EDGE);
        fillRound(px, size, 4 * u, 6 * u, 60 * u, 52 * u, 6 * u, CASE);
        fillRound(px, size, 9 * u, 10 * u, 55 * u, 46 * u, 5 * u, GLASS);
        fillRound(px, size, 22 * u, 54 * u, 42 * u, 60 * u, 2 * u, CASE_EDGE);
        double dot = 1.6 * u;
        drawGlyph(px, size, Z, 13 * u, 18 * u, dot);
        drawGlyph(px, size, EIGHT, 23 * u, 18 * u, dot);
        drawGlyph(px, size, ZERO, 33 * u, 18 * u, dot);
        fillRect(px, size, 43 * u, 29 * u, 50 * u, 31 * u, PHOSPHOR);
        fillRect(px, size, 13 * u, 36 * u, 19 * u, 38 * u, PHOSPHOR);
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                boolean inGlass = x >= 9 * u && x < 55 * u && y >= 10 * u && y < 46 * u;
                if (inGlass && size >= 32 && y % 3 == 2) {
                    px[y * size + x] = darken(px[y * size + x], 0.6);
                }
            }
        }
        return px;
    }

    private static void drawGlyph(int[] px, int size, String[] rows, double x0, double y0, double dot) {
        for (int r = 0; r < rows.length; r++) {
            for (int c = 0; c < rows[r].length(); c++) {
                if (rows[r].charAt(c) == '1') {
                    fillRect(px, size, x0 + c * dot, y0 + r * dot, x0 + (c + 1) * dot, y0 + (r + 1) * dot, PHOSPHOR);
                }
            }
        }
    }

    private static void fillRect(int[] px, int size, double x0, double y0, double x1, double y1, int argb) {
        for (int y = (int) y0; y < Math.min(size, (int) Math.ceil(y1)); y++) {
            for (int x = (int) x0; x < Math.min(size, (int) Math.ceil(x1)); x++) {
                px[y * size + x] = argb;
            }
        }
    }

    private static void fillRound(int[] px, int size, double x0, double y0, double x1, double y1, double r, int argb) {
        for (int y = (int) y0; y < Math.min(size, (int) Math.ceil(y1)); y++) {
            for (int x = (int) x0; x < Math.min(size, (int) Math.ceil(x1)); x++) {
                double cx = Math.max(x0 + r - (x + 0.5), Math.max(0, (x + 0.5) - (x1 - r)));
                double cy = Math.max(y0 + r - (y + 0.5), Math.max(0, (y + 0.5) - (y1 - r)));
                if (cx * cx + cy * cy <= r * r) {
                    px[y * size + x] = argb;
                }
            }
        }
    }

    private static int darken(int argb, double k) {
        int r = (int) (((argb >> 16) & 0xFF) * k);
        int g = (int) (((argb >> 8) & 0xFF) * k);
        int b = (int) ((argb & 0xFF) * k);
        return (argb & 0xFF000000) | (r << 16) | (g << 8) | b;
    }
}
