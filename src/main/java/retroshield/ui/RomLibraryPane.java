package retroshield.ui;

import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import retroshield.rom.RomCatalogEntry;

/**
 * The ROM library: the bundled ROMs (name, language, one-line description), the recently used
 * ones, and an Open... button. Double-click or Enter opens a ROM.
 */
public final class RomLibraryPane extends VBox {

    public RomLibraryPane(AppViewModel model, Runnable openDialog) {
        getStyleClass().add("side-pane");
        setSpacing(6);
        setPadding(new Insets(8));

        ListView<RomCatalogEntry> bundled = new ListView<>(model.library());
        bundled.setCellFactory(v -> new EntryCell());
        bundled.setPrefHeight(260);
        onActivate(bundled, e -> model.open(e.metadataFile()));

        ListView<String> recent = new ListView<>();
        recent.setPrefHeight(160);
        model.settingsProperty().addListener((o, was, now) -> {
            if (!now.recentRoms().equals(recent.getItems())) {
                recent.getItems().setAll(now.recentRoms());
            }
        });
        recent.getItems().setAll(model.settings().recentRoms());
        recent.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : Path.of(item).getFileName().toString());
                setTooltip(empty || item == null ? null : new javafx.scene.control.Tooltip(item));
            }
        });
        onActivate(recent, p -> model.open(Path.of(p)));

        Button open = new Button("Open...");
        open.setMaxWidth(Double.MAX_VALUE);
        open.setOnAction(e -> openDialog.run());

        Label hint = new Label("Or drop a ROM image or .json file on the window.");
        hint.setWrapText(true);
        hint.getStyleClass().add("hint");

        VBox.setVgrow(bundled, Priority.ALWAYS);
        getChildren().addAll(heading("Bundled ROMs"), bundled, heading("Recent"), recent, open, hint);
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("heading");
        return l;
    }

    private static <T> void onActivate(ListView<T> list, Consumer<T> action) {
        list.setOnMouseClicked(e -> {
            T item = list.getSelectionModel().getSelectedItem();
            if (item != null && e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                action.accept(item);
            }
        });
        list.setOnKeyPressed(e -> {
            T item = list.getSelectionModel().getSelectedItem();
            if (item != null && e.getCode() == javafx.scene.input.KeyCode.ENTER) {
                action.accept(item);
            }
        });
    }

    /**
     * A library entry's heading: its name, then its language when the name does not already say
     * it ("Firth  \u00b7  Forth", but "Forth", not "Forth  \u00b7  Forth").
     */
    static String title(String name, String language) {
        if (language == null || language.isBlank()
                || name.toLowerCase(java.util.Locale.ROOT).contains(language.toLowerCase(java.util.Locale.ROOT))) {
            return name;
        }
        return name + "  \u00b7  " + language;
    }

    private static final class EntryCell extends ListCell<RomCatalogEntry> {
        @Override
        protected void updateItem(RomCatalogEntry item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label name = new Label(title(item.name(), item.language()));
            name.getStyleClass().add("rom-name");
            Label desc = new Label(item.description());
            desc.getStyleClass().add("rom-description");
            desc.setWrapText(true);
            desc.setMaxWidth(230);
            setText(null);
            setGraphic(new VBox(2, name, desc));
        }
    }
}
