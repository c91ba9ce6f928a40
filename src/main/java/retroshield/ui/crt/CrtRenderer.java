package retroshield.ui.crt;

import java.nio.IntBuffer;
import javafx.geometry.Rectangle2D;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.Image;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import retroshield.terminal.TerminalFrame;

/**
 * Draws a {@link TerminalFrame} as a CRT picture. {@link SourceRaster} draws the characters on
 * the emulated raster (fixed raster lines per character row) with persistence and bloom; then
 * {@link CrtComposer} builds the finished picture at the target's device pixels in one fused
 * pass (barrel remap, beam profile, aberration, noise, jitter, vignette, bezel) straight into the
 * int buffer behind a JavaFX {@link WritableImage} ({@link PixelBuffer#updateBuffer}, no copy).
 * The flicker is drawn into the picture (its brightness, see {@link #flickerOpacity}): dimming
 * the shown image instead costs JavaFX's software pipeline a blend of every pixel on every
 * frame. Knows nothing of where frames come from; call on the FX thread.
 */
public final class CrtRenderer implements AutoCloseable {

    /** Blink period of the cursor and of blinking text (each phase). */
    public static final long BLINK_HALF_PERIOD_NANOS = 530_000_000L;
    /** Deepest flicker dip at full strength. */
    public static final double FLICKER_DEPTH = 0.16;
    /**
     * Animated effects (noise, jitter) redraw a still screen at most this often: a PAL
     * broadcast's picture rate, and the flicker's step rate, so a still screen with noise and
     * flicker is redrawn 25 times a second, not at two interleaved rates.
     */
    public static final int ANIMATION_FPS = 25;

    private GlyphAtlas atlas;
    private ScalableFont scalable;
    private CrtSettings settings;

    private final SourceRaster raster = new SourceRaster();
    private final CrtComposer composer;
    private WritableImage screen;
    private PixelBuffer<IntBuffer> screenPixels;
    private IntBuffer screenBuffer;
    private int screenWidth;
    private int screenHeight;
    private SurfaceKey surfaceKey;
    private WritableImage bezelImage;
    private TubeTables bezelTables;
    private long frameNumber;
    private TubeTables.Key lastTablesKey;
    private long lastAnimationStep = Long.MIN_VALUE;

    public CrtRenderer(GlyphAtlas atlas, CrtSettings settings) {
        this(atlas, settings, 2);
    }

    /** @param threads how many threads compose a picture (1 or 2) */
    public CrtRenderer(GlyphAtlas atlas, CrtSettings settings, int threads) {
        this.atlas = atlas;
        this.settings = settings;
        this.composer = new CrtComposer(threads);
    }

    public void setAtlas(GlyphAtlas atlas) {
        this.atlas = atlas;
        this.scalable = null;
        this.surfaceKey = null;
    }

    /**
     * Draws with a TrueType font rasterised at the size of a character cell on the glass for
     * every target size (null: keep the fixed atlas of {@link #setAtlas}).
     */
    public void setScalableFont(ScalableFont font) {
        this.scalable = font;
        this.surfaceKey = null;
    }

    /** {@link #setAtlas} and {@link #setScalableFont} together. */
    public void setFont(GlyphAtlas atlas, ScalableFont scalable) {
        setAtlas(atlas);
        setScalableFont(scalable);
    }

    /** The cell size, in device pixels, a character has on the glass of a target this big. */
    public static int[] cellSize(TubeLayout layout, int columns, int rows) {
        return new int[] {(int) Math.max(2, Math.round(layout.pictureW() / columns)),
            (int) Math.max(2, Math.round(layout.pictureH() / rows))};
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
     * True while the picture itself changes without new frames: a fading picture, or an
     * animated effect (noise, jitter, flicker). The visual bell does not redraw the picture.
     */
    public boolean animating() {
        return animationState().animating(settings);
    }

    /** Noise and jitter change the picture every animation step. */
    static boolean moving(CrtSettings s) {
        return s.noise().amount() > 0 || s.jitter().amount() > 0;
    }

    /** A fading burnt-in ghost is redrawn this often (it changes slowly). */
    public static final int BURN_FPS = 10;
    private long lastBurnStep = Long.MIN_VALUE;

    private boolean burnDue(long nanos) {
        return raster.burnFading() && Math.floorDiv(nanos, 1_000_000_000L / BURN_FPS) != lastBurnStep;
    }

    /** True when the picture must be rebuilt at this time although nothing else changed. */
    public boolean animationDue(long nanos) {
        return animationState().due(settings, nanos);
    }

    /**
     * What decides whether the last picture must be redrawn although nothing else changed: an
     * immutable copy, so that a thread other than the composing one can ask
     * ({@link AnimationState#due}).
     */
    public AnimationState animationState() {
        return new AnimationState(raster.fading(), raster.burnFading(), lastAnimationStep, lastFlickerStep,
                lastBurnStep);
    }

    /**
     * The animation state of the last picture composed.
     *
     * @param fading        the persistence still fades it
     * @param burnFading    a burnt-in ghost still fades
     * @param animationStep the noise/jitter step it was composed in
     * @param flickerStep   the flicker step it was composed in
     * @param burnStep      the burn-in step it was composed in
     */
    public record AnimationState(boolean fading, boolean burnFading, long animationStep, long flickerStep,
                                 long burnStep) {

        /** True while the picture changes without new frames (see {@link CrtRenderer#animating}). */
        public boolean animating(CrtSettings settings) {
            CrtSettings s = settings.effective();
            return fading || burnFading || moving(s) || s.flicker().amount() > 0;
        }

        /** True when the picture must be rebuilt at this time with these settings. */
        public boolean due(CrtSettings settings, long nanos) {
            CrtSettings s = settings.effective();
            if (moving(s)) {
                // the flicker's level is taken at each of these steps too, and a fading picture or
                // ghost is redrawn with them (its decay follows the time, not the number of pictures)
                return Math.floorDiv(nanos, 1_000_000_000L / ANIMATION_FPS) != animationStep;
            }
            if (fading || burnFading && Math.floorDiv(nanos, 1_000_000_000L / BURN_FPS) != burnStep) {
                return true;
            }
            return s.flicker().amount() > 0 && CrtRenderer.flickerStep(nanos) != flickerStep;
        }
    }

    private long lastFlickerStep = Long.MIN_VALUE;

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

    /** Draws one picture into a canvas (tests and the benchmark's snapshot path). */
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
        int deviceWidth = Math.max(1, (int) Math.ceil(width * scale));
        int deviceHeight = Math.max(1, (int) Math.ceil(height * scale));
        if (screen == null || screenWidth != deviceWidth || screenHeight != deviceHeight) {
            screenWidth = deviceWidth;
            screenHeight = deviceHeight;
            screenBuffer = IntBuffer.allocate(deviceWidth * deviceHeight);
            screenPixels = new PixelBuffer<>(deviceWidth, deviceHeight, screenBuffer,
                    PixelFormat.getIntArgbPreInstance());
            screen = new WritableImage(screenPixels);
        }
        screenPixels.updateBuffer(b -> {
            boolean whole = composeInto(deviceWidth, deviceHeight, frame, selection, nanos, screenBuffer.array());
            // only the glass and the bevel reflecting it changed: upload just their bounds
            return whole ? null : lastGlassBox();
        });
        return screen;
    }

    /** The glass and the bevel reflecting it in the last picture composed (device pixels). */
    Rectangle2D lastGlassBox() {
        TubeTables tt = composer.tables(lastTablesKey);
        TubeLayout t = tt.layout;
        int w = tt.key.width();
        int h = tt.key.height();
        int m = tt.ringWidth + 1;
        double x0 = Math.max(0, Math.floor(t.glassX()) - m);
        double y0 = Math.max(0, Math.floor(t.glassY()) - m);
        double x1 = Math.min(w, Math.ceil(t.glassX() + t.glassW()) + m);
        double y1 = Math.min(h, Math.ceil(t.glassY() + t.glassH()) + m);
        return new Rectangle2D(x0, y0, x1 - x0, y1 - y0);
    }

    /**
     * The bezel of the last picture's size alone (the same image while the size and colour stay):
     * a view can show it around {@link #lastGlassBox()} so that only the glass is redrawn on screen.
     */
    public Image bezel() {
        TubeTables tt = composer.tables(lastTablesKey);
        if (bezelImage == null || bezelTables != tt) {
            int w = tt.key.width();
            int h = tt.key.height();
            bezelImage = new WritableImage(w, h);
            bezelImage.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), tt.bezel, 0, w);
            bezelTables = tt;
        }
        return bezelImage;
    }

    /**
     * Builds one picture into an ARGB array of width*height device pixels.
     *
     * @return true when every pixel was written, false when only the glass (the bezel around it
     *         is still there from before)
     */
    public boolean composeInto(int width, int height, TerminalFrame frame, TextSelection selection,
                            long nanos, int[] out) {
        CrtSettings s = settings.effective();
        if (scalable != null) {
            int[] cell = cellSize(TubeLayout.of(width, height, s.curvature().amount()),
                    frame.columns(), frame.rows());
            atlas = scalable.atlas(cell[0], cell[1]);
        }
        SurfaceKey key = new SurfaceKey(frame, selection, blinkOn(nanos), s, atlas);
        if (raster.fading() || s.burnIn().amount() > 0 && burnDue(nanos)
                || !key.equals(surfaceKey) || raster.lum == null) {
            lastBurnStep = Math.floorDiv(nanos, 1_000_000_000L / BURN_FPS);
            raster.draw(frame, atlas, selection, blinkOn(nanos), s.persistence().amount(),
                    s.glow().amount(), s.burnIn().amount(), nanos, composer.threads());
            surfaceKey = key;
        }
        lastAnimationStep = Math.floorDiv(nanos, 1_000_000_000L / ANIMATION_FPS);
        lastFlickerStep = flickerStep(nanos);
        TubeTables.Key tk = new TubeTables.Key(width, height, raster.width(), raster.lines(), raster.stride(),
                s.curvature().amount(), s.scanlines().amount(), s.vignette().amount(),
                s.chromatic().amount(), s.color().rgb(), s.mask().amount());
        lastTablesKey = tk;
        return composer.compose(raster, tk, s.color().rgb(), s.color().backgroundRgb(), flickerOpacity(s, nanos),
                s.noise().amount(), s.jitter().amount(), frameNumber++, nanos, out);
    }

    /** The layout of the tube in a target of this many device pixels. */
    public TubeLayout layout(int width, int height) {
        return TubeLayout.of(width, height, settings.effective().curvature().amount());
    }

    @Override
    public void close() {
        composer.close();
    }

    /**
     * The brightness of the glass's light for the flicker at a time (as if the picture were shown
     * at this opacity over black): 1 without flicker, down to {@code 1 - FLICKER_DEPTH} at full
     * strength.
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

    /** The undistorted picture's place in a target (logical pixels): the tube's raster area. */
    public record Picture(double x, double y, double width, double height) {
        public static Picture forFrame(double w, double h, TerminalFrame frame, GlyphAtlas atlas) {
            TubeLayout t = TubeLayout.of((int) Math.ceil(w), (int) Math.ceil(h), 0);
            return new Picture(t.pictureX(), t.pictureY(), t.pictureW(), t.pictureH());
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
}
