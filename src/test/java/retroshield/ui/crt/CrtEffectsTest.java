package retroshield.ui.crt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import retroshield.terminal.TerminalFrame;

/**
 * Each CRT effect changes the picture as it should: a known frame is drawn with the effect off
 * and on, the canvas is snapshotted and its pixels compared.
 */
class CrtEffectsTest {

    private static final int W = 480;
    private static final int H = 320;
    private static final int COLS = 20;
    private static final int ROWS = 10;
    private static final GlyphAtlas ATLAS = GlyphAtlas.blocks(8, 12);
    private static final CrtSettings PLAIN = CrtSettings.plain().withColor(PhosphorColor.WHITE);

    @BeforeAll
    static void startFx() throws Exception {
        FxTestSupport.startToolkit();
    }

    /** Every cell lit (reverse video spaces). */
    private static TerminalFrame allLit() {
        int[] cps = new int[COLS * ROWS];
        Arrays.fill(cps, ' ');
        byte[] attrs = new byte[COLS * ROWS];
        Arrays.fill(attrs, TerminalFrame.REVERSE);
        return new TerminalFrame(COLS, ROWS, cps, attrs, 0, 0, false, 0, 0, 1);
    }

    /** One lit cell in the middle of a dark screen. */
    private static TerminalFrame oneCell() {
        int[] cps = new int[COLS * ROWS];
        Arrays.fill(cps, ' ');
        byte[] attrs = new byte[COLS * ROWS];
        attrs[(ROWS / 2) * COLS + COLS / 2] = TerminalFrame.REVERSE;
        return new TerminalFrame(COLS, ROWS, cps, attrs, 0, 0, false, 0, 0, 1);
    }

    private static PixelReader render(CrtSettings settings, TerminalFrame frame, long... times) throws Exception {
        return FxTestSupport.onFx(() -> {
            CrtRenderer r = new CrtRenderer(ATLAS, settings);
            Canvas canvas = new Canvas(W, H);
            for (long t : times) {
                r.render(canvas.getGraphicsContext2D(), W, H, 1, frame, null, t);
            }
            WritableImage img = canvas.snapshot(null, null);
            return img.getPixelReader();
        });
    }

    private static CrtRenderer.Picture picture() {
        return CrtRenderer.Picture.fit(W, H, COLS * ATLAS.cellWidth(), ROWS * ATLAS.cellHeight(), CrtRenderer.MARGIN);
    }

    private static double luma(int argb) {
        return (((argb >> 16) & 0xFF) + ((argb >> 8) & 0xFF) + (argb & 0xFF)) / 3.0;
    }

    private static double rowMean(PixelReader r, int y, int x0, int x1) {
        double sum = 0;
        for (int x = x0; x < x1; x++) {
            sum += luma(r.getArgb(x, y));
        }
        return sum / (x1 - x0);
    }

    private static int darkRows(PixelReader r) {
        CrtRenderer.Picture p = picture();
        int x0 = (int) (p.x() + p.width() * 0.3);
        int x1 = (int) (p.x() + p.width() * 0.7);
        int y0 = (int) (p.y() + p.height() * 0.3);
        int y1 = (int) (p.y() + p.height() * 0.7);
        int dark = 0;
        for (int y = y0; y < y1; y++) {
            double here = rowMean(r, y, x0, x1);
            double around = Math.max(rowMean(r, y - 1, x0, x1), rowMean(r, y + 1, x0, x1));
            if (here < around * 0.75) {
                dark++;
            }
        }
        return dark;
    }

    @Test
    void scanlinesDarkenEvenlySpacedRows() throws Exception {
        PixelReader off = render(PLAIN, allLit(), 0);
        PixelReader on = render(PLAIN.withScanlines(EffectSetting.on(0.8)), allLit(), 0);
        assertEquals(0, darkRows(off), "no dark rows without scanlines");
        int dark = darkRows(on);
        // the band is ~0.4 of the picture height; a period of 2 or 3 pixels gives many lines
        assertTrue(dark >= 20, "scanline rows darker than their neighbours: " + dark);
    }

    @Test
    void scanlinePeriodIsWholeDevicePixels() {
        assertEquals(2, CrtOverlay.scanlinePeriod(1.2));
        assertEquals(3, CrtOverlay.scanlinePeriod(2.7));
        assertEquals(6, CrtOverlay.scanlinePeriod(5.6), "HiDPI: twice the pixels, twice the period");
        assertTrue(CrtOverlay.scanlineAlpha(2, 3, 1) > 0.5);
        assertEquals(0.0, CrtOverlay.scanlineAlpha(0, 3, 1));
    }

    private static int firstLitX(PixelReader r, int y, int shift) {
        for (int x = 0; x < W; x++) {
            if (((r.getArgb(x, y) >> shift) & 0xFF) > 128) {
                return x;
            }
        }
        return -1;
    }

    @Test
    void chromaticAberrationShiftsRedAndBlueApart() throws Exception {
        CrtRenderer.Picture p = picture();
        int y = (int) (p.y() + p.height() * (ROWS / 2 + 0.4) / ROWS);
        PixelReader off = render(PLAIN, oneCell(), 0);
        PixelReader on = render(PLAIN.withChromatic(EffectSetting.on(1)), oneCell(), 0);
        assertEquals(firstLitX(off, y, 16), firstLitX(off, y, 0), "red and blue together without the effect");
        int red = firstLitX(on, y, 16);
        int blue = firstLitX(on, y, 0);
        assertTrue(red > 0 && blue > 0, "cell is drawn");
        assertTrue(red - blue >= 4, "red copy right of the blue one: red " + red + " blue " + blue);
    }

    @Test
    void vignetteDarkensCornersMoreThanCentre() throws Exception {
        CrtRenderer.Picture p = picture();
        int cx = (int) (p.x() + p.width() / 2);
        int cy = (int) (p.y() + p.height() / 2);
        int kx = (int) p.x() + 3;
        int ky = (int) p.y() + 3;
        PixelReader off = render(PLAIN, allLit(), 0);
        PixelReader on = render(PLAIN.withVignette(EffectSetting.on(1)), allLit(), 0);
        assertEquals(luma(off.getArgb(cx, cy)), luma(off.getArgb(kx, ky)), 3, "even without vignette");
        double centre = luma(on.getArgb(cx, cy));
        double corner = luma(on.getArgb(kx, ky));
        assertTrue(corner < centre * 0.6, "corner " + corner + " centre " + centre);
    }

    private static double meanBrightness(PixelReader r) {
        double sum = 0;
        int n = 0;
        for (int y = 0; y < H; y += 4) {
            for (int x = 0; x < W; x += 4) {
                sum += luma(r.getArgb(x, y));
                n++;
            }
        }
        return sum / n;
    }

    @Test
    void flickerVariesBrightnessOverTime() throws Exception {
        double[] on = new double[12];
        double[] off = new double[12];
        for (int i = 0; i < on.length; i++) {
            long t = i * 41_000_000L;
            on[i] = meanBrightness(render(PLAIN.withFlicker(EffectSetting.on(1)), allLit(), t));
            off[i] = meanBrightness(render(PLAIN, allLit(), t));
        }
        double onRange = Arrays.stream(on).max().orElseThrow() - Arrays.stream(on).min().orElseThrow();
        double offRange = Arrays.stream(off).max().orElseThrow() - Arrays.stream(off).min().orElseThrow();
        assertEquals(0, offRange, 0.01, "steady without flicker");
        assertTrue(onRange > 3, "brightness range with flicker " + onRange);
        CrtSettings comfort = PLAIN.withFlicker(EffectSetting.on(1)).withComfort(true);
        assertEquals(0.0, comfort.effective().flicker().amount(), "comfort mode has no flicker");
    }

    @Test
    void glowBrightensPixelsNextToText() throws Exception {
        CrtRenderer.Picture p = picture();
        double cellW = p.width() / COLS;
        int y = (int) (p.y() + p.height() * (ROWS / 2 + 0.5) / ROWS);
        int x = (int) (p.x() + cellW * (COLS / 2) - cellW * 0.4);
        PixelReader off = render(PLAIN, oneCell(), 0);
        PixelReader on = render(PLAIN.withGlow(EffectSetting.on(1)), oneCell(), 0);
        double before = luma(off.getArgb(x, y));
        double after = luma(on.getArgb(x, y));
        assertTrue(after > before + 10, "next to the cell: without glow " + before + ", with " + after);
    }

    @Test
    void persistenceLeavesAFadingImage() throws Exception {
        CrtRenderer.Picture p = picture();
        int cx = (int) (p.x() + p.width() / 2);
        int cy = (int) (p.y() + p.height() / 2);
        TerminalFrame dark = new TerminalFrame(COLS, ROWS, allLit().codepoints(), new byte[COLS * ROWS],
                0, 0, false, 0, 0, 2);
        PixelReader fading = FxTestSupport.onFx(() -> {
            CrtRenderer r = new CrtRenderer(ATLAS, PLAIN.withPersistence(EffectSetting.on(1)));
            Canvas canvas = new Canvas(W, H);
            r.render(canvas.getGraphicsContext2D(), W, H, 1, allLit(), null, 0);
            r.render(canvas.getGraphicsContext2D(), W, H, 1, dark, null, 16_000_000L);
            assertTrue(r.animating(), "still fading");
            return canvas.snapshot(null, null).getPixelReader();
        });
        PixelReader gone = render(PLAIN, dark, 0);
        assertTrue(luma(fading.getArgb(cx, cy)) > luma(gone.getArgb(cx, cy)) + 40, "afterglow");
    }
}
