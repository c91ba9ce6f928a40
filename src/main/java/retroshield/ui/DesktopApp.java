package retroshield.ui;

import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import retroshield.ui.crt.CrtRenderer;

/**
 * The desktop app. Only wires things together: settings, the view model, the renderer and the
 * main window; opens the default ROM (or the one given as the first argument) running.
 */
public final class DesktopApp extends Application {

    private AppViewModel model;
    private MainWindow window;

    @Override
    public void start(Stage stage) {
        model = new AppViewModel(SettingsStore.forUser());
        AppSettings settings = model.settings();
        CrtRenderer renderer = new CrtRenderer(FontOptions.atlas(settings.font()), settings.crt());
        renderer.setScalableFont(FontOptions.scalable(settings.font()));
        window = new MainWindow(model, stage, renderer);
        model.settingsProperty().addListener((o, was, now) -> {
            if (!now.crt().equals(was.crt())) {
                window.terminal().crt().setSettings(now.crt());
            }
            if (!now.font().equals(was.font())) {
                window.terminal().crt().setFont(FontOptions.atlas(now.font()), FontOptions.scalable(now.font()));
            }
        });

        Scene scene = new Scene(window, settings.windowWidth(), settings.windowHeight());
        scene.getStylesheets().add(DesktopApp.class.getResource("desktop.css").toExternalForm());
        stage.setTitle("RetroShield Z80");
        stage.getIcons().add(AppIcon.image(64));
        stage.setScene(scene);
        stage.setOnHidden(e -> stop());

        model.loadLibrary();
        List<String> args = getParameters().getUnnamed();
        model.openStartupRom(args.isEmpty() ? null : Path.of(args.get(0)));
        model.sessionProperty().addListener((o, was, now) -> stage.setTitle(
                now == null ? "RetroShield Z80" : "RetroShield Z80 \u2014 " + now.metadata().name()));
        if (model.sessionProperty().get() != null) {
            stage.setTitle("RetroShield Z80 \u2014 " + model.sessionProperty().get().metadata().name());
        }
        window.terminal().start();
        stage.show();
        window.focusTerminal();
    }

    /** The view model (tests). */
    public AppViewModel model() {
        return model;
    }

    /** The main window (tests). */
    public MainWindow window() {
        return window;
    }

    @Override
    public void stop() {
        if (model != null) {
            window.terminal().close();
            Scene scene = window.getScene();
            Stage s = (Stage) scene.getWindow();
            if (s != null && !s.isFullScreen() && scene.getWidth() > 0) {
                model.updateSettings(x -> x.withWindow(scene.getWidth(), scene.getHeight()));
            }
            model.saveLastSession();
            model.close();
            model = null;
        }
    }

    public static void main(String[] args) {
        java.util.logging.Logger quiet = quietClasspathWarning();
        launch(DesktopApp.class, args);
        quiet.setLevel(null);
    }

    /**
     * JavaFX warns "Unsupported JavaFX configuration: classes were loaded from 'unnamed module'"
     * at every start of a plain {@code java -jar} (JavaFX on the class path, as in this jar),
     * which is how the app is meant to run. Raises the level of JavaFX's own logger so the
     * warning is not printed; errors still are. Returns the logger (keep it referenced).
     */
    public static java.util.logging.Logger quietClasspathWarning() {
        java.util.logging.Logger javafx = java.util.logging.Logger.getLogger("javafx");
        javafx.setLevel(java.util.logging.Level.SEVERE);
        return javafx;
    }
}
