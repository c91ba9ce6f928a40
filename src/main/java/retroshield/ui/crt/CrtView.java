package retroshield.ui.crt;

import java.util.function.LongSupplier;
import java.util.function.Supplier;
import javafx.animation.AnimationTimer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Rectangle2D;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Background;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.stage.Window;
import retroshield.terminal.TerminalFrame;

/**
 * The CRT screen node: an image view that shows the latest {@link TerminalFrame} from a supplier,
 * drawn by a {@link CrtRenderer}. On each animation pulse it takes the latest frame and asks for
 * a new picture only when something visible changed: a new frame, the size, the settings, the
 * blink phase, the selection, or a fading picture. Mouse dragging selects text.
 *
 * <p>Pictures are composed by a {@link CompositionPipeline}: in the app ({@link #threaded}) on a
 * thread of its own while JavaFX renders the previous picture, so a picture asked for at one
 * pulse is shown at the next; with the plain constructor (tests) inside the pulse itself. The
 * renderer belongs to the pipeline: settings and fonts go to it through this view.
 *
 * <p>The flicker is drawn into the picture by the renderer (a still screen with flicker is
 * redrawn at most {@value CrtRenderer#FLICKER_STEPS_PER_SECOND} times a second; an opacity on the
 * image would cost JavaFX's software pipeline a blend of every pixel on every frame). The visual
 * bell is a phosphor-coloured veil over the picture for {@value #BELL_FLASH_MILLIS} ms each time
 * the frame's bell count goes up.
 */
public final class CrtView extends Region {

    /** How long the visual bell lights the screen. */
    public static final long BELL_FLASH_MILLIS = 100;
    /** Opacity of the visual bell's veil. */
    public static final double BELL_FLASH_OPACITY = 0.35;

    /**
     * Shows the glass of the finished picture 1:1 in device pixels (no scaling): the only part
     * JavaFX redraws on screen for a new picture.
     */
    private final ImageView screen = new ImageView();
    /** The static bezel around the glass: top, bottom, left and right strips of one image. */
    private final ImageView[] bezel = {new ImageView(), new ImageView(), new ImageView(), new ImageView()};
    private final Rectangle bellVeil = new Rectangle();
    private final CompositionPipeline pipeline;
    private CrtSettings settings;
    private final Supplier<TerminalFrame> frames;
    private final LongSupplier clock;
    private final ReadOnlyObjectWrapper<TextSelection> selection = new ReadOnlyObjectWrapper<>(this, "selection");
    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            pulse();
        }
    };

    private TerminalFrame shown;
    /** The frame of the picture asked for last. */
    private TerminalFrame requested;
    private long pulseNumber;
    private boolean dirty = true;
    private boolean lastBlink;
    private double lastWidth;
    private double lastHeight;
    private double lastScale;
    private long redraws;
    private int[] dragStart;
    private long lastBellCount = -1;
    private long bellUntil = Long.MIN_VALUE;
    private FrameStats stats;
    /** The size the picture is drawn at (whole logical pixels). */
    private double width;
    private double height;

    /**
     * @param renderer draws the picture
     * @param frames   gives the latest frame (called on the FX thread, must be cheap)
     * @param clock    time in nanoseconds (System::nanoTime, or a fake in tests)
     */
    public CrtView(CrtRenderer renderer, Supplier<TerminalFrame> frames, LongSupplier clock) {
        this(CompositionPipeline.direct(renderer), renderer.settings(), frames, clock);
    }

    /**
     * A view whose pictures are composed on a thread of their own: the renderer is used by that
     * thread only from now on.
     */
    public static CrtView threaded(CrtRenderer renderer, Supplier<TerminalFrame> frames, LongSupplier clock) {
        return new CrtView(CompositionPipeline.threaded(renderer), renderer.settings(), frames, clock);
    }

    /** The system property that chooses where the app composes its pictures (true: own thread). */
    public static final String COMPOSE_THREAD_PROPERTY = "retroshield.composeThread";

    /**
     * The app's view: pictures composed on a thread of their own when the machine has at least
     * four cores (composing then overlaps JavaFX's rendering), inside the pulse on fewer (there
     * the threads would only take turns on the same cores, and composing in the pulse paces the
     * pictures better: see docs/desktop-app.md); {@value #COMPOSE_THREAD_PROPERTY} = true or
     * false chooses.
     */
    public static CrtView forApp(CrtRenderer renderer, Supplier<TerminalFrame> frames, LongSupplier clock) {
        String choice = System.getProperty(COMPOSE_THREAD_PROPERTY);
        boolean own = choice == null ? Runtime.getRuntime().availableProcessors() >= 4 : Boolean.parseBoolean(choice);
        return own ? threaded(renderer, frames, clock) : new CrtView(renderer, frames, clock);
    }

    /** True when pictures are composed on a thread of their own. */
    public boolean composesOnItsOwnThread() {
        return !pipeline.synchronous();
    }

    private CrtView(CompositionPipeline pipeline, CrtSettings settings, Supplier<TerminalFrame> frames,
                    LongSupplier clock) {
        this.pipeline = pipeline;
        this.settings = settings;
        this.frames = frames;
        this.clock = clock;
        getStyleClass().add("crt-view");
        setBackground(Background.fill(Color.BLACK));
        bellVeil.setMouseTransparent(true);
        bellVeil.setVisible(false);
        bellVeil.setOpacity(BELL_FLASH_OPACITY);
        screen.setSmooth(false);
        screen.setPreserveRatio(false);
        for (ImageView v : bezel) {
            v.setSmooth(false);
            v.setPreserveRatio(false);
            v.setVisible(false);
            getChildren().add(v);
        }
        getChildren().addAll(screen, bellVeil);
        setFocusTraversable(true);
        setMinSize(160, 100);
        setPrefSize(1024, 680);
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::mousePressed);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::mouseDragged);
    }

    public void start() {
        timer.start();
    }

    public void stop() {
        timer.stop();
    }

    /** The settings the picture is drawn with. */
    public CrtSettings settings() {
        return settings;
    }

    /** Stops composing for good (the composing thread ends; the renderer is closed). */
    public void close() {
        timer.stop();
        pipeline.close();
    }

    /**
     * Draws with another font from the next picture on: a fixed atlas, and a TrueType font
     * rasterised at the cell size (null: the atlas alone); see {@link CrtRenderer#setAtlas} and
     * {@link CrtRenderer#setScalableFont}.
     */
    public void setFont(GlyphAtlas atlas, ScalableFont scalable) {
        CompositionPipeline p = pipeline;
        p.onComposingThread(() -> p.renderer().setFont(atlas, scalable));
        dirty = true;
    }

    /** Settings changed or anything else that needs a redraw at the next pulse. */
    public void invalidate() {
        dirty = true;
    }

    public void setSettings(CrtSettings settings) {
        this.settings = settings;
        dirty = true;
    }

    public ReadOnlyObjectProperty<TextSelection> selectionProperty() {
        return selection.getReadOnlyProperty();
    }

    public void clearSelection() {
        selection.set(null);
        dirty = true;
    }

    /** The selected text of the frame on screen, lines joined with '\n' ("" when none). */
    public String selectedText() {
        TextSelection s = selection.get();
        TerminalFrame f = shown;
        return s == null || f == null ? "" : SelectionText.of(f, s);
    }

    /** The frame last drawn (null before the first pulse). */
    public TerminalFrame shownFrame() {
        return shown;
    }

    /** How many pictures have been shown. */
    public long redraws() {
        return redraws;
    }

    /** Records pulse intervals and drawing times (see {@link FrameStats}); null for none. */
    public void setFrameStats(FrameStats stats) {
        this.stats = stats;
    }

    /** True while the visual bell lights the screen. */
    public boolean bellShowing() {
        return bellVeil.isVisible();
    }

    /** One animation pulse: takes the latest frame and redraws if anything visible changed. */
    public void pulse() {
        long started = stats == null ? 0 : System.nanoTime();
        pulseAt(clock.getAsLong());
        if (stats != null) {
            stats.pulse(started, System.nanoTime() - started);
        }
    }

    private void pulseAt(long now) {
        TerminalFrame frame = frames.get();
        if (frame == null) {
            return;
        }
        updateBell(frame, now);
        pulseNumber++;
        showFinished();        // one picture per pulse
        double w = width;
        double h = height;
        double scale = outputScale();
        boolean blink = CrtRenderer.blinkOn(now);
        boolean changed = dirty || frame != requested || w != lastWidth || h != lastHeight
                || scale != lastScale || blink != lastBlink || pipeline.animationState().due(settings, now);
        if (!changed || w < 1 || h < 1) {
            return;
        }
        CompositionPipeline.Request request = new CompositionPipeline.Request(w, h, scale, frame, selection.get(),
                now, settings);
        pipeline.submit(request, pulseNumber);
        requested = frame;
        dirty = false;
        lastBlink = blink;
        lastWidth = w;
        lastHeight = h;
        lastScale = scale;
        if (pipeline.synchronous()) {
            showFinished();    // composed just now: shown at this pulse
        }
    }

    /** Shows the picture the pipeline finished, if any. */
    private void showFinished() {
        CompositionPipeline.Picture picture = pipeline.take(pulseNumber);
        if (picture == null) {
            return;
        }
        shown = picture.request().frame();
        double scale = picture.request().scale();
        Image image = picture.image();
        Rectangle2D box = picture.glassBox();
        if (getBackground() != null) {
            // the pictures cover the whole view from now on: no black fill under them every frame
            setBackground(null);
        }
        double iw = image.getWidth();
        double ih = image.getHeight();
        show(screen, image, box, scale);
        Image frameImage = picture.bezel();
        show(bezel[0], frameImage, new Rectangle2D(0, 0, iw, box.getMinY()), scale);
        show(bezel[1], frameImage, new Rectangle2D(0, box.getMaxY(), iw, ih - box.getMaxY()), scale);
        show(bezel[2], frameImage, new Rectangle2D(0, box.getMinY(), box.getMinX(), box.getHeight()), scale);
        show(bezel[3], frameImage, new Rectangle2D(box.getMaxX(), box.getMinY(), iw - box.getMaxX(),
                box.getHeight()), scale);
        redraws++;
    }

    /**
     * Shows a part of an image 1:1 in device pixels at its own place; touches the view only when
     * something changed, so that JavaFX does not redraw a view whose pixels stay the same.
     */
    private static void show(ImageView view, Image image, Rectangle2D part, double scale) {
        boolean visible = part.getWidth() >= 1 && part.getHeight() >= 1;
        if (view.isVisible() != visible) {
            view.setVisible(visible);
        }
        if (!visible) {
            return;
        }
        if (view.getImage() != image) {
            view.setImage(image);
        }
        if (!part.equals(view.getViewport())) {
            view.setViewport(part);
        }
        view.relocate(part.getMinX() / scale, part.getMinY() / scale);
        view.setFitWidth(part.getWidth() / scale);
        view.setFitHeight(part.getHeight() / scale);
    }

    private void updateBell(TerminalFrame frame, long now) {
        if (lastBellCount >= 0 && frame.bellCount() > lastBellCount) {
            bellUntil = now + BELL_FLASH_MILLIS * 1_000_000L;
            int rgb = settings.color().rgb();
            bellVeil.setFill(Color.rgb((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF));
        }
        lastBellCount = frame.bellCount();
        boolean show = now < bellUntil;
        if (bellVeil.isVisible() != show) {
            bellVeil.setVisible(show);
        }
    }

    private double outputScale() {
        Window window = getScene() == null ? null : getScene().getWindow();
        return window == null ? 1 : Math.max(1, window.getOutputScaleY());
    }

    @Override
    protected void layoutChildren() {
        double w = Math.floor(getWidth());
        double h = Math.floor(getHeight());
        if (width != w || height != h) {
            width = w;
            height = h;
            bellVeil.setWidth(w);
            bellVeil.setHeight(h);
            dirty = true;
        }
    }

    /** The cell (column,row) seen under a point of this node, clamped to the screen. */
    public int[] cellAt(double x, double y) {
        TerminalFrame f = shown != null ? shown : frames.get();
        if (f == null) {
            return new int[] {0, 0};
        }
        // through the barrel distortion: the cell that is seen under the point
        double curvature = settings.effective().curvature().amount();
        TubeLayout t = TubeLayout.of((int) Math.ceil(width), (int) Math.ceil(height), curvature);
        return BarrelMap.cellAt(t, curvature, x, y, f.columns(), f.rows());
    }

    private void mousePressed(MouseEvent e) {
        requestFocus();
        if (e.getButton() == MouseButton.PRIMARY) {
            dragStart = cellAt(e.getX(), e.getY());
            clearSelection();
        }
    }

    private void mouseDragged(MouseEvent e) {
        if (dragStart != null && e.isPrimaryButtonDown()) {
            int[] end = cellAt(e.getX(), e.getY());
            selection.set(new TextSelection(dragStart[0], dragStart[1], end[0], end[1]));
            dirty = true;
        }
    }
}
