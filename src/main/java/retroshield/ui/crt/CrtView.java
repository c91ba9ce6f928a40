package retroshield.ui.crt;

import java.util.function.LongSupplier;
import java.util.function.Supplier;
import javafx.animation.AnimationTimer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.canvas.Canvas;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import retroshield.terminal.TerminalFrame;

/**
 * The CRT screen node: a canvas that shows the latest {@link TerminalFrame} from a supplier,
 * drawn by a {@link CrtRenderer}. On each animation pulse it takes the latest frame and redraws
 * only when something visible changed: a new frame, the size, the settings, the blink phase, the
 * selection, or an animated effect (flicker, fading). Mouse dragging selects text.
 */
public final class CrtView extends Region {

    private final Canvas canvas = new Canvas();
    private final CrtRenderer renderer;
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
    private boolean dirty = true;
    private boolean lastBlink;
    private double lastWidth;
    private double lastHeight;
    private double lastScale;
    private long redraws;
    private int[] dragStart;

    /**
     * @param renderer draws the picture
     * @param frames   gives the latest frame (called on the FX thread, must be cheap)
     * @param clock    time in nanoseconds (System::nanoTime, or a fake in tests)
     */
    public CrtView(CrtRenderer renderer, Supplier<TerminalFrame> frames, LongSupplier clock) {
        this.renderer = renderer;
        this.frames = frames;
        this.clock = clock;
        getStyleClass().add("crt-view");
        getChildren().add(canvas);
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

    public CrtRenderer renderer() {
        return renderer;
    }

    /** Settings changed or anything else that needs a redraw at the next pulse. */
    public void invalidate() {
        dirty = true;
    }

    public void setSettings(CrtSettings settings) {
        renderer.setSettings(settings);
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

    /** How many pictures have been drawn. */
    public long redraws() {
        return redraws;
    }

    /** One animation pulse: takes the latest frame and redraws if anything visible changed. */
    public void pulse() {
        TerminalFrame frame = frames.get();
        if (frame == null) {
            return;
        }
        long now = clock.getAsLong();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        double scale = outputScale();
        boolean blink = CrtRenderer.blinkOn(now);
        boolean changed = dirty || frame != shown || w != lastWidth || h != lastHeight
                || scale != lastScale || blink != lastBlink || renderer.animationDue(now);
        if (!changed || w < 1 || h < 1) {
            return;
        }
        shown = frame;
        dirty = false;
        lastBlink = blink;
        lastWidth = w;
        lastHeight = h;
        lastScale = scale;
        renderer.render(canvas.getGraphicsContext2D(), w, h, scale, frame, selection.get(), now);
        redraws++;
    }

    private double outputScale() {
        Window window = getScene() == null ? null : getScene().getWindow();
        return window == null ? 1 : Math.max(1, window.getOutputScaleY());
    }

    @Override
    protected void layoutChildren() {
        double w = Math.floor(getWidth());
        double h = Math.floor(getHeight());
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            dirty = true;
        }
    }

    /** The cell (column,row) under a point of this node, clamped to the screen. */
    public int[] cellAt(double x, double y) {
        TerminalFrame f = shown != null ? shown : frames.get();
        if (f == null) {
            return new int[] {0, 0};
        }
        GlyphAtlas a = renderer.atlas();
        CrtRenderer.Picture p = CrtRenderer.Picture.forFrame(canvas.getWidth(), canvas.getHeight(), f, a);
        int col = (int) Math.floor((x - p.x()) / p.width() * f.columns());
        int row = (int) Math.floor((y - p.y()) / p.height() * f.rows());
        return new int[] {Math.max(0, Math.min(f.columns() - 1, col)), Math.max(0, Math.min(f.rows() - 1, row))};
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
