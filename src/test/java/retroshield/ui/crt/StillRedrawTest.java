package retroshield.ui.crt;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import retroshield.terminal.TerminalFrame;

/** When a picture that is not given new frames is redrawn. */
class StillRedrawTest {

    private static final long MS = 1_000_000L;
    private static final GlyphAtlas ATLAS = GlyphAtlas.blocks(8, 12);

    /** Composes a lit screen, then an empty one at 1 ms: the lit text starts to fade. */
    private static CrtRenderer fadingAfterClear(CrtSettings s) {
        CrtRenderer r = new CrtRenderer(ATLAS, s, 1);
        int[] out = new int[320 * 200];
        TerminalFrame lit = SampleFrames.of(20, 6, List.of("HELLO WORLD", "####"), 1);
        TerminalFrame empty = SampleFrames.of(20, 6, List.of(), 2);
        r.composeInto(320, 200, lit, null, 0, out);
        r.composeInto(320, 200, empty, null, MS, out);
        return r;
    }

    @Test
    void withNoiseAFadingPictureIsRedrawnAtTheAnimationSteps() {
        CrtSettings s = CrtSettings.plain().withPersistence(EffectSetting.on(1)).withNoise(EffectSetting.on(1));
        try (CrtRenderer r = fadingAfterClear(s)) {
            assertTrue(r.animating(), "the picture fades");
            assertFalse(r.animationDue(2 * MS), "not again within the same animation step");
            assertTrue(r.animationDue(1000 / CrtRenderer.ANIMATION_FPS * MS + MS), "at the next step");
        }
    }

    @Test
    void withoutMovingEffectsAFadingPictureIsRedrawnAtEveryPulse() {
        CrtSettings s = CrtSettings.plain().withPersistence(EffectSetting.on(1));
        try (CrtRenderer r = fadingAfterClear(s)) {
            assertTrue(r.animationDue(2 * MS));
        }
    }
}
