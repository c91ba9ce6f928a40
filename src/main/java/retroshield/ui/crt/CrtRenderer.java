package retroshield.ui.crt;

import java.nio.IntBuffer;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.Image;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import retroshield.terminal.TerminalFrame;

/**
 * Draws a {@link TerminalFrame} as a CRT picture into a canvas. The picture is built at the
 * terminal's own resolution by {@link TextRasterizer} and {@link EffectPasses} (persistence,
 * glow, colour, chromatic aberration), then {@link FrameComposer} scales it to the window's
 * device pixels (row by row, narrowed for the curvature) and darkens it by the cached
 * {@link CrtOverlay} factors (scanlines, vignette, rounded mask), so the canvas only copies one
 * opaque, unscaled image per frame. The flicker is not drawn here: see {@link #flickerOpacity}.
 * Knows nothing of where frames come from; call on the FX thread.
 */
public final class CrtRenderer {

    /** Blink period of the cursor and of blinking text (each phase). */
    public static final long BLINK_HALF_PERIOD_NANOS = 530_000_000L;
    /** Share of the window kept free around the picture. */
    public static final double MARGIN = 0.035;
    /** Deepest flicker dip at full strength. */
    public static final double FLICKER_DEPTH = 0.16;

    private GlyphAtlas atlas;
    private CrtSettings settings;

    private int surfaceWidth;
    private int surfaceHeight;
    private int[] intensity;
    private float[] previous;
    private int[] glow;
    private int[] argb;

    private final FrameComposer composer = new FrameComposer();
    private WritableImage screen;
    private PixelBuffer<IntBuffer> screenPixels;
    private IntBuffer screenBuffer;
    private int screenWidth;
    private int screenHeight;
    /** What the screen image shows; null when the surface or the image changed since. */
    private ComposedKey composed;

    private long lastNanos = Long.MIN_VALUE;
    private int residual;
    private SurfaceKey surfaceKey;

    public CrtRenderer(GlyphAtlas atlas, CrtSettings settings) {
        this.atlas = atlas;
        this.settings = settings;
    }

    public void setAtlas(GlyphAtlas atlas) {
        this.atlas = atlas;
        this.argb = null;
    }

    public GlyphAtlas atlas() {
        return atlas;
    }

    public void setSettings(CrtSettings settings) {
        this.settings = settings;
    }

    public CrtSettings settings() {
        return settings;
    }

    /**
     * True while the picture itself is still changing without new frames (a fading picture).
     * Flicker and the visual bell do not redraw the picture: {@link CrtView} applies them as a
     * brightness change of the finished picture.
     */
    public boolean animating() {
        return residual > 0;
    }

    /** True when the picture must be rebuilt at this time because it is still fading. */
    public boolean animationDue(long nanos) {
        return residual > 0;
    }

    /** How often the flicker level changes. */
    public static final int FLICKER_STEPS_PER_SECOND = 25;

    /** Which flicker step a time falls in (the level is constant within a step). */
    public static long flickerStep(long nanos) {
        return Math.floorDiv(nanos, 1_000_000_000L / FLICKER_STEPS_PER_SECOND);
    }

    /** Which blink phase a time falls in. */
    public static boolean blinkOn(long nanos) {
        return Math.floorMod(nanos / BLINK_HALF_PERIOD_NANOS, 2) == 0;
    }

    /**
     * Draws one picture.
     *
     * @param g         where to draw
     * @param width     logical width of the target
     * @param height    logical height of the target
     * @param scale     device pixels per logical pixel (the window's output scale)
     * @param frame     the screen
     * @param selection selected cells or null
     * @param nanos     the time (drives blink, flicker and fading)
     */
    public void render(GraphicsContext g, double width, double height, double scale,
                       TerminalFrame frame, TextSelection selection, long nanos) {
        Image image = compose(width, height, scale, frame, selection, nanos);
        g.setGlobalAlpha(1);
        g.setImageSmoothing(false);
        g.drawImage(image, 0, 0, image.getWidth() / scale, image.getHeight() / scale);
    }

    /**
     * Builds one picture into the returned image: opaque, {@code ceil(width * scale)} by
     * {@code ceil(height * scale)} device pixels, to be shown unscaled in device pixels. The same
     * image is updated in place while the size stays the same.
     */
    public Image compose(double width, double height, double scale,
                         TerminalFrame frame, TextSelection selection, long nanos) {
        CrtSettings s = settings.effective();
        SurfaceKey key = new SurfaceKey(frame, selection, blinkOn(nanos), s, atlas);
        if (residual > 0 || !key.equals(surfaceKey) || argb == null) {
            buildSurface(frame, selection, s, nanos);
            surfaceKey = key;
            composed = null;
        }

        Picture p = Picture.forFrame(width, height, frame, atlas);
        int deviceWidth = Math.max(1, (int) Math.ceil(width * scale));
        int deviceHeight = Math.max(1, (int) Math.ceil(height * scale));
        double linesPerDevice = p.height() * scale / surfaceHeight;
        FrameComposer.Geometry geometry = new FrameComposer.Geometry(deviceWidth, deviceHeight,
                p.x() * scale, p.y() * scale, p.width() * scale, p.height() * scale,
                surfaceWidth, surfaceHeight, CrtOverlay.scanlinePeriod(linesPerDevice),
                s.scanlines().amount(), s.vignette().amount(), s.curvature().amount());
        if (screen == null || screenWidth != deviceWidth || screenHeight != deviceHeight) {
            screenWidth = deviceWidth;
            screenHeight = deviceHeight;
            screenBuffer = IntBuffer.allocate(deviceWidth * deviceHeight);
            screenPixels = new PixelBuffer<>(deviceWidth, deviceHeight, screenBuffer,
                    PixelFormat.getIntArgbPreInstance());
            screen = new WritableImage(screenPixels);
            composed = null;
        }
        int glass = s.color().backgroundRgb();
        ComposedKey wanted = new ComposedKey(geometry, glass);
        if (!wanted.equals(composed)) {
            screenPixels.updateBuffer(b -> {
                composer.compose(geometry, argb, glass, screenBuffer.array());
                return null;
            });
            composed = wanted;
        }
        return screen;
    }

    /**
     * The opacity at which the finished picture is shown over black for the flicker at a time:
     * 1 without flicker, down to {@code 1 - FLICKER_DEPTH} at full strength.
     */
    public static double flickerOpacity(CrtSettings settings, long nanos) {
        double flicker = settings.effective().flicker().amount();
        return flicker <= 0 ? 1 : 1 - Math.min(1, flicker * FLICKER_DEPTH * flickerLevel(nanos));
    }

    /** 0..1: how far the brightness dips at a time (a mains hum plus irregular jitter). */
    public static double flickerLevel(long nanos) {
        long slot = flickerStep(nanos);
        double t = slot / (double) FLICKER_STEPS_PER_SECOND;
        long h = slot * 0x9E3779B97F4A7C15L;
        h ^= h >>> 29;
        h *= 0xBF58476D1CE4E5B9L;
        h ^= h >>> 32;
        double noise = (h & 0xFFFF) / 65535.0;
        double hum = 0.5 + 0.5 * Math.sin(2 * Math.PI * 7.3 * t);
        return 0.55 * noise + 0.45 * hum;
    }

    private void buildSurface(TerminalFrame frame, TextSelection selection, CrtSettings s, long nanos) {
        int w = TextRasterizer.width(frame, atlas);
        int h = TextRasterizer.height(frame, atlas);
        if (argb == null || w != surfaceWidth || h != surfaceHeight) {
            surfaceWidth = w;
            surfaceHeight = h;
            intensity = new int[w * h];
            previous = new float[w * h];
            glow = new int[w * h];
            argb = new int[w * h];
            lastNanos = Long.MIN_VALUE;
        }
        TextRasterizer.draw(frame, atlas, selection, blinkOn(nanos), intensity);
        double seconds = lastNanos == Long.MIN_VALUE ? 1 : (nanos - lastNanos) / 1e9;
        lastNanos = nanos;
        residual = EffectPasses.persistence(intensity, previous, s.persistence().amount(), seconds);
        double glowAmount = s.glow().amount();
        if (glowAmount > 0) {
            EffectPasses.glow(intensity, w, h, glow);
        }
        EffectPasses.colorize(intensity, glowAmount > 0 ? glow : null, glowAmount,
                EffectPasses.chromaShift(s.chromatic().amount()), s.color(), w, h, argb);
    }

    /** The picture's place in the target, keeping the aspect of the terminal. */
    public record Picture(double x, double y, double width, double height) {
        /**
         * Where a frame goes: the terminal's own aspect, except that 40-column screens use
         * double-width characters and so fill the same width as 80 columns.
         */
        public static Picture forFrame(double w, double h, TerminalFrame frame, GlyphAtlas atlas) {
            int widthFactor = frame.columns() == 40 ? 2 : 1;
            return fit(w, h, frame.columns() * atlas.cellWidth() * widthFactor,
                    frame.rows() * atlas.cellHeight(), MARGIN);
        }

        static Picture fit(double w, double h, int sw, int sh, double margin) {
            double aw = w * (1 - 2 * margin);
            double ah = h * (1 - 2 * margin);
            double k = Math.min(aw / sw, ah / sh);
            double pw = sw * k;
            double ph = sh * k;
            return new Picture((w - pw) / 2, (h - ph) / 2, pw, ph);
        }
    }

    /** What the picture at the terminal's resolution depends on (frames compared by identity). */
    private record SurfaceKey(TerminalFrame frame, TextSelection selection, boolean blink,
                              CrtSettings settings, GlyphAtlas atlas) {
        @Override
        public boolean equals(Object o) {
            return o instanceof SurfaceKey k && k.frame == frame && java.util.Objects.equals(k.selection, selection)
                    && k.blink == blink && k.settings.equals(settings) && k.atlas == atlas;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(frame);
        }
    }

    private record ComposedKey(FrameComposer.Geometry geometry, int glassRgb) {
    }
}
