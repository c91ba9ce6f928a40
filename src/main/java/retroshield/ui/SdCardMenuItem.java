package retroshield.ui;

import java.awt.Desktop;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javafx.application.Platform;
import javafx.scene.control.MenuItem;
import retroshield.rom.StorageSpec;

/**
 * The Machine menu's SD card entry: shows the card's host folder (or that the ROM has none)
 * and opens it in the system's file manager.
 */
final class SdCardMenuItem {

    private SdCardMenuItem() {
    }

    static MenuItem create(AppViewModel model) {
        MenuItem item = new MenuItem();
        Runnable update = () -> {
            MachineSession session = model.sessionProperty().get();
            StorageSpec storage = session == null ? null : session.metadata().storage();
            item.setText(storage == null ? "SD card: none (metadata \"storage\" or run --sd)"
                    : "Open SD card folder: " + storage.folder());
            item.setDisable(storage == null);
        };
        model.sessionProperty().addListener((o, was, now) -> update.run());
        update.run();
        item.setOnAction(e -> {
            MachineSession session = model.sessionProperty().get();
            if (session != null && session.metadata().storage() != null) {
                open(model, session.metadata().storage().folder());
            }
        });
        return item;
    }

    /** Opens the folder (created if missing) off the FX thread; failures become a notice. */
    private static void open(AppViewModel model, Path folder) {
        Thread opener = new Thread(() -> {
            try {
                Files.createDirectories(folder);
                if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
                    Desktop.getDesktop().open(folder.toFile());
                } else {
                    new ProcessBuilder(fileManager(), folder.toString()).inheritIO().start();
                }
            } catch (IOException | RuntimeException ex) {
                Platform.runLater(() -> model.setNotice("Could not open " + folder + ": " + ex.getMessage()));
            }
        }, "open-sd-folder");
        opener.setDaemon(true);
        opener.start();
    }

    private static String fileManager() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            return "explorer";
        }
        return os.contains("mac") ? "open" : "xdg-open";
    }
}
