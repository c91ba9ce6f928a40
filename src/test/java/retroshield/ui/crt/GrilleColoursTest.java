package retroshield.ui.crt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The folded grille tables give, for every light level, the colour the per-pixel arithmetic gives. */
class GrilleColoursTest {

    @ParameterizedTest
    @ValueSource(doubles = {0.05, 0.5, 1})
    void everyLevelGivesThePerPixelColour(double strength) {
        TubeTables t = new TubeTables(new TubeTables.Key(64, 48, 40, 12, 72, 1, 1, 1, 1, 0xFFB000, strength));
        int top = CrtComposer.LEVELS - 1;
        int[] lr = new int[CrtComposer.LEVELS];
        int[] lg = new int[CrtComposer.LEVELS];
        int[] lb = new int[CrtComposer.LEVELS];
        for (int i = 0; i < CrtComposer.LEVELS; i++) {
            lr[i] = Math.min(255, i / 3) << 16;
            lg[i] = Math.min(255, i / 2) << 8;
            lb[i] = Math.min(255, i / 4);
        }
        GrilleColours g = new GrilleColours(lr, lg, lb, t.maskRed, t.maskGreen, t.maskBlue);
        // the tube pass looks levels up without clamping: the brightest light with the most
        // noise at the highest gain must have its entry at every strength
        int brightest = ((SourceRaster.MAX_LIGHT + CrtComposer.MAX_NOISE) * TubeTables.MAX_GAIN) >> 8;
        assertTrue(g.cap >= brightest && g.size == g.cap + 1, "tables hold levels up to " + g.cap + ", need " + brightest);
        int[][] luts = {lr, lg, lb};
        int[][] weights = {t.maskRed, t.maskGreen, t.maskBlue};
        for (int x = 0; x < 6; x++) {
            for (int colour = 0; colour < 3; colour++) {
                int seg = (x % 3 * 3 + colour) * g.size;
                for (int level = 0; level < 8192; level++) {
                    int expected = luts[colour][Math.min(top, (level * weights[colour][x]) >> 8)];
                    int got = g.table[seg + Math.min(level, g.cap)] & 0xFFFFFF;
                    assertEquals(expected, got, "column " + x + " colour " + colour + " level " + level);
                }
            }
        }
    }
}
