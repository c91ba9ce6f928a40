package retroshield.ui.crt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.layout.StackPane;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import retroshield.terminal.TerminalFrame;

/**
 * The effects that change the brightness of the whole picture in {@link CrtView}: the flicker
 * (drawn into the picture, at most once per flicker step) and the visual bell (a short flash
 * after a BEL). The whole view is snapshotted, so what is measured is what the user sees.
 */
class CrtViewEffectsTest {

    private static final int W = 400;
    private static final int H = 260;
    private static final int COLS = 20;
    private static final int ROWS = 8;
    private static final GlyphAtlas ATLAS = GlyphAtlas.blocks(8, 12);
    private static final CrtSettings PLAIN = CrtSettings.plain().withColor(PhosphorColor.WHITE);

    @BeforeAll
    static void startFx() throws Exception {
        FxTestSupport.startToolkit();
    }

    /** Half of the cells lit, with a given bell count. */
    private static TerminalFrame frame(long bells) {
        int[] cps = new int[COLS * ROWS];
        Arrays.fill(cps, ' ');
        byte[] attrs = new byte[COLS * ROWS];
        for (int i = 0; i < attrs.length; i += 2) {
            attrs[i] = TerminalFrame.REVERSE;
        }
        return new TerminalFrame(COLS, ROWS, cps, attrs, 0, 0, false, 0, bells, 1 + bells);
    }

    /** A view in a scene, driven by a fake clock and a settable frame. */
    private static final class Rig {
        final AtomicLong clock = new AtomicLong(1_000_000_000L);
        final AtomicReference<TerminalFrame> frame = new AtomicReference<>(frame(0));
        final CrtView view;

        Rig(CrtSettings settings) {
            view = new CrtView(new CrtRenderer(ATLAS, settings), frame::get, clock::get);
            view.setPrefSize(W, H);
            view.setMaxSize(W, H);
            new Scene(new StackPane(view), W, H).getRoot().layout();
        }

        double brightnessAt(long nanos) {
            clock.set(nanos);
            view.pulse();
            return mean(view.snapshot(null, null).getPixelReader());
        }
    }

    private static double mean(PixelReader r) {
        double sum = 0;
        int n = 0;
        for (int y = 0; y < H; y += 3) {
            for (int x = 0; x < W; x += 3) {
                int argb = r.getArgb(x, y);
                sum += (((argb >> 16) & 0xFF) + ((argb >> 8) & 0xFF) + (argb & 0xFF)) / 3.0;
                n++;
            }
        }
        return sum / n;
    }

    @Test
    void flickerVariesBrightnessOverTimeAndComfortModeStopsIt() throws Exception {
        double[] ranges = FxTestSupport.onFx(() -> {
            Rig on = new Rig(PLAIN.withFlicker(EffectSetting.on(1)));
            Rig off = new Rig(PLAIN);
            Rig comfort = new Rig(PLAIN.withFlicker(EffectSetting.on(1)).withComfort(true));
            double[] a = new double[12];
            double[] b = new double[12];
            double[] c = new double[12];
            for (int i = 0; i < a.length; i++) {
                long t = 1_070_000_000L + i * 41_000_000L;
                a[i] = on.brightnessAt(t);
                b[i] = off.brightnessAt(t);
                c[i] = comfort.brightnessAt(t);
            }
            return new double[] {range(a), range(b), range(c)};
        });
        assertTrue(ranges[0] > 2, "brightness range with flicker " + ranges[0]);
        assertEquals(0, ranges[1], 0.01, "steady without flicker");
        assertEquals(0, ranges[2], 0.01, "steady in comfort mode");
    }

    @Test
    void flickerRedrawsAStillPictureOnlyWhenItsStepChanges() throws Exception {
        long[] redraws = FxTestSupport.onFx(() -> {
            Rig on = new Rig(PLAIN.withFlicker(EffectSetting.on(1)));
            long step = 1_000_000_000L / CrtRenderer.FLICKER_STEPS_PER_SECOND;
            // 1.08 s: the start of a flicker step, and the cursor blink keeps its phase until 1.59 s
            long start = 27 * step;
            on.brightnessAt(start);
            long first = on.view.redraws();
            // pulses at 60 frames/s within one flicker step: nothing to redraw
            for (int i = 1; i * 16_000_000L < step; i++) {
                on.brightnessAt(start + i * 16_000_000L);
            }
            long within = on.view.redraws() - first;
            // one pulse in each of the next ten steps: one picture each
            for (int i = 1; i <= 10; i++) {
                on.brightnessAt(start + i * step + 1);
            }
            Rig off = new Rig(PLAIN);
            off.brightnessAt(start);
            long offFirst = off.view.redraws();
            for (int i = 1; i <= 10; i++) {
                off.brightnessAt(start + i * step + 1);
            }
            return new long[] {within, on.view.redraws() - first - within, off.view.redraws() - offFirst};
        });
        assertEquals(0, redraws[0], "no redraw within a flicker step");
        assertEquals(10, redraws[1], "one redraw per flicker step");
        assertEquals(0, redraws[2], "a still picture without flicker is not redrawn");
    }

    @Test
    void aBellFlashesTheScreenBriefly() throws Exception {
        double[] b = FxTestSupport.onFx(() -> {
            Rig rig = new Rig(PLAIN);
            double before = rig.brightnessAt(1_070_000_000L);
            rig.frame.set(frame(1));
            double flash = rig.brightnessAt(1_080_000_000L);
            boolean showing = rig.view.bellShowing();
            double after = rig.brightnessAt(1_080_000_000L + CrtView.BELL_FLASH_MILLIS * 1_000_000L + 1);
            return new double[] {before, flash, after, showing ? 1 : 0};
        });
        assertTrue(b[3] == 1, "bell shown");
        assertTrue(b[1] > b[0] + 20, "flash brighter: before " + b[0] + ", during " + b[1]);
        assertEquals(b[0], b[2], 0.5, "back to normal after the flash");
    }

    @Test
    void noFlashWithoutANewBell() throws Exception {
        boolean flashed = FxTestSupport.onFx(() -> {
            Rig rig = new Rig(PLAIN);
            rig.frame.set(frame(5));
            rig.brightnessAt(1_000_000_000L);
            TerminalFrame same = frame(5);
            rig.frame.set(same);
            rig.brightnessAt(1_020_000_000L);
            return rig.view.bellShowing();
        });
        assertFalse(flashed, "the first frame's old bells and a repeated count do not flash");
    }

    private static double range(double[] v) {
        return Arrays.stream(v).max().orElseThrow() - Arrays.stream(v).min().orElseThrow();
    }
}
