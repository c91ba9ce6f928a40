package retroshield.ui.crt;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import retroshield.terminal.TerminalFrame;

/**
 * Every effect at maximum is strong but still a CRT picture: on a checkerboard of lit and dark
 * cells, every character cell that is at least half on the glass is clearly brighter (lit) or
 * darker (dark) than its neighbours, the leftmost and rightmost columns included, and the lit
 * light keeps the phosphor's hue (the aperture grille and the bloom do not whiten it). Device
 * pixels are assigned to cells through the tube's own remap table.
 */
class MaximumEffectsTest {

    private static final int W = 1280;
    private static final int H = 960;
    private static final int COLS = 80;
    private static final int ROWS = 24;
    private static final GlyphAtlas ATLAS = GlyphAtlas.blocks(8, 12);

    @ParameterizedTest
    @EnumSource(PhosphorColor.class)
    void everyCellStaysDistinctAndTheHueStays(PhosphorColor colour) {
        CrtSettings s = CrtSettings.defaults().withColor(colour).maximum();
        byte[] attrs = new byte[COLS * ROWS];
        int[] cps = new int[COLS * ROWS];
        java.util.Arrays.fill(cps, ' ');
        for (int r = 0; r < ROWS; r++) {
            for (int c = 0; c < COLS; c++) {
                attrs[r * COLS + c] = (c + r) % 2 == 0 ? TerminalFrame.REVERSE : 0;
            }
        }
        TerminalFrame f = new TerminalFrame(COLS, ROWS, cps, attrs, 0, 0, false, 0, 0, 1);
        int[] px = new int[W * H];
        try (CrtRenderer r = new CrtRenderer(ATLAS, s, 1)) {
            r.composeInto(W, H, f, null, 0, px);
        }
        int lpr = SourceRaster.linesPerRow(ATLAS.cellHeight());
        int sw = COLS * ATLAS.cellWidth();
        int stride = sw + 2 * SourceRaster.PAD;
        TubeTables t = new TubeTables(new TubeTables.Key(W, H, sw, ROWS * lpr, stride, 1, 1, 1, 1,
                colour.rgb(), 1));
        long[] sum = new long[COLS * ROWS];
        int[] count = new int[COLS * ROWS];
        long[] rgb = new long[3];
        for (int y = 0; y < H; y++) {
            for (int x = t.left[y]; x < t.right[y]; x++) {
                int off = t.map[y * W + x] >>> 8;
                if (off == t.blank) {
                    continue;
                }
                int line = off / stride - 1;
                int u = off % stride - SourceRaster.PAD;
                int col = u / ATLAS.cellWidth();
                int row = line / lpr;
                int inX = u % ATLAS.cellWidth();
                int inY = line % lpr;
                // the middle of the cell, away from its neighbours' bloom and aberration
                if (inX < 2 || inX > 5 || inY < 3 || inY > 8) {
                    continue;
                }
                int p = px[y * W + x];
                int lum = Math.max((p >> 16) & 0xFF, Math.max((p >> 8) & 0xFF, p & 0xFF));
                sum[row * COLS + col] += lum;
                count[row * COLS + col]++;
                if ((col + row) % 2 == 0 && col > 20 && col < 60) {
                    rgb[0] += (p >> 16) & 0xFF;
                    rgb[1] += (p >> 8) & 0xFF;
                    rgb[2] += p & 0xFF;
                }
            }
        }
        int full = 0;
        for (int c : count) {
            full = Math.max(full, c);
        }
        int checked = 0;
        for (int r = 0; r < ROWS; r++) {
            for (int c = 0; c < COLS; c++) {
                int i = r * COLS + c;
                if (count[i] < full / 2) {
                    continue;
                }
                double mine = sum[i] / (double) count[i];
                double others = 0;
                int n = 0;
                for (int[] d : new int[][] {{-1, 0}, {1, 0}, {0, -1}, {0, 1}}) {
                    int cc = c + d[0];
                    int rr = r + d[1];
                    if (cc >= 0 && cc < COLS && rr >= 0 && rr < ROWS && count[rr * COLS + cc] >= full / 2) {
                        others += sum[rr * COLS + cc] / (double) count[rr * COLS + cc];
                        n++;
                    }
                }
                if (n == 0) {
                    continue;
                }
                others /= n;
                double contrast = (c + r) % 2 == 0 ? mine - others : others - mine;
                assertTrue(contrast >= 45, colour + ": cell " + c + "," + r + " is lost: "
                        + Math.round(mine) + " against " + Math.round(others));
                checked++;
            }
        }
        assertTrue(checked > COLS * ROWS * 0.9, "most cells are on the glass: " + checked);
        int pr = (colour.rgb() >> 16) & 0xFF;
        int pg = (colour.rgb() >> 8) & 0xFF;
        int pb = colour.rgb() & 0xFF;
        double[] seen = {rgb[0], rgb[1], rgb[2]};
        double seenMax = Math.max(seen[0], Math.max(seen[1], seen[2]));
        double phMax = Math.max(pr, Math.max(pg, pb));
        int[] ph = {pr, pg, pb};
        for (int ch = 0; ch < 3; ch++) {
            double want = ph[ch] / phMax;
            double got = seen[ch] / seenMax;
            assertTrue(Math.abs(got - want) < 0.12, colour + ": channel " + ch + " is " + String.format("%.2f", got)
                    + " of the brightest, the phosphor's is " + String.format("%.2f", want));
        }
    }
}
