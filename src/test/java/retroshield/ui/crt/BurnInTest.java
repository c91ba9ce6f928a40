package retroshield.ui.crt;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import retroshield.terminal.TerminalFrame;

/**
 * Burn-in: a bright picture left for a long time leaves a ghost that fades slowly once the
 * screen goes dark; a picture shown briefly leaves none; without the effect there is none.
 */
class BurnInTest {

    private static final int W = 800;
    private static final int H = 600;
    private static final long SECOND = 1_000_000_000L;
    private static final CrtSettings PLAIN = CrtSettings.plain().withColor(PhosphorColor.WHITE);

    /** Green of the middle of the glass after `litSeconds` of a lit screen then `darkSeconds` dark. */
    static int ghost(CrtSettings s, double litSeconds, double darkSeconds, boolean[] stillFading) {
        TerminalFrame lit = CrtTubeTest.frame((c, r) -> true);
        TerminalFrame dark = CrtTubeTest.frame((c, r) -> false);
        try (CrtRenderer r = new CrtRenderer(GlyphAtlas.blocks(8, 12), s, 1)) {
            int[] px = new int[W * H];
            r.composeInto(W, H, lit, null, 0, px);
            long t = (long) (litSeconds * SECOND);
            r.composeInto(W, H, lit, null, t, px);
            // the lit picture stays unchanged (a still screen is not redrawn) until it goes dark
            r.composeInto(W, H, dark, null, t + 1, px);
            if (darkSeconds > 0) {
                r.composeInto(W, H, dark, null, t + 1 + (long) (darkSeconds * SECOND), px);
            }
            if (stillFading != null) {
                stillFading[0] = r.animationDue(t + 2 + (long) (darkSeconds * SECOND) + SECOND);
            }
            return CrtTubeTest.green(px[(H / 2) * W + W / 2]);
        }
    }

    @Test
    void aLongStaticPictureLeavesASlowlyFadingGhost() {
        CrtSettings burn = PLAIN.withBurnIn(EffectSetting.on(1));
        boolean[] fading = new boolean[1];
        int now = ghost(burn, 120, 0, fading);
        assertTrue(now > 40, "after two minutes lit, the dark screen still shows a ghost: " + now);
        assertTrue(fading[0], "the ghost keeps being redrawn while it fades");
        int later = ghost(burn, 120, 30, null);
        assertTrue(later < now && later > 10, "half a minute later it is fainter but there: " + now + " -> " + later);
        int gone = ghost(burn, 120, 600, new boolean[1]);
        assertTrue(gone < 10, "ten minutes later it is gone: " + gone);
    }

    @Test
    void aBriefPictureOrNoBurnInLeavesNoGhost() {
        int brief = ghost(PLAIN.withBurnIn(EffectSetting.on(1)), 0.5, 0, null);
        assertTrue(brief < 15, "half a second lit leaves next to nothing: " + brief);
        boolean[] fading = new boolean[1];
        int off = ghost(PLAIN.withBurnIn(EffectSetting.off(1)), 120, 0, fading);
        assertTrue(off < 10, "switched off: no ghost: " + off);
        assertFalse(fading[0]);
        int weak = ghost(PLAIN.withBurnIn(EffectSetting.on(0.3)), 120, 0, null);
        int strong = ghost(PLAIN.withBurnIn(EffectSetting.on(1)), 120, 0, null);
        assertTrue(weak < strong, "the strength sets how deep it burns: " + weak + " < " + strong);
    }

    /** The ghost a dark picture shows after a lit one was shown for `seconds` in steps of `step`. */
    private static int ghostAfter(double seconds, double step) {
        BurnIn burn = new BurnIn();
        int[] picture = new int[4];
        for (double t = 0; t < seconds - 1e-9; t += step) {
            java.util.Arrays.fill(picture, 255);
            burn.apply(picture, 1, step);
        }
        int[] dark = new int[4];
        burn.apply(dark, 1, step);
        return dark[0];
    }

    @Test
    void manyShortPicturesBurnInAsMuchAsOneLongOne() {
        // pictures at 60 a second bring the burn up to date only every UPDATE_SECONDS, with the
        // time of all the pictures since: the same burn as a picture shown for the whole time
        int once = ghostAfter(60, 60);
        int often = ghostAfter(60, 1.0 / 60);
        assertTrue(once > 40, "a minute lit burns in: " + once);
        assertTrue(Math.abs(once - often) <= 3, "one picture " + once + ", 3600 pictures " + often);
        assertTrue(ghostAfter(60, 1.0 / 60) > ghostAfter(10, 1.0 / 60) + 10, "longer burns deeper");
    }
}
