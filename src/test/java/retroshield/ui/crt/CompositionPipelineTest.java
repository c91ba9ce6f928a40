package retroshield.ui.crt;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import retroshield.terminal.TerminalFrame;

/** Pictures composed off the FX thread: what is shown, when, and which buffers are written. */
class CompositionPipelineTest {

    private static final GlyphAtlas ATLAS = GlyphAtlas.blocks(8, 12);
    private static final CrtSettings PLAIN = CrtSettings.plain();
    private static final int W = 320;
    private static final int H = 200;

    @BeforeAll
    static void toolkit() throws Exception {
        FxTestSupport.startToolkit();
    }

    private static CompositionPipeline.Request request(TerminalFrame f, long nanos) {
        return new CompositionPipeline.Request(W, H, 1, f, null, nanos, PLAIN);
    }

    private static TerminalFrame frame(String text, long version) {
        return SampleFrames.of(20, 6, List.of(text), version);
    }

    private static int[] pixels(CompositionPipeline.Picture p) {
        int[] out = new int[W * H];
        p.image().getPixelReader().getPixels(0, 0, W, H, javafx.scene.image.PixelFormat.getIntArgbInstance(), out, 0,
                W);
        return out;
    }

    @Test
    void aPictureComposedOnItsOwnThreadIsTheSameAsOneComposedInThePulse() throws Exception {
        TerminalFrame f = frame("HELLO", 1);
        int[] expected;
        try (CrtRenderer r = new CrtRenderer(ATLAS, PLAIN, 1)) {
            expected = new int[W * H];
            r.composeInto(W, H, f, null, 0, expected);
        }
        CompositionPipeline threaded = CompositionPipeline.threaded(new CrtRenderer(ATLAS, PLAIN, 1));
        try {
            FxTestSupport.onFx(() -> {
                threaded.submit(request(f, 0), 1);
                return null;
            });
            CompositionPipeline.Picture p = null;
            for (long pulse = 2; p == null && pulse < 2000; pulse++) {
                long at = pulse;
                p = FxTestSupport.onFx(() -> threaded.take(at));
                if (p == null) {
                    Thread.sleep(5);
                }
            }
            assertNotNull(p, "the picture arrives");
            CompositionPipeline.Picture shown = p;
            assertSame(f, shown.request().frame());
            assertArrayEquals(expected, FxTestSupport.onFx(() -> pixels(shown)));
            assertNull(FxTestSupport.onFx(() -> threaded.take(3000)), "each picture is shown once");
        } finally {
            threaded.close();
        }
    }

    @Test
    void theLatestRequestIsComposedAndRequestsInBetweenAreReplaced() throws Exception {
        CompositionPipeline threaded = CompositionPipeline.threaded(new CrtRenderer(ATLAS, PLAIN, 1));
        try {
            TerminalFrame last = frame("LAST", 99);
            FxTestSupport.onFx(() -> {
                for (int i = 0; i < 50; i++) {
                    threaded.submit(request(frame("F" + i, i), i), 1);
                }
                threaded.submit(request(last, 50), 1);
                return null;
            });
            List<TerminalFrame> shown = new ArrayList<>();
            for (long pulse = 2; pulse < 4000 && (shown.isEmpty() || shown.get(shown.size() - 1) != last); pulse++) {
                long at = pulse;
                CompositionPipeline.Picture p = FxTestSupport.onFx(() -> threaded.take(at));
                if (p != null) {
                    shown.add(p.request().frame());
                } else {
                    Thread.sleep(2);
                }
            }
            assertSame(last, shown.get(shown.size() - 1), "the last request is shown");
            assertTrue(shown.size() < 51, "requests that came while composing were replaced: " + shown.size());
        } finally {
            threaded.close();
        }
    }

    /** Takes the next finished picture at this pulse, waiting for it. */
    private static CompositionPipeline.Picture await(CompositionPipeline p, long pulse) throws Exception {
        for (int i = 0; i < 2000; i++) {
            CompositionPipeline.Picture got = FxTestSupport.onFx(() -> p.take(pulse));
            if (got != null) {
                return got;
            }
            Thread.sleep(2);
        }
        throw new AssertionError("no picture at pulse " + pulse);
    }

    @Test
    void aBufferReplacedAtAPulseIsNotComposedIntoBeforeTheNextPulse() throws Exception {
        CompositionPipeline threaded = CompositionPipeline.threaded(new CrtRenderer(ATLAS, PLAIN, 1));
        try {
            FxTestSupport.onFx(() -> {
                threaded.submit(request(frame("A", 1), 1), 1);
                return null;
            });
            CompositionPipeline.Picture a = await(threaded, 2);
            FxTestSupport.onFx(() -> {
                threaded.submit(request(frame("B", 2), 2), 2);
                return null;
            });
            CompositionPipeline.Picture b = await(threaded, 3);
            // A left the screen at pulse 3: JavaFX may still be uploading it
            FxTestSupport.onFx(() -> {
                threaded.submit(request(frame("C", 3), 3), 3);
                return null;
            });
            // still pulse 3 while it is composed (from pulse 4 on, A may be used again)
            CompositionPipeline.Picture c = await(threaded, 3);
            assertNotSame(a, c, "composed into the buffer replaced at the same pulse");
            assertNotSame(b, c, "composed into the buffer on screen");
            FxTestSupport.onFx(() -> {
                threaded.submit(request(frame("D", 4), 4), 4);
                return null;
            });
            assertSame(a, await(threaded, 4), "a buffer off screen since the pulse before is used again");
        } finally {
            threaded.close();
        }
    }

    @Test
    void theBufferOnScreenIsNeverComposedInto() throws Exception {
        CompositionPipeline direct = CompositionPipeline.direct(new CrtRenderer(ATLAS, PLAIN, 1));
        try {
            List<CompositionPipeline.Picture> shown = new ArrayList<>();
            FxTestSupport.onFx(() -> {
                for (long pulse = 1; pulse <= 8; pulse++) {
                    direct.submit(request(frame("P" + pulse, pulse), pulse), pulse);
                    shown.add(direct.take(pulse));
                }
                return null;
            });
            Set<CompositionPipeline.Picture> buffers = new HashSet<>(shown);
            for (int i = 1; i < shown.size(); i++) {
                assertNotSame(shown.get(i - 1), shown.get(i), "pulse " + (i + 1) + " composed into the picture on screen");
            }
            assertEquals(2, buffers.size(), "composed and shown in the same pulse, two buffers take turns");
        } finally {
            direct.close();
        }
    }
}
