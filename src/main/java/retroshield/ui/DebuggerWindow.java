package retroshield.ui;

import java.io.File;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import retroshield.machine.SaveStateFile;

/**
 * The debugger's own window beside the terminal (View > Debugger, F12), one per ROM session,
 * and the File menu's save/load state.
 */
final class DebuggerWindow {

    private Stage stage;
    private MachineSession attachedTo;
    private DebugController controller;

    /** Shows the debugger for {@code session} (attaching and pausing), or hides it when shown. */
    void toggle(Window owner, MachineSession session) {
        if (session == null) {
            return;
        }
        if (stage != null && stage.isShowing() && attachedTo == session) {
            stage.hide();
            return;
        }
        if (attachedTo != session || stage == null) {
            if (stage != null) {
                stage.hide();
            }
            controller = DebugController.of(session);
            DebuggerPane pane = new DebuggerPane(controller);
            stage = new Stage();
            stage.initOwner(owner);
            stage.setTitle("Debugger - " + session.metadata().name());
            Scene scene = new Scene(pane, 980, 720);
            pane.installKeys(scene);
            stage.setScene(scene);
            attachedTo = session;
        }
        stage.show();
        controller.attach();
    }

    static void saveState(Window owner, MachineSession session) {
        if (session == null) {
            return;
        }
        FileChooser chooser = chooser("Save the machine's state");
        File file = chooser.showSaveDialog(owner);
        if (file != null) {
            Path path = file.toPath();
            session.runner().submit(m -> {
                try {
                    SaveStateFile.write(path, m.snapshot());
                } catch (java.io.IOException e) {
                    org.slf4j.LoggerFactory.getLogger(DebuggerWindow.class).warn("cannot save state to {}: {}", path, e.toString());
                }
            });
        }
    }

    static void loadState(Window owner, MachineSession session) {
        if (session == null) {
            return;
        }
        File file = chooser("Load a saved state").showOpenDialog(owner);
        if (file != null) {
            Path path = file.toPath();
            session.runner().submit(m -> {
                try {
                    m.restore(SaveStateFile.read(path));
                } catch (java.io.IOException | IllegalArgumentException e) {
                    org.slf4j.LoggerFactory.getLogger(DebuggerWindow.class).warn("cannot load state {}: {}", path, e.getMessage());
                }
            });
        }
    }

    private static FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Save states (*.state)", "*.state"));
        return chooser;
    }
}
