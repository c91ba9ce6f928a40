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

    /** The debugger's keys, as the Help menu lists them. */
    static final String KEYS = String.join("\n",
            "F12            open / close the debugger (pauses the machine)",
            "F5             continue (in the debugger window)",
            "Shift+F5       pause",
            "F10            step over (CALL, RST, LDIR-type repeats)",
            "F11            step into",
            "Shift+F11      step out",
            "Ctrl+F10       step back (reverse step)",
            "Gutter click   set / clear a breakpoint; right-click: run to cursor",
            "",
            "Command line:  retroshield debug ROM  (type help there)");

    static void showKeys(Window owner) {
        javafx.scene.control.Alert alert = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.INFORMATION);
        alert.initOwner(owner);
        alert.setTitle("Debugger keys");
        alert.setHeaderText("Debugger keys (as in VS Code / DeZog)");
        javafx.scene.control.Label text = new javafx.scene.control.Label(KEYS);
        text.setStyle("-fx-font-family: monospace;");
        alert.getDialogPane().setContent(text);
        alert.show();
    }
}
