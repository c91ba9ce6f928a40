package retroshield.ui;

import javafx.geometry.Insets;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import retroshield.rom.MemoryRegion;
import retroshield.rom.RomExample;
import retroshield.rom.RomMetadata;
import retroshield.rom.SerialSpec;

/**
 * What the running ROM is: description, serial chip and ports, memory map, notes, and the
 * example lines; clicking an example types it (and Enter) into the terminal.
 */
public final class RomInfoPane extends ScrollPane {

    private final AppViewModel model;
    private final VBox content = new VBox(6);
    private final Runnable focusTerminal;

    public RomInfoPane(AppViewModel model, Runnable focusTerminal) {
        this.model = model;
        this.focusTerminal = focusTerminal;
        getStyleClass().add("side-pane");
        content.setPadding(new Insets(8));
        content.setFillWidth(true);
        setContent(content);
        setFitToWidth(true);
        model.sessionProperty().addListener((o, was, now) -> show(now == null ? null : now.metadata()));
        show(model.sessionProperty().get() == null ? null : model.sessionProperty().get().metadata());
    }

    private void show(RomMetadata m) {
        content.getChildren().clear();
        if (m == null) {
            content.getChildren().add(text("No ROM loaded."));
            return;
        }
        Label title = new Label(m.name() + (m.version() == null || m.version().isBlank() ? "" : " " + m.version()));
        title.getStyleClass().add("rom-title");
        content.getChildren().add(title);
        if (m.language() != null && !m.language().isBlank()) {
            content.getChildren().add(text("Language: " + m.language()));
        }
        content.getChildren().add(text(m.description()));
        content.getChildren().add(heading("Serial"));
        content.getChildren().add(text(serial(m.serial())));
        content.getChildren().add(text("Enter sends " + m.input().enter() + ", Backspace sends "
                + m.input().backspace() + (m.input().upperCase() ? ", letters upper-cased" : "")));
        if (m.storage() != null) {
            content.getChildren().add(heading("SD card (ports $10-$19)"));
            content.getChildren().add(text(m.storage().folder().toString()));
        }
        content.getChildren().add(heading("Memory map"));
        for (MemoryRegion r : m.memory()) {
            Label l = text(String.format("$%04X-$%04X  %s", r.start(), r.end(), r.type().jsonName()));
            l.getStyleClass().add("mono");
            content.getChildren().add(l);
        }
        if (!m.examples().isEmpty()) {
            content.getChildren().add(heading("Try these (click to type)"));
            for (RomExample ex : m.examples()) {
                Hyperlink link = new Hyperlink(ex.input());
                link.getStyleClass().add("mono");
                if (ex.expect() != null && !ex.expect().isBlank()) {
                    link.setTooltip(new Tooltip("Expected reply contains: " + ex.expect()));
                }
                link.setOnAction(e -> {
                    model.typeLine(ex.input());
                    link.setVisited(false);
                    focusTerminal.run();
                });
                content.getChildren().add(link);
            }
        }
        if (m.notes() != null && !m.notes().isBlank()) {
            content.getChildren().add(heading("Notes"));
            content.getChildren().add(text(m.notes()));
        }
        if (m.licence() != null && !m.licence().isBlank()) {
            content.getChildren().add(text("Licence: " + m.licence()));
        }
    }

    private static String serial(SerialSpec s) {
        String chip = switch (s.chip().jsonName()) {
            case "mc6850" -> "MC6850 ACIA";
            case "i8251" -> "Intel 8251 USART";
            default -> "detected at first access";
        };
        if (s.controlPort() < 0) {
            return chip;
        }
        return String.format("%s, control $%02X, data $%02X%s", chip, s.controlPort(), s.dataPort(),
                s.interruptDriven() ? ", interrupt-driven" : ", polled");
    }

    private static Label heading(String t) {
        Label l = new Label(t);
        l.getStyleClass().add("heading");
        return l;
    }

    private static Label text(String t) {
        Label l = new Label(t == null ? "" : t);
        l.setWrapText(true);
        return l;
    }
}
