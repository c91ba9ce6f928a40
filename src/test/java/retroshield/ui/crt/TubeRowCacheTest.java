package retroshield.ui.crt;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The tube pass keeps each row's filtered light while the raster and the row's shift stay; a
 * still screen redrawn for noise and jitter must give exactly the pixels a composer that filters
 * every row anew gives for the same frame.
 */
class TubeRowCacheTest {

    private static final int W = 640;
    private static final int H = 400;
    private static final int GREEN = 0x33FF66;

    @ParameterizedTest
    @ValueSource(doubles = {0, 1})
    void aStillScreenRedrawnForAnimationMatchesAFreshComposition(double grille) {
        SourceRaster raster = new SourceRaster();
        raster.draw(SampleFrames.busy(40, 12, 3), GlyphAtlas.blocks(8, 12), null, true, 0, 1, 0, 0);
        TubeTables.Key key = new TubeTables.Key(W, H, raster.width(), raster.lines(), raster.stride(),
                1, 1, 1, 1, GREEN, grille);
        int[] cached = new int[W * H];
        int changedRows = 0;
        try (CrtComposer still = new CrtComposer(2)) {
            int[] before = new int[W * H];
            for (int f = 0; f <= 24; f++) {
                long nanos = f * 33_333_334L;
                still.compose(raster, key, GREEN, 0x050805, 1, 1, 1, f, nanos, cached);
                if (f % 8 == 0) {
                    int[] fresh = new int[W * H];
                    try (CrtComposer anew = new CrtComposer(1)) {
                        anew.compose(raster, key, GREEN, 0x050805, 1, 1, 1, f, nanos, fresh);
                    }
                    assertArrayEquals(fresh, cached, "frame " + f);
                }
                changedRows += f > 0 && !java.util.Arrays.equals(before, cached) ? 1 : 0;
                System.arraycopy(cached, 0, before, 0, cached.length);
            }
        }
        // noise and jitter change the still picture at every step
        assertTrue(changedRows >= 20, "changed pictures " + changedRows);
    }

    /** One character changes: only the lines around it are rebuilt, the picture is as if all were. */
    @ParameterizedTest
    @ValueSource(doubles = {0, 1})
    void aFewChangedLinesGiveTheSamePictureAsAFreshComposition(double grille) {
        GlyphAtlas atlas = GlyphAtlas.blocks(8, 12);
        SourceRaster raster = new SourceRaster();
        java.util.List<String> lines = new java.util.ArrayList<>(java.util.List.of("HELLO", "", "", "", "", "WORLD"));
        raster.draw(SampleFrames.of(40, 12, lines, 1), atlas, null, true, 0, 1, 0, 0);
        TubeTables.Key key = new TubeTables.Key(W, H, raster.width(), raster.lines(), raster.stride(),
                1, 1, 1, 1, GREEN, grille);
        try (CrtComposer kept = new CrtComposer(2)) {
            int[] out = new int[W * H];
            for (int f = 0; f < 4; f++) {
                if (f == 3) {
                    lines.set(5, "WORLD!");
                    raster.draw(SampleFrames.of(40, 12, lines, 2), atlas, null, true, 0, 1, 0, f * 33_333_334L);
                }
                kept.compose(raster, key, GREEN, 0x050805, 1, 1, 1, f, f * 33_333_334L, out);
            }
            int[] fresh = new int[W * H];
            try (CrtComposer anew = new CrtComposer(1)) {
                anew.compose(raster, key, GREEN, 0x050805, 1, 1, 1, 3, 3 * 33_333_334L, fresh);
            }
            assertArrayEquals(fresh, out);
        }
    }
}
