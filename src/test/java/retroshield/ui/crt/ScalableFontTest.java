package retroshield.ui.crt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The TrueType font (Glass TTY when installed) is rasterised at the cell size of every target:
 * the atlas's cells are the glass's cells, and no horizontal stroke of a test glyph is lost at
 * any size (each lit band of a large reference rendering has a lit row at the cell size, and
 * each gap between two bands stays darker than the bands around it).
 */
class ScalableFontTest {

    private static ScalableFont font;

    @BeforeAll
    static void load() {
        font = Files.isReadable(FontChoice.GLASS_TTY) ? ScalableFont.load(FontChoice.GLASS_TTY)
                : ScalableFont.monospaced();
        assertNotNull(font);
    }

    /** Brightest coverage of each row of a glyph. */
    static int[] rowPeaks(GlyphAtlas a, int cp) {
        byte[] m = a.maskCopy(cp);
        int[] peaks = new int[a.cellHeight()];
        for (int y = 0; y < a.cellHeight(); y++) {
            for (int x = 0; x < a.cellWidth(); x++) {
                peaks[y] = Math.max(peaks[y], m[y * a.cellWidth() + x] & 0xFF);
            }
        }
        return peaks;
    }

    /** Lit bands (first,last row) where the peak is at least the threshold. */
    static List<int[]> bands(int[] peaks, int threshold) {
        List<int[]> out = new ArrayList<>();
        int start = -1;
        for (int y = 0; y <= peaks.length; y++) {
            boolean lit = y < peaks.length && peaks[y] >= threshold;
            if (lit && start < 0) {
                start = y;
            } else if (!lit && start >= 0) {
                out.add(new int[] {start, y - 1});
                start = -1;
            }
        }
        return out;
    }

    /** Horizontal strokes of 'E' (3) and '=' (2), seen as lit rows where the middle column is. */
    static int[] columnPeaks(GlyphAtlas a, int cp, int x) {
        byte[] m = a.maskCopy(cp);
        int[] col = new int[a.cellHeight()];
        for (int y = 0; y < a.cellHeight(); y++) {
            col[y] = Math.max(m[y * a.cellWidth() + x] & 0xFF, m[y * a.cellWidth() + x + 1] & 0xFF);
        }
        return col;
    }

    @ParameterizedTest
    @CsvSource({"800,600", "1100,760", "1920,1080", "2560,1440", "3840,2160", "640,400"})
    void everyStrokeOfATestGlyphSurvivesAtTheCellSize(int w, int h) {
        TubeLayout layout = TubeLayout.of(w, h, 0.5);
        int[] cell = CrtRenderer.cellSize(layout, 80, 24);
        GlyphAtlas atlas = font.atlas(cell[0], cell[1]);
        assertEquals(cell[0], atlas.cellWidth());
        assertEquals(cell[1], atlas.cellHeight());
        GlyphAtlas big = font.atlas(cell[0] * 8, cell[1] * 8);
        for (char c : new char[] {'E', '=', '#'}) {
            int midBig = big.cellWidth() / 2;
            List<int[]> reference = bands(columnPeaks(big, c, midBig), 128);
            assertTrue(reference.size() >= 2, c + ": reference has " + reference.size() + " strokes");
            int[] small = columnPeaks(atlas, c, atlas.cellWidth() / 2 - 1 + (cell[0] % 2));
            for (int[] band : reference) {
                int first = band[0] / 8;
                int last = Math.max(first, band[1] / 8);
                int peak = 0;
                for (int y = first; y <= last && y < small.length; y++) {
                    peak = Math.max(peak, small[y]);
                }
                assertTrue(peak >= 100, c + " at " + w + "x" + h + " (cell " + cell[0] + "x" + cell[1]
                        + "): stroke at rows " + first + ".." + last + " is lost, peak " + peak);
            }
        }
    }

    @ParameterizedTest
    @CsvSource({"1100,760,1", "1100,760,2", "1920,1080,1"})
    void theRendererUsesTheCellSizeOfTheTarget(int w, int h, int scale) {
        int dw = w * scale;
        int dh = h * scale;
        try (CrtRenderer r = new CrtRenderer(GlyphAtlas.blocks(8, 12), CrtSettings.plain(), 1)) {
            r.setScalableFont(font);
            r.composeInto(dw, dh, SampleFrames.busy(80, 24, 1), null, 0, new int[dw * dh]);
            int[] cell = CrtRenderer.cellSize(TubeLayout.of(dw, dh, 0), 80, 24);
            assertEquals(cell[0], r.atlas().cellWidth());
            assertEquals(cell[1], r.atlas().cellHeight());
            Assumptions.assumeTrue(cell[0] > 8);
        }
    }

    /** A glyph as the raster shows it: each raster line the brightest of the font rows it covers. */
    static int[][] rasterLines(GlyphAtlas a, int cp) {
        int ch = a.cellHeight();
        int cw = a.cellWidth();
        int lpr = SourceRaster.linesPerRow(ch, a.maxRowsPerLine());
        int per = (ch + lpr - 1) / lpr;
        byte[] m = a.maskCopy(cp);
        int[][] out = new int[lpr][cw];
        for (int y = 0; y < ch; y++) {
            for (int x = 0; x < cw; x++) {
                out[y / per][x] = Math.max(out[y / per][x], m[y * cw + x] & 0xFF);
            }
        }
        return out;
    }

    /**
     * On the raster, 'S' keeps its shape (a line lit only on the left, one lit only on the
     * right: it does not fill in to an '8'), at the cell sizes of several windows.
     */
    @ParameterizedTest
    @CsvSource({"1100,760", "1920,1080", "800,600", "2560,1440"})
    void theRasterKeepsTheShapeOfS(int w, int h) {
        int[] cell = CrtRenderer.cellSize(TubeLayout.of(w, h, 0.35), 80, 24);
        GlyphAtlas atlas = font.atlas(cell[0], cell[1]);
        boolean leftOnly = false;
        boolean rightOnly = false;
        for (int[] line : rasterLines(atlas, 'S')) {
            int left = 0;
            int right = 0;
            for (int x = 0; x < line.length; x++) {
                if (x < line.length / 3) {
                    left = Math.max(left, line[x]);
                } else if (x >= line.length * 2 / 3 - 1) {
                    right = Math.max(right, line[x]);
                }
            }
            leftOnly |= left > 150 && right < 60;
            rightOnly |= right > 150 && left < 60;
        }
        assertTrue(leftOnly && rightOnly, "S at " + w + "x" + h + " (cell " + cell[0] + "x" + cell[1]
                + "): left-only line " + leftOnly + ", right-only line " + rightOnly);
    }
}
