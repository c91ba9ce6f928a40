package retroshield.ui.crt;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import retroshield.terminal.TerminalFrame;

/**
 * Draws a {@link TerminalFrame} as a CRT picture into a canvas. The picture is built at the
 * terminal's own resolution by {@link TextRasterizer} and {@link EffectPasses} (persistence,
 * glow, colour, chromatic aberration), scaled to the window (in strips when the screen is
 * curved), then darkened by the cached {@link CrtOverlay} (scanlines, vignette, rounded mask)
 * and by the flicker. Knows nothing of where frames come from; call on the FX thread.
 */
public final class CrtRenderer {

    /** Blink period of the cursor and of blinking text (each phase). */
    public static final long BLINK_HALF_PERIOD_NANOS = 530_000_000L;
    /** Share of the window kept free around the picture. */
    public static final double MARGIN = 0.035;
    /** Deepest flicker dip at full strength. */
    public static final double FLICKER_DEPTH = 0.16;
    /** Picture lines per strip when drawing a curved screen. */
    private static final int CURVE_STRIP = 2;
    /** How much a full-strength curvature narrows the top and bottom lines. */
    private static final double CURVE_DEPTH = 0.05;

    private GlyphAtlas atlas;
    private CrtSettings settings;

    private int surfaceWidth;
    private int surfaceHeight;
    private int[] intensity;
    private float[] previous;
    private int[] glow;
    private int[] argb;
    private WritableImage surface;

    private OverlayKey overlayKey;
    private WritableImage overlay;

    private long lastNanos = Long.MIN_VALUE;
    private int residual;
    private SurfaceKey surfaceKey;
    private long lastFlickerStep = Long.MIN_VALUE;

    public CrtRenderer(GlyphAtlas atlas, CrtSettings settings) {
        this.atlas = atlas;
        this.settings = settings;
    }

    public void setAtlas(GlyphAtlas atlas) {
        this.atlas = atlas;
        this.surface = null;
    }

    public GlyphAtlas atlas() {
        return atlas;
    }

    public void setSettings(CrtSettings settings) {
        this.settings = settings;
        this.overlayKey = null;
    }

    public CrtSettings settings() {
        return settings;
    }

    /** True while an animated effect (flicker, a fading picture) needs redraws without changes. */
    public boolean animating() {
        CrtSettings s = settings.effective();
        return s.flicker().amount() > 0 || residual > 0;
    }

    /**
     * True when an animated effect changes the picture at this time: the picture is still
     * fading, or the flicker has moved on to its next step (it changes
     * {@value #FLICKER_STEPS_PER_SECOND} times a second, not at every pulse, which keeps a still
     * screen cheap).
     */
    public boolean animationDue(long nanos) {
        if (residual > 0) {
            return true;
        }
        return settings.effective().flicker().amount() > 0 && flickerStep(nanos) != lastFlickerStep;
    }

    /** How often the flicker level changes. */
    public static final int FLICKER_STEPS_PER_SECOND = 25;

    private static long flickerStep(long nanos) {
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
        CrtSettings s = settings.effective();
        SurfaceKey key = new SurfaceKey(frame, selection, blinkOn(nanos), s, atlas);
        if (residual > 0 || !key.equals(surfaceKey) || surface == null) {
            buildSurface(frame, selection, s, nanos);
            surfaceKey = key;
        }

        Color glass = Color.rgb((s.color().backgroundRgb() >> 16) & 0xFF,
                (s.color().backgroundRgb() >> 8) & 0xFF, s.color().backgroundRgb() & 0xFF);
        g.setGlobalAlpha(1);
        g.setFill(glass);
        g.fillRect(0, 0, width, height);

        Picture p = Picture.forFrame(width, height, frame, atlas);
        g.setImageSmoothing(true);
        double curve = s.curvature().amount();
        if (curve > 0) {
            drawCurved(g, p, curve);
        } else {
            g.drawImage(surface, p.x(), p.y(), p.width(), p.height());
        }

        int deviceWidth = Math.max(1, (int) Math.ceil(width * scale));
        int deviceHeight = Math.max(1, (int) Math.ceil(height * scale));
        double linesPerDevice = p.height() * scale / surfaceHeight;
        OverlayKey overlayWanted = new OverlayKey(deviceWidth, deviceHeight, (int) Math.round(p.y() * scale),
                CrtOverlay.scanlinePeriod(linesPerDevice), s.scanlines().amount(),
                s.vignette().amount(), curve);
        if (!overlayWanted.equals(overlayKey)) {
            OverlayKey k = overlayWanted;
            overlayKey = k;
            overlay = k.isEmpty() ? null : toImage(CrtOverlay.compute(k.width(), k.height(),
                    k.originY(), k.period(), k.scanlines(), k.vignette(), k.curvature()), k.width(), k.height());
        }
        if (overlay != null) {
            g.drawImage(overlay, 0, 0, deviceWidth / scale, deviceHeight / scale);
        }

        double flicker = s.flicker().amount();
        lastFlickerStep = flickerStep(nanos);
        if (flicker > 0) {
            g.setFill(Color.rgb(0, 0, 0, Math.min(1, flicker * FLICKER_DEPTH * flickerLevel(nanos))));
            g.fillRect(0, 0, width, height);
        }
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
        if (surface == null || w != surfaceWidth || h != surfaceHeight) {
            surfaceWidth = w;
            surfaceHeight = h;
            intensity = new int[w * h];
            previous = new float[w * h];
            glow = new int[w * h];
            argb = new int[w * h];
            surface = new WritableImage(w, h);
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
        surface.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbPreInstance(), argb, 0, w);
    }

    private void drawCurved(GraphicsContext g, Picture p, double curve) {
        double scaleY = p.height() / surfaceHeight;
        for (int sy = 0; sy < surfaceHeight; sy += CURVE_STRIP) {
            int sh = Math.min(CURVE_STRIP, surfaceHeight - sy);
            double mid = (sy + sh / 2.0) / surfaceHeight * 2 - 1;
            double inset = p.width() * CURVE_DEPTH * curve * mid * mid;
            g.drawImage(surface, 0, sy, surfaceWidth, sh,
                    p.x() + inset, p.y() + sy * scaleY, p.width() - 2 * inset, sh * scaleY + 0.5);
        }
    }

    private static WritableImage toImage(int[] pixels, int w, int h) {
        WritableImage img = new WritableImage(w, h);
        img.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbPreInstance(), pixels, 0, w);
        return img;
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

    private record OverlayKey(int width, int height, int originY, int period,
                              double scanlines, double vignette, double curvature) {
        boolean isEmpty() {
            return scanlines <= 0 && vignette <= 0 && curvature <= 0;
        }
    }
}
