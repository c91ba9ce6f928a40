package retroshield.ui.crt;

import java.awt.image.BufferedImage;
import java.io.File;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.text.Font;
import javax.imageio.ImageIO;
import retroshield.terminal.TerminalFrame;

/**
 * Measures the CRT renderer: draws N changing frames at 1920x1080 with every effect on and
 * prints the median and 99th-percentile frame time, once for the Java side alone (building the
 * picture and queueing the canvas commands) and once including the canvas's own rendering
 * (forced with a snapshot, which also reads the pixels back, so it is an upper bound), plus the
 * share of one core the FX thread used. Usage:
 * {@code java -cp target/retroshield.jar retroshield.ui.crt.RenderBenchmark [frames] [out.png]}
 */
public final class RenderBenchmark {

    private static final int WIDTH = 1920;
    private static final int HEIGHT = 1080;

    private RenderBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int frames = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        String png = args.length > 1 ? args[1] : null;
        Platform.startup(() -> { });
        CompletableFuture<String> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(measure(frames, png));
            } catch (Exception | Error e) {
                result.completeExceptionally(e);
            }
        });
        System.out.println(result.get(10, TimeUnit.MINUTES));
        Platform.exit();
    }

    private static String measure(int frames, String png) throws Exception {
        Font font = FontChoice.defaultTrueType(20);
        GlyphAtlas atlas = font == null ? GlyphAtlas.blocks(10, 20) : TrueTypeAtlas.build(font);
        CrtSettings settings = CrtSettings.defaults().withFlicker(EffectSetting.on(0.25));
        CrtRenderer renderer = new CrtRenderer(atlas, settings);
        Canvas canvas = new Canvas(WIDTH, HEIGHT);
        SnapshotParameters params = new SnapshotParameters();
        WritableImage snap = new WritableImage(WIDTH, HEIGHT);
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long[] javaSide = new long[frames];
        long[] full = new long[frames];
        // warm-up
        for (int i = 0; i < 30; i++) {
            renderer.render(canvas.getGraphicsContext2D(), WIDTH, HEIGHT, 1, SampleFrames.busy(80, 24, i),
                    null, i * 16_666_667L);
            canvas.snapshot(params, snap);
        }
        long cpu0 = mx.getCurrentThreadCpuTime();
        long proc0 = processCpuNanos();
        long wall0 = System.nanoTime();
        for (int i = 0; i < frames; i++) {
            TerminalFrame frame = SampleFrames.busy(80, 24, i);
            long t0 = System.nanoTime();
            renderer.render(canvas.getGraphicsContext2D(), WIDTH, HEIGHT, 1, frame, null, i * 16_666_667L);
            long t1 = System.nanoTime();
            canvas.snapshot(params, snap);
            long t2 = System.nanoTime();
            javaSide[i] = t1 - t0;
            full[i] = t2 - t0;
        }
        long wall = System.nanoTime() - wall0;
        long cpu = mx.getCurrentThreadCpuTime() - cpu0;
        long proc = processCpuNanos() - proc0;
        // a still screen with flicker on: only the window-size passes are redrawn
        TerminalFrame still = SampleFrames.busy(80, 24, 7);
        long[] idle = new long[frames];
        for (int i = 0; i < frames; i++) {
            long t0 = System.nanoTime();
            renderer.render(canvas.getGraphicsContext2D(), WIDTH, HEIGHT, 1, still, null, (frames + i) * 16_666_667L);
            idle[i] = System.nanoTime() - t0;
            canvas.snapshot(params, snap);
        }
        if (png != null) {
            savePng(snap, new File(png));
        }
        return String.format("RenderBenchmark %dx%d, %d frames, all effects on, font %s (%dx%d cells)%n"
                        + "  picture build + canvas commands: median %.2f ms, p99 %.2f ms%n"
                        + "  including canvas rendering and read-back: median %.2f ms, p99 %.2f ms%n"
                        + "  still screen (flicker only), picture build + commands: median %.2f ms, p99 %.2f ms%n"
                        + "  pipeline %s; while drawing back to back: FX thread %.0f%% of one core,"
                        + " whole process %.0f%% of one core%n"
                        + "  CPU per changed frame: FX thread %.2f ms, whole process %.2f ms"
                        + " (at 60 changed frames/s: %.0f%% / %.0f%% of one core)",
                WIDTH, HEIGHT, frames, atlas.name(), atlas.cellWidth(), atlas.cellHeight(),
                percentile(javaSide, 50), percentile(javaSide, 99),
                percentile(full, 50), percentile(full, 99),
                percentile(idle, 50), percentile(idle, 99),
                System.getProperty("prism.order", "default"), 100.0 * cpu / wall, 100.0 * proc / wall,
                cpu / 1e6 / frames, proc / 1e6 / frames,
                100.0 * (cpu / (double) frames) * 60 / 1e9, 100.0 * (proc / (double) frames) * 60 / 1e9);
    }

    private static long processCpuNanos() {
        java.lang.management.OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
            return sun.getProcessCpuTime();
        }
        return 0;
    }

    private static double percentile(long[] values, int p) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }

    static void savePng(WritableImage image, File file) throws Exception {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        PixelReader r = image.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out.setRGB(x, y, r.getArgb(x, y));
            }
        }
        ImageIO.write(out, "png", file);
    }
}
