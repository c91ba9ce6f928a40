package retroshield.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Separator;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import retroshield.ui.crt.CrtRenderer;
import retroshield.ui.crt.PhosphorColor;

/**
 * The main window, built in code: menu bar and toolbar (every action with a function-key or
 * Ctrl+Shift shortcut, so nothing typed into the terminal is taken), the terminal in the middle,
 * a side panel (library, ROM information, effects) and a status bar. Accepts dropped ROM files.
 */
public final class MainWindow extends BorderPane {

    private final AppViewModel model;
    private final Stage stage;
    private final DebuggerWindow debugger = new DebuggerWindow();
    private final TerminalPane terminal;
    private final TabPane side = new TabPane();

    public MainWindow(AppViewModel model, Stage stage, CrtRenderer renderer) {
        this.model = model;
        this.stage = stage;
        this.terminal = new TerminalPane(model, renderer);
        getStyleClass().add("main-window");

        side.getTabs().addAll(
                tab("Library", new RomLibraryPane(model, this::openDialog)),
                tab("ROM", new RomInfoPane(model, this::focusTerminal)),
                tab("Effects", new EffectsPane(model, this::chooseFontFile)));
        side.setPrefWidth(320);
        side.setMinWidth(0);

        setTop(new VBox(menuBar(), toolBar()));
        setCenter(terminal);
        setRight(side);
        setBottom(statusBar());
        acceptDrops();
    }

    public TerminalPane terminal() {
        return terminal;
    }

    public void focusTerminal() {
        terminal.crt().requestFocus();
    }

    private static Tab tab(String name, javafx.scene.Node content) {
        Tab t = new Tab(name, content);
        t.setClosable(false);
        return t;
    }

    private MenuBar menuBar() {
        Menu file = new Menu("_File", null,
                item("_Open ROM...", new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN,
                        KeyCombination.SHIFT_DOWN), this::openDialog),
                item("_Save state...", null, () -> DebuggerWindow.saveState(stage, model.sessionProperty().get())),
                item("_Load state...", null, () -> DebuggerWindow.loadState(stage, model.sessionProperty().get())),
                item("_Resume last session", null, model::resumeLastSession),
                item("_Quit", new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN,
                        KeyCombination.SHIFT_DOWN), stage::close));
        Menu edit = new Menu("_Edit", null,
                item("_Copy", new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN,
                        KeyCombination.SHIFT_DOWN), this::copy),
                item("_Paste", new KeyCodeCombination(KeyCode.V, KeyCombination.SHORTCUT_DOWN,
                        KeyCombination.SHIFT_DOWN), this::paste));
        Menu machine = new Menu("_Machine", null,
                item("_Run", new KeyCodeCombination(KeyCode.F5), model::run),
                item("_Pause", new KeyCodeCombination(KeyCode.F6), model::pause),
                item("_Step one instruction", new KeyCodeCombination(KeyCode.F10), model::step),
                item("Reset (_warm)", new KeyCodeCombination(KeyCode.F8), model::warmReset),
                item("Power _cycle (cold)", new KeyCodeCombination(KeyCode.F8, KeyCombination.SHIFT_DOWN),
                        model::coldReset));
        Menu speedMenu = new Menu("_Speed");
        ToggleGroup speeds = new ToggleGroup();
        for (SpeedPreset p : SpeedPreset.values()) {
            RadioMenuItem m = new RadioMenuItem(p.toString());
            m.setToggleGroup(speeds);
            m.setSelected(SpeedPreset.byKey(model.settings().speed()) == p);
            m.setOnAction(e -> model.setSpeed(p));
            model.settingsProperty().addListener((o, was, now) ->
                    m.setSelected(SpeedPreset.byKey(now.speed()) == p));
            speedMenu.getItems().add(m);
        }
        machine.getItems().addAll(speedMenu, pacingMenu(), new SeparatorMenuItem(), SdCardMenuItem.create(model));
        Menu view = new Menu("_View", null,
                item("_Full screen", new KeyCodeCombination(KeyCode.F11),
                        () -> stage.setFullScreen(!stage.isFullScreen())),
                item("Side _panel", new KeyCodeCombination(KeyCode.F9), this::toggleSide),
                item("_Debugger", new KeyCodeCombination(KeyCode.F12),
                        () -> debugger.toggle(stage, model.sessionProperty().get())),
                new SeparatorMenuItem(),
                terminalSizeMenu(),
                colourMenu(),
                comfortItem());
        Menu help = new Menu("_Help", null, item("_Debugger keys", null, () -> DebuggerWindow.showKeys(stage)));
        MenuBar bar = new MenuBar(file, edit, machine, view, help);
        return bar;
    }

    /** Input pacing: the ROM's choice, or one mode for this session (pastes and keys). */
    private Menu pacingMenu() {
        Menu menu = new Menu("Input pa_cing");
        ToggleGroup group = new ToggleGroup();
        RadioMenuItem rom = new RadioMenuItem("As the ROM says");
        rom.setToggleGroup(group);
        rom.setSelected(true);
        rom.setOnAction(e -> model.setPacing(null));
        menu.getItems().add(rom);
        for (retroshield.devices.InputPacing.Mode mode : retroshield.devices.InputPacing.Mode.values()) {
            RadioMenuItem m = new RadioMenuItem(mode.label());
            m.setToggleGroup(group);
            m.setOnAction(e -> model.setPacing(mode));
            menu.getItems().add(m);
        }
        model.sessionProperty().addListener((o, was, now) -> rom.setSelected(true));
        return menu;
    }

    /** The terminal sizes the View menu offers, as columns x rows. */
    static final int[][] TERMINAL_SIZES = {{80, 24}, {80, 25}, {40, 24}};

    private Menu terminalSizeMenu() {
        Menu menu = new Menu("_Terminal size");
        ToggleGroup group = new ToggleGroup();
        for (int[] size : TERMINAL_SIZES) {
            RadioMenuItem m = new RadioMenuItem(size[0] + " x " + size[1]);
            m.setToggleGroup(group);
            m.setSelected(model.settings().columns() == size[0] && model.settings().rows() == size[1]);
            m.setOnAction(e -> {
                model.setTerminalSize(size[0], size[1]);
                model.saveSettings();
            });
            model.settingsProperty().addListener((o, was, now) ->
                    m.setSelected(now.columns() == size[0] && now.rows() == size[1]));
            menu.getItems().add(m);
        }
        return menu;
    }

    private Menu colourMenu() {
        Menu menu = new Menu("_Colour");
        ToggleGroup group = new ToggleGroup();
        for (PhosphorColor c : PhosphorColor.values()) {
            RadioMenuItem m = new RadioMenuItem(c.label());
            m.setToggleGroup(group);
            m.setSelected(model.settings().crt().color() == c);
            m.setOnAction(e -> {
                model.updateSettings(s -> s.withCrt(s.crt().withColor(c)));
                model.saveSettings();
            });
            model.settingsProperty().addListener((o, was, now) -> m.setSelected(now.crt().color() == c));
            menu.getItems().add(m);
        }
        return menu;
    }

    private CheckMenuItem comfortItem() {
        CheckMenuItem m = new CheckMenuItem("C_omfort mode (no flicker, softer)");
        m.setSelected(model.settings().crt().comfort());
        m.setOnAction(e -> {
            model.updateSettings(s -> s.withCrt(s.crt().withComfort(m.isSelected())));
            model.saveSettings();
        });
        model.settingsProperty().addListener((o, was, now) -> m.setSelected(now.crt().comfort()));
        return m;
    }

    private static MenuItem item(String text, KeyCombination key, Runnable action) {
        MenuItem m = new MenuItem(text);
        if (key != null) {
            m.setAccelerator(key);
        }
        m.setOnAction(e -> action.run());
        return m;
    }

    private ToolBar toolBar() {
        ChoiceBox<SpeedPreset> speed = new ChoiceBox<>();
        speed.getItems().setAll(SpeedPreset.values());
        speed.setValue(SpeedPreset.byKey(model.settings().speed()));
        speed.setId("speed-choice");
        speed.valueProperty().addListener((o, was, now) -> {
            if (now != null && SpeedPreset.byKey(model.settings().speed()) != now) {
                model.setSpeed(now);
                focusTerminal();
            }
        });
        // the menu and the toolbar show the same speed: both follow the settings
        model.settingsProperty().addListener((o, was, now) -> speed.setValue(SpeedPreset.byKey(now.speed())));
        speed.setTooltip(new Tooltip("Clock speed"));
        return new ToolBar(
                button("Open", "Open a ROM image or metadata file (Ctrl+Shift+O)", this::openDialog),
                new Separator(),
                button("Run", "Run (F5)", model::run),
                button("Pause", "Pause (F6)", model::pause),
                button("Step", "Step one instruction (F10)", model::step),
                button("Reset", "Warm reset, like the board's button (F8)", model::warmReset),
                button("Power cycle", "Cold start: memory cleared (Shift+F8)", model::coldReset),
                new Separator(),
                new Label("Speed"), speed);
    }

    private Button button(String text, String tip, Runnable action) {
        Button b = new Button(text);
        b.setTooltip(new Tooltip(tip));
        b.setFocusTraversable(false);
        b.setOnAction(e -> {
            action.run();
            focusTerminal();
        });
        return b;
    }

    private HBox statusBar() {
        Label state = status(model.stateProperty(), "status-state");
        Label pc = status(model.pcProperty(), "status-pc");
        Label cycles = status(model.cyclesProperty(), "status-cycles");
        Label mhz = status(model.speedProperty(), "status-speed");
        Label notice = status(model.noticeProperty(), "status-notice");
        // the machine's figures keep their width; a long notice is the one that gets cut
        // (at its end, full text in the tooltip)
        for (Label l : List.of(state, pc, cycles, mhz)) {
            l.setMinWidth(Region.USE_PREF_SIZE);
        }
        notice.setMinWidth(0);
        notice.setMaxWidth(Double.MAX_VALUE);
        notice.setAlignment(javafx.geometry.Pos.CENTER_RIGHT);
        notice.setTextOverrun(javafx.scene.control.OverrunStyle.ELLIPSIS);
        Tooltip full = new Tooltip();
        full.textProperty().bind(model.noticeProperty());
        notice.setTooltip(full);
        HBox.setHgrow(notice, Priority.ALWAYS);
        HBox bar = new HBox(14, state, pc, cycles, mhz, notice);
        bar.getStyleClass().add("status-bar");
        return bar;
    }

    private static Label status(javafx.beans.value.ObservableValue<String> text, String id) {
        Label l = new Label();
        l.textProperty().bind(text);
        l.setId(id);
        return l;
    }

    private void toggleSide() {
        setRight(getRight() == null ? side : null);
    }

    private void copy() {
        String text = terminal.crt().selectedText();
        if (!text.isEmpty()) {
            ClipboardContent c = new ClipboardContent();
            c.putString(text);
            Clipboard.getSystemClipboard().setContent(c);
            model.setNotice("Copied " + text.length() + " characters");
        }
    }

    private void paste() {
        String text = Clipboard.getSystemClipboard().getString();
        if (text != null && !text.isEmpty()) {
            model.paste(text);
            focusTerminal();
        }
    }

    private void openDialog() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open ROM");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("ROMs (metadata, binary, Intel HEX)", "*.json", "*.bin",
                        "*.rom", "*.hex", "*.ihx"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        RomLocator.romsFolder().ifPresent(f -> chooser.setInitialDirectory(f.toFile()));
        File f = chooser.showOpenDialog(stage);
        if (f != null) {
            model.open(f.toPath());
        }
        focusTerminal();
    }

    private void chooseFontFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Choose a TrueType font");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("TrueType / OpenType", "*.ttf", "*.otf"));
        File f = chooser.showOpenDialog(stage);
        if (f != null) {
            model.updateSettings(s -> s.withFont(f.getAbsolutePath()));
            model.saveSettings();
        }
    }

    private void acceptDrops() {
        setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        setOnDragDropped(e -> {
            List<File> files = e.getDragboard().getFiles();
            boolean ok = files != null && !files.isEmpty() && model.open(Path.of(files.get(0).getPath()));
            e.setDropCompleted(ok);
            e.consume();
            focusTerminal();
        });
    }
}
