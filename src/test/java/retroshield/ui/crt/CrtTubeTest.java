package retroshield.ui.crt;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import retroshield.terminal.TerminalFrame;

/**
 * Each effect of the tube changes the picture as a CRT would: a known frame is composed with the
 * effect off and on (pure Java, {@link CrtRenderer#composeInto}) and the pixels are compared.
 */
class CrtTubeTest {

    private static final int W = 800;
    private static final int H = 600;
    private static final int COLS = 20;
    private static final int ROWS = 10;
    /** 12 font rows per cell: 12 raster lines per character row. */
    private static final GlyphAtlas ATLAS = GlyphAtlas.blocks(8, 12);
    private static final CrtSettings PLAIN = CrtSettings.plain().withColor(PhosphorColor.WHITE);
    private static final EffectSetting MAX = EffectSetting.on(1);

    /** Cells lit where the predicate holds (reverse-video spaces). */
    interface Lit {
        boolean at(int col, int row);
    }

    static TerminalFrame frame(Lit lit) {
        int[] cps = new int[COLS * ROWS];
        Arrays.fill(cps, ' ');
        byte[] attrs = new byte[COLS * ROWS];
        for (int r = 0; r < ROWS; r++) {
            for (int c = 0; c < COLS; c++) {
                if (lit.at(c, r)) {
                    attrs[r * COLS + c] = TerminalFrame.REVERSE;
                }
            }
        }
        return new TerminalFrame(COLS, ROWS, cps, attrs, 0, 0, false, 0, 0, 1);
    }

    static int[] compose(CrtSettings s, TerminalFrame f, int w, int h) {
        try (CrtRenderer r = new CrtRenderer(ATLAS, s, 1)) {
            int[] out = new int[w * h];
            r.composeInto(w, h, f, null, 0, out);
            return out;
        }
    }

    static int red(int argb) {
        return (argb >> 16) & 0xFF;
    }

    static int green(int argb) {
        return (argb >> 8) & 0xFF;
    }

    static int blue(int argb) {
        return argb & 0xFF;
    }

    /** Mean x of the lit pixels (green above a threshold) in one row. */
    static double litCentre(int[] px, int w, int y, int from, int to) {
        double sum = 0;
        int n = 0;
        for (int x = from; x < to; x++) {
            if (green(px[y * w + x]) > 128) {
                sum += x;
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    @Test
    void curvatureBendsAStraightColumnAndRoundsTheCorners() {
        TerminalFrame bar = frame((c, r) -> c == COLS - 3);
        TubeLayout t = TubeLayout.of(W, H, 1);
        int mid = (int) (t.glassY() + t.glassH() / 2);
        int high = (int) (t.pictureY() + t.pictureH() * 0.12);
        int[] flat = compose(PLAIN, bar, W, H);
        assertEquals(litCentre(flat, W, mid, W / 2, W), litCentre(flat, W, high, W / 2, W), 0.6,
                "without curvature the column stays straight");
        int[] curved = compose(PLAIN.withCurvature(MAX), bar, W, H);
        double bend = litCentre(curved, W, mid, W / 2, W) - litCentre(curved, W, high, W / 2, W);
        assertTrue(bend > 3, "with curvature the column bows outwards in the middle, by " + bend + " px");

        int[] lit = compose(PLAIN.withCurvature(MAX), frame((c, r) -> true), W, H);
        int corner = lit[(int) (t.glassY() + 1) * W + (int) (t.glassX() + 1)];
        int centre = lit[(H / 2) * W + W / 2];
        assertTrue(green(centre) > 200, "the middle is lit");
        assertTrue(green(corner) < 60, "the rounded corner shows the bezel, not the picture: " + Integer.toHexString(corner));
    }

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"800,600", "1024,768", "1600,1200", "1920,1080"})
    void scanlinePeriodIsOneRasterLineAtEverySize(int w, int h) {
        int[] px = compose(PLAIN.withScanlines(MAX), frame((c, r) -> true), w, h);
        TubeLayout t = TubeLayout.of(w, h, 0);
        int x = w / 2;
        int y0 = (int) (t.pictureY() + t.pictureH() * 0.1);
        int y1 = (int) (t.pictureY() + t.pictureH() * 0.9);
        // count the dark valleys between raster lines
        int valleys = 0;
        int first = -1;
        int last = -1;
        for (int y = y0 + 1; y < y1 - 1; y++) {
            int a = green(px[(y - 1) * w + x]);
            int b = green(px[y * w + x]);
            int c = green(px[(y + 1) * w + x]);
            if (b < a && b <= c) {
                valleys++;
                last = y;
                if (first < 0) {
                    first = y;
                }
            }
        }
        double period = (last - first) / (double) (valleys - 1);
        double line = t.pictureH() / (ROWS * SourceRaster.linesPerRow(ATLAS.cellHeight()));
        assertEquals(line, period, 0.15 * line, "scanline period at " + w + "x" + h);
        int[] none = compose(PLAIN, frame((c, r) -> true), w, h);
        int mid = (int) (t.pictureY() + t.pictureH() / 2);
        assertEquals(green(none[mid * w + x]), green(none[(mid + 1) * w + x]), 1, "no scanlines when off");
    }

    @Test
    void bloomSpreadsLightAroundBrightText() {
        TerminalFrame one = frame((c, r) -> c == COLS / 2 && r == ROWS / 2);
        TubeLayout t = TubeLayout.of(W, H, 0);
        double cellW = t.pictureW() / COLS;
        int y = (int) (t.pictureY() + t.pictureH() * (ROWS / 2 + 0.5) / ROWS);
        int x = (int) (t.pictureX() + cellW * (COLS / 2 + 2.2));
        int[] off = compose(PLAIN, one, W, H);
        int[] on = compose(PLAIN.withGlow(MAX), one, W, H);
        assertTrue(green(on[y * W + x]) > green(off[y * W + x]) + 8,
                "two cells away the glow lights the glass: " + green(off[y * W + x]) + " -> " + green(on[y * W + x]));
    }

    @Test
    void noiseChangesFromFrameToFrame() {
        TerminalFrame f = frame((c, r) -> false);
        try (CrtRenderer r = new CrtRenderer(ATLAS, PLAIN.withNoise(MAX), 2)) {
            int[] a = new int[W * H];
            int[] b = new int[W * H];
            r.composeInto(W, H, f, null, 0, a);
            r.composeInto(W, H, f, null, 16_000_000, b);
            assertFalse(Arrays.equals(a, b), "noise differs between frames");
            assertTrue(r.animating(), "noise animates a still screen");
        }
        try (CrtRenderer r = new CrtRenderer(ATLAS, PLAIN, 2)) {
            int[] a = new int[W * H];
            int[] b = new int[W * H];
            r.composeInto(W, H, f, null, 0, a);
            r.composeInto(W, H, f, null, 16_000_000, b);
            assertArrayEquals(a, b, "without noise a still screen is the same picture");
            assertFalse(r.animating());
        }
    }

    @Test
    void jitterShiftsRowsBetweenFrames() {
        TerminalFrame f = frame((c, r) -> c % 2 == 0);
        try (CrtRenderer r = new CrtRenderer(ATLAS, PLAIN.withJitter(MAX), 1)) {
            int[] a = new int[W * H];
            int[] b = new int[W * H];
            int differ = 0;
            for (int i = 0; i < 8; i++) {
                r.composeInto(W, H, f, null, i * 100_000_000L, a);
                r.composeInto(W, H, f, null, i * 100_000_000L + 400_000_000L, b);
                differ += Arrays.equals(a, b) ? 0 : 1;
            }
            assertTrue(differ > 0, "the picture moves over time");
        }
    }

    @Test
    void aberrationSplitsRedAndBlueTowardsTheEdges() {
        TerminalFrame edge = frame((c, r) -> c == COLS - 2);
        TubeLayout t = TubeLayout.of(W, H, 0);
        int y = H / 2;
        int[] px = compose(PLAIN.withChromatic(MAX), edge, W, H);
        double r = 0;
        double b = 0;
        double rn = 0;
        double bn = 0;
        for (int x = W / 2; x < W; x++) {
            r += x * red(px[y * W + x]);
            rn += red(px[y * W + x]);
            b += x * blue(px[y * W + x]);
            bn += blue(px[y * W + x]);
        }
        assertTrue(r / rn - b / bn > 2, "red lies outwards of blue at the right edge: " + (r / rn) + " vs " + (b / bn));
        int[] plain = compose(PLAIN, edge, W, H);
        int x = (int) (t.pictureX() + t.pictureW() * (COLS - 1.5) / COLS);
        int p = plain[y * W + x];
        assertEquals(red(p) / (double) 0xE6, blue(p) / (double) 0xFF, 0.06,
                "the phosphor's own colour without aberration: " + Integer.toHexString(p));
    }

    @Test
    void vignetteDarkensTheCorners() {
        TerminalFrame all = frame((c, r) -> true);
        TubeLayout t = TubeLayout.of(W, H, 0);
        int x = (int) (t.pictureX() + 6);
        int y = (int) (t.pictureY() + 6);
        int[] off = compose(PLAIN, all, W, H);
        int[] on = compose(PLAIN.withVignette(MAX), all, W, H);
        assertTrue(green(on[y * W + x]) < green(off[y * W + x]) - 40, "corner darker");
        assertEquals(green(off[(H / 2) * W + W / 2]), green(on[(H / 2) * W + W / 2]), 8, "centre as bright");
    }

    @Test
    void persistenceLeavesAFadingTrail() {
        TerminalFrame lit = frame((c, r) -> true);
        TerminalFrame dark = frame((c, r) -> false);
        for (boolean on : new boolean[] {false, true}) {
            try (CrtRenderer r = new CrtRenderer(ATLAS, on ? PLAIN.withPersistence(MAX) : PLAIN, 1)) {
                int[] px = new int[W * H];
                r.composeInto(W, H, lit, null, 0, px);
                r.composeInto(W, H, dark, null, 16_666_667L, px);
                int g = green(px[(H / 2) * W + W / 2]);
                if (on) {
                    assertTrue(g > 100, "a frame later the old picture still glows: " + g);
                    assertTrue(r.animating(), "and keeps fading");
                } else {
                    assertTrue(g < 30, "without persistence it is gone: " + g);
                }
            }
        }
    }

    @Test
    void everyEffectAtMaximumStillShowsReadableText() {
        TerminalFrame f = frame((c, r) -> (c + r) % 3 == 0);
        int[] px = compose(CrtSettings.defaults().withColor(PhosphorColor.WHITE).maximum(), f, W, H);
        TubeLayout t = TubeLayout.of(W, H, 1);
        int y = H / 2;
        int bright = 0;
        int dark = 0;
        for (int x = (int) t.pictureX(); x < t.pictureX() + t.pictureW(); x++) {
            int g = green(px[y * W + x]);
            bright += g > 170 ? 1 : 0;
            dark += g < 90 ? 1 : 0;
        }
        assertTrue(bright > 50 && dark > 50, "lit and unlit cells stay apart: " + bright + " bright, " + dark + " dark");
    }

    @Test
    void everyProfileGivesItsOwnPicture() {
        TerminalFrame f = frame((c, r) -> (c * 7 + r) % 5 == 0);
        java.util.Map<Integer, CrtProfile> seen = new java.util.HashMap<>();
        for (CrtProfile p : CrtProfile.values()) {
            int hash = Arrays.hashCode(compose(p.settings().withNoise(EffectSetting.off(0))
                    .withJitter(EffectSetting.off(0)), f, W, H));
            CrtProfile same = seen.put(hash, p);
            assertTrue(same == null, p + " looks exactly like " + same);
        }
        assertEquals(CrtProfile.GREEN_P1, CrtProfile.matching(CrtSettings.defaults()), "the default look is green P1");
    }

    @Test
    void theBezelReflectsTheGlowOfThePicture() {
        TubeLayout t = TubeLayout.of(W, H, 0);
        int x = W / 2;
        int y = (int) Math.floor(t.glassY()) - 3;
        int[] dark = compose(PLAIN, frame((c, r) -> false), W, H);
        int[] lit = compose(PLAIN, frame((c, r) -> r == 0), W, H);
        assertTrue(green(lit[y * W + x]) > green(dark[y * W + x]) + 4,
                "the bevel above a lit top row glows: " + green(dark[y * W + x]) + " -> " + green(lit[y * W + x]));
        int far = 2 * W + x;
        assertEquals(dark[far], lit[far], "the outer bezel does not change");
    }

    @Test
    void whileThePictureChangesTheBevelCatchesUpOneHalfAtATimeAndFullyOnceItStops() {
        TerminalFrame dark = frame((c, r) -> false);
        TerminalFrame lit = frame((c, r) -> r == 0);
        int[] fresh = compose(PLAIN, lit, W, H);
        try (CrtRenderer r = new CrtRenderer(ATLAS, PLAIN, 1)) {
            int[] out = new int[W * H];
            r.composeInto(W, H, dark, null, 0, out);
            r.composeInto(W, H, lit, null, 1, out);
            int[] changing = out.clone();
            TubeLayout t = TubeLayout.of(W, H, 0);
            int y = (int) Math.floor(t.glassY()) - 3;
            int even = y - y % 2;
            int x = W / 2;
            assertTrue((changing[even * W + x] == fresh[even * W + x]) != (changing[(even + 1) * W + x]
                    == fresh[(even + 1) * W + x]), "one half of the bevel's rows shows the new glow, the other not yet");
            r.composeInto(W, H, lit, null, 2, out);
            assertArrayEquals(fresh, out, "a still picture: the whole bevel shows it");
        }
    }

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"1,1", "7,5", "160,100", "3000,200", "200,3000"})
    void anySizeComposesEveryEffectAtMaximum(int w, int h) {
        int[] px = compose(CrtSettings.defaults().maximum(), frame((c, r) -> (c + r) % 2 == 0), w, h);
        assertEquals(w * h, px.length);
        for (int p : px) {
            assertEquals(0xFF, p >>> 24, "opaque");
        }
    }

    @Test
    void apertureGrilleStripesTheColours() {
        TerminalFrame all = frame((c, r) -> true);
        int y = H / 2;
        int[] off = compose(PLAIN, all, W, H);
        int[] on = compose(PLAIN.withMask(MAX), all, W, H);
        int x = W / 2 - (W / 2) % 3;
        assertEquals(red(off[y * W + x]), red(off[y * W + x + 1]), 2, "no stripes without the grille");
        assertTrue(red(on[y * W + x]) > red(on[y * W + x + 1]) + 30, "a red stripe, then a dimmer red");
        assertTrue(green(on[y * W + x + 1]) > green(on[y * W + x]) + 30, "a green stripe next to it");
        assertTrue(blue(on[y * W + x + 2]) > blue(on[y * W + x + 1]) + 30, "then a blue one");
    }
}
