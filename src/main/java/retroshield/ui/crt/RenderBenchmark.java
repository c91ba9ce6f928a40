package retroshield.ui.crt;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import retroshield.terminal.TerminalFrame;

/**
 * Measures the CRT renderer at 1920x1080 with every effect at full strength and the screen
 * changing every frame ({@code java -jar retroshield.jar --bench-render [frames]}):
 * <ol>
 * <li>composition alone ({@link CrtRenderer#composeInto}, two threads): mean, p99, CPU per
 *     frame;</li>
 * <li>in a real 1920x1080 window: an animation timer composes a new picture into the image
 *     shown on every pulse; reports the pulse interval (mean, p99, frames per second) and the
 *     process's CPU, including JavaFX's own rendering thread;</li>
 * <li>the same window with a still screen (only the animated effects redraw).</li>
 * </ol>
 */
public final class RenderBenchmark {

    static final int WIDTH = 1920;
    static final int HEIGHT = 1080;

    private RenderBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int frames = args.length > 0 ? frameCount(args[0]) : 600;
        String png = args.length > 1 ? args[1] : null;
        Platform.startup(() -> { });
        Platform.setImplicitExit(false);
        CompletableFuture<GlyphAtlas> atlasF = new CompletableFuture<>();
        String font = args.length > 2 ? args[2] : "dot-matrix";
        Platform.runLater(() -> atlasF.complete(benchAtlas(font)));
        GlyphAtlas atlas = atlasF.get(1, TimeUnit.MINUTES);
        if (png != null) {
            boolean max = args.length > 3 && args[3].equals("max");
            savePng(atlas, "dot-matrix".equals(font) ? null : benchScalable(font),
                    max ? maximum() : CrtSettings.defaults(), png);
            Platform.exit();
            return;
        }
        // -Dretroshield.bench=compose|window runs one part only
        String part = System.getProperty("retroshield.bench", "all");
        if (!part.equals("window")) {
            System.out.println(composeOnly(atlas, frames));
        }
        if (!part.equals("compose")) {
            System.out.println(window(atlas, frames, true));
            System.out.println(window(atlas, frames, false));
        }
        Platform.exit();
    }

    private static GlyphAtlas benchAtlas(String font) {
        try {
            Class<?> c = Class.forName("retroshield.ui.FontOptions");
            return (GlyphAtlas) c.getMethod("atlas", String.class).invoke(null, font);
        } catch (ReflectiveOperationException e) {
            return GlyphAtlas.blocks(10, 20);
        }
    }

    private static ScalableFont benchScalable(String font) {
        try {
            Class<?> c = Class.forName("retroshield.ui.FontOptions");
            return (ScalableFont) c.getMethod("scalable", String.class).invoke(null, font);
        } catch (ReflectiveOperationException e) {
            return null;
        }
    }

    static CrtSettings maximum() {
        if (Boolean.getBoolean("retroshield.bench.noFlicker")) {
            return CrtSettings.defaults().maximum().withFlicker(EffectSetting.off(1));
        }
        return CrtSettings.defaults().maximum();
    }

    /**
     * What the timed parts measure: every effect at maximum (the default), or with
     * {@code -Dretroshield.bench.settings=on} every effect switched on at the strength a newcomer
     * gets (the grille and burn-in, off by default, switched on at theirs); {@code =plain} switches
     * every effect off (what the window costs without them).
     */
    static CrtSettings measured() {
        if ("plain".equals(System.getProperty("retroshield.bench.settings"))) {
            return CrtSettings.plain();
        }
        if (!everyEffectOn()) {
            return maximum();
        }
        CrtSettings d = CrtSettings.defaults();
        CrtSettings on = d.withMask(d.mask().withEnabled(true)).withBurnIn(d.burnIn().withEnabled(true));
        return Boolean.getBoolean("retroshield.bench.noFlicker") ? on.withFlicker(on.flicker().withEnabled(false)) : on;
    }

    private static boolean everyEffectOn() {
        return "on".equals(System.getProperty("retroshield.bench.settings", "max"));
    }

    /** The benchmark's first argument: a positive number of frames. */
    static int frameCount(String arg) {
        try {
            int n = Integer.parseInt(arg.trim());
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("the number of frames must be a whole number above 0, not \""
                + arg + "\" (usage: --bench-render [frames] [picture.png [font [max]]])");
    }

    /** How the measured settings read in the report. */
    static String measuredName() {
        if ("plain".equals(System.getProperty("retroshield.bench.settings"))) {
            return "every effect off";
        }
        return everyEffectOn() ? "every effect on at its default strength" : "every effect at maximum";
    }

    /** Composition alone, off the FX thread, as fast as it goes. */
    static String composeOnly(GlyphAtlas atlas, int frames) {
        try (CrtRenderer r = new CrtRenderer(atlas, measured())) {
            int[] out = new int[WIDTH * HEIGHT];
            for (int i = 0; i < 60; i++) {
                r.composeInto(WIDTH, HEIGHT, SampleFrames.busy(80, 24, i), null, i * 16_666_667L, out);
            }
            long[] t = new long[frames];
            long[] c = new long[frames];
            long cpu0 = processCpuNanos();
            long wall0 = System.nanoTime();
            for (int i = 0; i < frames; i++) {
                TerminalFrame f = SampleFrames.busy(80, 24, 1000 + i);
                long c0 = composeThreadsCpuNanos();
                long t0 = System.nanoTime();
                r.composeInto(WIDTH, HEIGHT, f, null, (100 + i) * 16_666_667L, out);
                t[i] = System.nanoTime() - t0;
                c[i] = composeThreadsCpuNanos() - c0;
            }
            long wall = System.nanoTime() - wall0;
            long cpu = processCpuNanos() - cpu0;
            return String.format("compose only %dx%d, %d changing frames, %s, font %s:%n"
                            + "  frame time mean %.2f ms, p99 %.2f ms, max %.2f ms; CPU %.2f ms per frame"
                            + " (%.0f%% of one core at 60 frames/s)",
                    WIDTH, HEIGHT, frames, measuredName(), atlas.name(), mean(t), percentile(t, 99), percentile(t, 100),
                    cpu / 1e6 / frames, 100.0 * cpu / frames * 60 / 1e9)
                    + String.format("%n  (wall %.2f ms per frame)", wall / 1e6 / frames)
                    + String.format("%n  CPU per frame (the calling thread plus the compose worker): mean %.2f ms, p99 %.2f ms,"
                            + " max %.2f ms", mean(c), percentile(c, 99), percentile(c, 100))
                    + stillCompose(atlas, frames);
        }
    }

    /** The tube pass alone: a still screen without persistence, so the raster is not redrawn. */
    private static String stillCompose(GlyphAtlas atlas, int frames) {
        try (CrtRenderer r = new CrtRenderer(atlas, measured().withPersistence(EffectSetting.off(1)))) {
            int[] out = new int[WIDTH * HEIGHT];
            TerminalFrame f = SampleFrames.busy(80, 24, 1);
            long[] t = new long[frames];
            long cpu0 = 0;
            for (int i = -60; i < frames; i++) {
                if (i == 0) {
                    cpu0 = processCpuNanos();
                }
                long t0 = System.nanoTime();
                r.composeInto(WIDTH, HEIGHT, f, null, 0, out);
                if (i >= 0) {
                    t[i] = System.nanoTime() - t0;
                }
            }
            long cpu = processCpuNanos() - cpu0;
            return String.format("%n  tube pass alone (raster unchanged): mean %.2f ms, p99 %.2f ms; CPU %.2f ms per frame",
                    mean(t), percentile(t, 99), cpu / 1e6 / frames);
        }
    }

    /**
     * A real window showing a {@link CrtView} (the app's own screen node, flicker included):
     * pulse intervals, and the CPU each frame costs the FX thread, the compose worker and
     * JavaFX's renderer together (their thread clocks read at every pulse).
     */
    static String window(GlyphAtlas atlas, int frames, boolean changing) throws Exception {
        CompletableFuture<String> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            CrtRenderer r = new CrtRenderer(atlas, measured());
            TerminalFrame still = SampleFrames.busy(80, 24, 7);
            long[] version = {5000};
            // as in the app (-Dretroshield.composeThread=true or false chooses)
            CrtView view = CrtView.forApp(r, () -> changing ? SampleFrames.busy(80, 24, version[0]++) : still,
                    System::nanoTime);
            Stage stage = new Stage();
            stage.setScene(new Scene(view, WIDTH, HEIGHT));
            stage.show();
            long[] intervals = new long[frames];
            long[] cpu = new long[frames];
            // the pulse at which each new picture was shown, and how long after the one before
            long[] pictureGaps = new long[frames];
            int[] pictures = {0};
            // registered before the view's timer: runs first in every pulse
            new AnimationTimer() {
                private int n = -60;
                private long last;
                private long lastCpu;
                private long cpu0;
                private long wall0;
                private long redraws0;
                private ThreadCpu threads;
                private ThreadCpu fx;
                private ThreadCpu render;
                private long fx0;
                private long render0;
                private long seenRedraws;
                private long lastPicture = -1;

                @Override
                public void handle(long now) {
                    long t0 = System.nanoTime();
                    if (n == 0) {
                        // "crt-compose" also finds "crt-composer", the view's composing thread
                        threads = new ThreadCpu("JavaFX Application Thread", "crt-compose", "QuantumRenderer");
                        lastCpu = threads.nanos();
                        fx = new ThreadCpu("JavaFX Application Thread");
                        render = new ThreadCpu("QuantumRenderer");
                        fx0 = fx.nanos();
                        render0 = render.nanos();
                        cpu0 = processCpuNanos();
                        wall0 = t0;
                        redraws0 = view.redraws();
                    } else if (n > 0 && n <= frames) {
                        long c = threads.nanos();
                        intervals[n - 1] = t0 - last;
                        cpu[n - 1] = c - lastCpu;
                        lastCpu = c;
                        // the view showed a new picture in the pulse before this one
                        if (view.redraws() != seenRedraws) {
                            if (lastPicture >= 0) {
                                pictureGaps[pictures[0]++] = last - lastPicture;
                            }
                            lastPicture = last;
                        }
                    }
                    seenRedraws = view.redraws();
                    last = t0;
                    n++;
                    if (n == frames + 1) {
                        long wall = System.nanoTime() - wall0;
                        long process = processCpuNanos() - cpu0;
                        stop();
                        view.stop();
                        stage.close();
                        Platform.runLater(view::close);
                        result.complete(String.format("window %dx%d (CrtView, composed %s), %s, %s, pipeline %s:%n"
                                        + "  pulse interval median %.2f ms, p99 %.2f ms (%.1f pulses/s); pictures shown %d"
                                        + " of %d pulses;%n"
                                        + "  interval between new pictures: median %.2f ms, p99 %.2f ms (%.1f pictures/s);%n"
                                        + "  CPU per frame (FX thread + composing threads + JavaFX renderer, %d threads):"
                                        + " median %.2f ms, p99 %.2f ms, mean %.2f ms = %.0f%% of one core;%n"
                                        + "  of it the FX thread %.2f ms and the renderer %.2f ms per frame (mean);"
                                        + " whole process %.0f%% of one core",
                                WIDTH, HEIGHT, view.composesOnItsOwnThread() ? "on its own thread" : "in the pulse",
                                changing ? "screen changing every frame" : "still screen", measuredName(),
                                System.getProperty("prism.order", "default"),
                                percentile(intervals, 50), percentile(intervals, 99), 1000.0 / mean(intervals),
                                view.redraws() - redraws0, frames,
                                percentile(Arrays.copyOf(pictureGaps, Math.max(1, pictures[0])), 50),
                                percentile(Arrays.copyOf(pictureGaps, Math.max(1, pictures[0])), 99),
                                pictures[0] == 0 ? 0 : 1e9 * pictures[0] / Arrays.stream(pictureGaps).sum(),
                                threads.threads(),
                                percentile(cpu, 50), percentile(cpu, 99), mean(cpu),
                                100.0 * Arrays.stream(cpu).sum() / wall,
                                (fx.nanos() - fx0) / 1e6 / frames, (render.nanos() - render0) / 1e6 / frames,
                                100.0 * process / wall));
                    }
                }
            }.start();
            view.start();
        });
        return result.get(10, TimeUnit.MINUTES);
    }

    /** Saves one picture of the sample screen with every effect at maximum (for a look). */
    static void savePng(GlyphAtlas atlas, ScalableFont scalable, CrtSettings settings, String file)
            throws java.io.IOException {
        try (CrtRenderer r = new CrtRenderer(atlas, settings)) {
            r.setScalableFont(scalable);
            int[] out = new int[WIDTH * HEIGHT];
            for (int i = 0; i < 3; i++) {
                r.composeInto(WIDTH, HEIGHT, SampleFrames.busy(80, 24, 3), null, i * 16_666_667L, out);
            }
            java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(WIDTH, HEIGHT,
                    java.awt.image.BufferedImage.TYPE_INT_RGB);
            img.setRGB(0, 0, WIDTH, HEIGHT, out, 0, WIDTH);
            javax.imageio.ImageIO.write(img, "png", new java.io.File(file));
        }
    }

    /** CPU time of this thread plus the composer's worker threads (nanosecond resolution). */
    static long composeThreadsCpuNanos() {
        java.lang.management.ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long sum = mx.getCurrentThreadCpuTime();
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().equals("crt-compose")) {
                long v = mx.getThreadCpuTime(t.getId());
                sum += Math.max(0, v);
            }
        }
        return sum;
    }

    static long processCpuNanos() {
        java.lang.management.OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
            return sun.getProcessCpuTime();
        }
        return 0;
    }

    static double mean(long[] values) {
        return Arrays.stream(values).average().orElse(0) / 1e6;
    }

    static double percentile(long[] values, int p) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }
}
