package retroshield.ui;

import javafx.animation.AnimationTimer;
import javafx.geometry.Orientation;
import javafx.scene.control.ScrollBar;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.BorderPane;
import retroshield.ui.crt.CrtRenderer;
import retroshield.ui.crt.CrtView;
import retroshield.ui.crt.FrameStats;

/**
 * The terminal as the user sees it: the {@link CrtView} with a scroll bar for the scrollback,
 * the mouse wheel, and the keyboard going to the running ROM.
 */
public final class TerminalPane extends BorderPane {

    /** Lines scrolled per wheel notch. */
    public static final int WHEEL_LINES = 3;

    private final AppViewModel model;
    private final CrtView crt;
    private final ScrollBar scrollBar = new ScrollBar();
    private boolean updatingBar;
    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            crt.pulse();
            syncScrollBar();
        }
    };

    public TerminalPane(AppViewModel model, CrtRenderer renderer) {
        this.model = model;
        this.crt = CrtView.forApp(renderer, model::frame, System::nanoTime);
        FrameStats stats = FrameStats.fromSystemProperty();
        if (stats != null) {
            stats.setMachineSources(() -> {
                MachineSession s = model.sessionProperty().get();
                return s == null ? 0 : s.bytesReceived();
            }, () -> {
                MachineSession s = model.sessionProperty().get();
                return s == null ? 0 : s.status().measuredMhz();
            });
        }
        crt.setFrameStats(stats);
        getStyleClass().add("terminal-pane");
        scrollBar.setOrientation(Orientation.VERTICAL);
        scrollBar.setMin(0);
        scrollBar.setMax(0);
        scrollBar.valueProperty().addListener((obs, was, now) -> scrolledByBar(now.doubleValue()));
        setCenter(crt);
        setRight(scrollBar);
        crt.addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
        crt.addEventHandler(KeyEvent.KEY_TYPED, this::keyTyped);
        crt.addEventHandler(ScrollEvent.SCROLL, this::wheel);
    }

    public CrtView crt() {
        return crt;
    }

    public void start() {
        timer.start();
    }

    public void stop() {
        timer.stop();
    }

    /** Stops for good: the CRT's composing thread ends. */
    public void close() {
        timer.stop();
        crt.close();
    }

    private void keyPressed(KeyEvent e) {
        MachineSession s = model.sessionProperty().get();
        if (s == null) {
            return;
        }
        byte[] bytes = TerminalKeys.pressed(e, s.keys());
        if (bytes.length > 0) {
            crt.clearSelection();
            s.send(bytes);
            e.consume();
        }
    }

    private void keyTyped(KeyEvent e) {
        MachineSession s = model.sessionProperty().get();
        if (s == null) {
            return;
        }
        byte[] bytes = TerminalKeys.typed(e, s.keys());
        if (bytes.length > 0) {
            crt.clearSelection();
            s.send(bytes);
            e.consume();
        }
    }

    private void wheel(ScrollEvent e) {
        MachineSession s = model.sessionProperty().get();
        if (s == null || e.getDeltaY() == 0) {
            return;
        }
        s.scrollBack(e.getDeltaY() > 0 ? WHEEL_LINES : -WHEEL_LINES);
        e.consume();
    }

    private void scrolledByBar(double value) {
        MachineSession s = model.sessionProperty().get();
        if (updatingBar || s == null) {
            return;
        }
        int wanted = (int) Math.round(scrollBar.getMax() - value);
        if (wanted != s.scrollOffset()) {
            s.scrollTo(wanted);
        }
    }

    private void syncScrollBar() {
        MachineSession s = model.sessionProperty().get();
        // from the published frame: the terminal's lock may be busy with a flood of output
        int history = s == null ? 0 : s.publishedHistorySize();
        int offset = s == null ? 0 : Math.min(history, s.frame().scrollOffset());
        updatingBar = true;
        try {
            scrollBar.setMax(history);
            scrollBar.setVisibleAmount(Math.max(1, history / 4.0));
            scrollBar.setValue(history - offset);
            scrollBar.setDisable(history == 0);
        } finally {
            updatingBar = false;
        }
    }
}
