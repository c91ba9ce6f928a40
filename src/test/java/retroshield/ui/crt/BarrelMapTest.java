package retroshield.ui.crt;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Selection follows the picture that is seen: the point-wise barrel map agrees with the tube's
 * remap table pixel by pixel, inverts exactly, and near a curved edge picks a different cell
 * than the undistorted layout would (the one drawn there).
 */
class BarrelMapTest {

    @ParameterizedTest
    @CsvSource({"1100,760,0.35", "1920,1080,1", "800,600,0"})
    void agreesWithTheRemapTableEverywhere(int w, int h, double curvature) {
        int cols = 80;
        int rows = 24;
        int cw = 8;
        int lpr = 12;
        int sw = cols * cw;
        int stride = sw + 2 * SourceRaster.PAD;
        TubeTables t = new TubeTables(new TubeTables.Key(w, h, sw, rows * lpr, stride, curvature, 0, 0, 0,
                0xFFFFFF, 0));
        int compared = 0;
        int agree = 0;
        for (int y = 0; y < h; y += 7) {
            for (int x = t.left[y]; x < t.right[y]; x += 5) {
                int m = t.map[y * w + x];
                int off = m >>> 8;
                if (off == t.blank) {
                    continue;
                }
                // the table samples between two raster pixels: its source point is the pixel
                // index plus the filter's fraction plus half a pixel (pixel centres)
                double u = off % stride - SourceRaster.PAD + (m & 0xFF) / 255.0 + 0.5;
                int col = (int) Math.floor(u / cw);
                int row = (off / stride - 1) / lpr;
                int[] cell = BarrelMap.cellAt(t.layout, curvature, x + 0.5, y + 0.5, cols, rows);
                compared++;
                agree += cell[0] == col && cell[1] == row ? 1 : 0;
            }
        }
        assertTrue(compared > 1000);
        // only pixels straddling a cell boundary (the table's rounding) may differ
        assertTrue(agree > compared * 0.995, agree + " of " + compared + " agree");
    }

    @ParameterizedTest
    @CsvSource({"0.5,0.5", "0.02,0.03", "0.97,0.5", "0.1,0.95", "0.99,0.99"})
    void targetOfInvertsPictureAt(double u, double v) {
        TubeLayout t = TubeLayout.of(1920, 1080, 1);
        double[] p = BarrelMap.targetOf(t, 1, u, v);
        assertArrayEquals(new double[] {u, v}, BarrelMap.pictureAt(t, 1, p[0], p[1]), 1e-9);
    }

    @ParameterizedTest
    @CsvSource({"1100,760", "1920,1080"})
    void nearACurvedEdgeTheSeenCellIsPicked(int w, int h) {
        TubeLayout t = TubeLayout.of(w, h, 1);
        // the middle of the first column's cell in the top row's neighbourhood, as drawn
        double[] seen = BarrelMap.targetOf(t, 1, 0.5 / 80, 3.5 / 24);
        assertArrayEquals(new int[] {0, 3}, BarrelMap.cellAt(t, 1, seen[0], seen[1], 80, 24));
        // the undistorted layout would have put a later column there (the edge bows in)
        int naive = (int) Math.floor((seen[0] - t.pictureX()) / t.pictureW() * 80);
        assertNotEquals(0, naive);
        assertEquals(1, Math.signum(seen[0] - t.pictureX()));
    }
}
