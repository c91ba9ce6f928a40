package retroshield.ui;

import java.util.List;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import retroshield.cpu.Z80State;
import retroshield.debug.Register;

/**
 * The debugger view: toolbar (continue, pause, step into/over/out, step back, reverse
 * continue), registers and flags (changed ones highlighted, editable), the disassembly that
 * follows PC with a clickable breakpoint gutter and run-to-cursor, a memory view and editor,
 * the stack, the serial chip, the breakpoint list and the stopwatch. Keys as in VS Code /
 * DeZog: F5 continue, Shift+F5 pause, F10 over, F11 into, Shift+F11 out, Ctrl+F10 step back.
 * Everything goes through a {@link DebugController}; this class only shows its snapshots.
 */
public final class DebuggerPane extends BorderPane {

    static final Register[] SHOWN = {Register.AF, Register.BC, Register.DE, Register.HL, Register.IX, Register.IY,
        Register.SP, Register.PC, Register.AF_, Register.BC_, Register.DE_, Register.HL_, Register.I, Register.R};

    private final DebugController controller;
    private final ListView<DebugSnapshot.Line> listing = new ListView<>();
    private final TextField[] registers = new TextField[SHOWN.length];
    private final Label flags = new Label();
    private final Label message = new Label("not attached");
    private final Label stopwatch = new Label();
    private final TextArea memory = new TextArea();
    private final TextField memoryAddress = new TextField("PC");
    private final TextField pokeAddress = new TextField();
    private final TextField pokeValue = new TextField();
    private final ListView<String> stack = new ListView<>();
    private final ListView<String> breakpoints = new ListView<>();
    private final Label chip = new Label();
    private final TextField goTo = new TextField();
    private final TextField condition = new TextField();
    private final TextField watch = new TextField();
    private DebugSnapshot shown;

    public DebuggerPane(DebugController controller) {
        this.controller = controller;
        setId("debugger");
        controller.setListener(s -> Platform.runLater(() -> show(s)));
        setTop(toolbar());
        setCenter(listingPane());
        setRight(sidePane());
        setBottom(bottomPane());
        setPadding(new Insets(4));
    }

    /** Keys for the window that holds the pane. */
    public void installKeys(javafx.scene.Scene scene) {
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F5), controller::continueRun);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F5, KeyCombination.SHIFT_DOWN), controller::pause);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F10), controller::stepOver);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F11), controller::stepInto);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F11, KeyCombination.SHIFT_DOWN), controller::stepOut);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F10, KeyCombination.SHORTCUT_DOWN),
                controller::stepBack);
    }

    private HBox toolbar() {
        HBox bar = new HBox(4,
                button("Continue", "dbg-continue", "F5", controller::continueRun),
                button("Pause", "dbg-pause", "Shift+F5", controller::pause),
                button("Step over", "dbg-over", "F10", controller::stepOver),
                button("Step into", "dbg-into", "F11", controller::stepInto),
                button("Step out", "dbg-out", "Shift+F11", controller::stepOut),
                button("Step back", "dbg-back", "Ctrl+F10", controller::stepBack),
                button("Reverse continue", "dbg-rcontinue", "back to the previous breakpoint", controller::reverseContinue),
                goTo, button("Go", "dbg-goto", "show an address or symbol", this::goTo));
        goTo.setId("dbg-goto-text");
        goTo.setPromptText("address or symbol");
        goTo.setOnAction(e -> goTo());
        bar.setPadding(new Insets(0, 0, 4, 0));
        return bar;
    }

    private static Button button(String text, String id, String tip, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        b.setFocusTraversable(false);
        return b;
    }

    private VBox listingPane() {
        listing.setId("dbg-listing");
        listing.setCellFactory(v -> new LineCell());
        listing.setPrefWidth(560);
        listing.setStyle("-fx-font-family: monospace;");
        message.setId("dbg-message");
        VBox.setVgrow(listing, Priority.ALWAYS);
        HBox conditional = new HBox(4, new Label("Breakpoint at the selected line if"), condition,
                button("Add", "dbg-add-conditional", "conditional breakpoint, e.g. A == $0D && (HL) != 0", this::addConditional));
        condition.setId("dbg-condition");
        HBox.setHgrow(condition, Priority.ALWAYS);
        return new VBox(4, message, listing, conditional);
    }

    private void goTo() {
        String text = goTo.getText().trim();
        if (!text.isEmpty()) {
            controller.goTo(text, address -> Platform.runLater(() -> scrollTo(address)));
        }
    }

    private void scrollTo(int address) {
        memoryAddress.setText(String.format("$%04X", address));
        refreshMemory();
    }

    private void addConditional() {
        DebugSnapshot.Line line = listing.getSelectionModel().getSelectedItem();
        if (line != null) {
            controller.addBreakpoint(String.format("$%04X", line.address()), condition.getText(), null);
        }
    }

    private VBox sidePane() {
        GridPane grid = new GridPane();
        grid.setHgap(4);
        grid.setVgap(2);
        for (int i = 0; i < SHOWN.length; i++) {
            Register r = SHOWN[i];
            TextField f = new TextField();
            f.setId("dbg-reg-" + r.name());
            f.setPrefColumnCount(5);
            f.setStyle("-fx-font-family: monospace;");
            f.setOnAction(e -> editRegister(r, f));
            registers[i] = f;
            grid.add(new Label(r.text()), (i % 2) * 2, i / 2);
            grid.add(f, (i % 2) * 2 + 1, i / 2);
        }
        flags.setId("dbg-flags");
        flags.setStyle("-fx-font-family: monospace;");
        stopwatch.setId("dbg-stopwatch");
        stopwatch.setWrapText(true);
        stopwatch.setMaxWidth(280);
        stack.setId("dbg-stack");
        stack.setPrefHeight(180);
        stack.setStyle("-fx-font-family: monospace;");
        breakpoints.setId("dbg-breakpoints");
        breakpoints.setPrefHeight(120);
        VBox side = new VBox(4, new Label("Registers (Enter sets)"), grid, flags,
                new HBox(4, stopwatch, button("Reset", "dbg-stopwatch-reset", "reset the stopwatch", controller::resetStopwatch)),
                new Label("Stack"), stack, new Label("Breakpoints and watchpoints (Delete removes)"), breakpoints,
                new HBox(4, watch, button("Watch", "dbg-watch-add", "e.g. w $2000..$20FF if value == 'Q'", this::addWatch)));
        watch.setId("dbg-watch");
        watch.setPromptText("[r|w|rw] ADDR[..END] [if COND]");
        watch.setOnAction(e -> addWatch());
        HBox.setHgrow(watch, Priority.ALWAYS);
        breakpoints.setOnKeyPressed(e -> {
            String item = breakpoints.getSelectionModel().getSelectedItem();
            if ((e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) && item != null) {
                java.util.regex.Matcher mt = java.util.regex.Pattern.compile("#(\\d+)").matcher(item);
                if (mt.find()) {
                    controller.remove(Integer.parseInt(mt.group(1)));
                }
            }
        });
        side.setPadding(new Insets(0, 0, 0, 6));
        side.setPrefWidth(360);
        return side;
    }

    private void addWatch() {
        if (!watch.getText().isBlank()) {
            controller.addWatchpoint(watch.getText());
        }
    }

    private void editRegister(Register r, TextField f) {
        try {
            String t = f.getText().trim().replace("$", "");
            controller.setRegister(r, Integer.parseInt(t, 16));
        } catch (NumberFormatException e) {
            message.setText(r.text() + ": \"" + f.getText() + "\" is not a hex number");
        }
    }

    private VBox bottomPane() {
        memory.setId("dbg-memory");
        memory.setEditable(false);
        memory.setPrefRowCount(8);
        memory.setStyle("-fx-font-family: monospace;");
        memoryAddress.setId("dbg-memory-address");
        memoryAddress.setOnAction(e -> refreshMemory());
        pokeAddress.setId("dbg-poke-address");
        pokeAddress.setPromptText("address");
        pokeValue.setId("dbg-poke-value");
        pokeValue.setPromptText("byte");
        chip.setId("dbg-chip");
        HBox row = new HBox(4, new Label("Memory at (address or register)"), memoryAddress,
                new Label("  Write"), pokeAddress, new Label("="), pokeValue,
                button("Write", "dbg-poke", "write the byte (ROM too)", this::poke));
        return new VBox(4, row, memory, chip);
    }

    private void poke() {
        try {
            int a = Integer.parseInt(pokeAddress.getText().trim().replace("$", ""), 16);
            int v = Integer.parseInt(pokeValue.getText().trim().replace("$", ""), 16);
            controller.poke(a, v);
        } catch (NumberFormatException e) {
            message.setText("write: address and byte are hex numbers, e.g. 2000 and 3F");
        }
    }

    /** Shows a snapshot (FX thread). */
    void show(DebugSnapshot s) {
        shown = s;
        message.setText(s.message());
        listing.getItems().setAll(s.listing());
        for (int i = 0; i < SHOWN.length; i++) {
            Register r = SHOWN[i];
            int v = r.of(s.cpu());
            registers[i].setText(r.bits() == 8 ? String.format("%02X", v) : String.format("%04X", v));
            boolean changed = v != r.of(s.previous());
            registers[i].setStyle("-fx-font-family: monospace;" + (changed ? " -fx-text-fill: #d03030; -fx-font-weight: bold;" : ""));
        }
        int f = s.cpu().af() & 0xFF;
        flags.setText("S" + bit(f, 7) + " Z" + bit(f, 6) + " H" + bit(f, 4) + " P/V" + bit(f, 2) + " N" + bit(f, 1)
                + " C" + bit(f, 0) + "   IM " + s.cpu().im() + " IFF1 " + (s.cpu().iff1() ? 1 : 0)
                + (s.cpu().halted() ? " HALT" : ""));
        stopwatch.setText(String.format("Stopwatch %d T = %.6f s at %.3f MHz%nT-states %d, step back: %d",
                s.stopwatch(), s.stopwatch() / (double) s.clockHz(), s.clockHz() / 1e6, s.cpu().cycles(), s.history()));
        stack.getItems().setAll(s.stack());
        breakpoints.getItems().setAll(s.breakpoints());
        chip.setText(s.chip());
        refreshMemory();
    }

    private static int bit(int f, int n) {
        return (f >> n) & 1;
    }

    private void refreshMemory() {
        DebugSnapshot s = shown;
        if (s == null) {
            return;
        }
        int start = memoryStart(s);
        StringBuilder sb = new StringBuilder();
        for (int row = 0; row < 8; row++) {
            int a = (start + row * 16) & 0xFFFF;
            StringBuilder text = new StringBuilder();
            sb.append(String.format("%04X%s ", a, s.rom().get(a) ? "r" : " "));
            for (int i = 0; i < 16; i++) {
                int addr = (a + i) & 0xFFFF;
                int b = s.memoryAt(addr);
                sb.append(s.changed().get(addr) ? '*' : ' ').append(String.format("%02X", b));
                text.append(b >= 32 && b < 127 ? (char) b : '.');
            }
            sb.append("  ").append(text).append('\n');
        }
        sb.append("(r = ROM or unmapped, * = changed since the last stop)");
        memory.setText(sb.toString());
    }

    private int memoryStart(DebugSnapshot s) {
        String t = memoryAddress.getText().trim();
        Register r = Register.byName(t);
        if (r != null && r.bits() == 16) {
            return r.of(s.cpu()) & 0xFFF0;
        }
        try {
            return Integer.parseInt(t.replace("$", ""), 16) & 0xFFF0;
        } catch (NumberFormatException e) {
            Integer a = controller.symbols().addressOf(t);
            return a == null ? 0 : a & 0xFFF0;
        }
    }

    /** Lines of the listing as shown, for tests. */
    List<DebugSnapshot.Line> listingLines() {
        return List.copyOf(listing.getItems());
    }

    /** A listing row: a gutter (click: breakpoint), address, label, bytes, instruction, C line. */
    private final class LineCell extends ListCell<DebugSnapshot.Line> {
        private final Label gutter = new Label();
        private final Label text = new Label();

        LineCell() {
            gutter.setMinWidth(18);
            gutter.setStyle("-fx-text-fill: #d03030; -fx-font-weight: bold;");
            gutter.setOnMouseClicked(e -> {
                DebugSnapshot.Line line = getItem();
                if (line != null) {
                    controller.toggleBreakpoint(line.address());
                    e.consume();
                }
            });
            text.setStyle("-fx-font-family: monospace;");
            MenuItem runTo = new MenuItem("Run to cursor");
            runTo.setOnAction(e -> {
                if (getItem() != null) {
                    controller.runTo(getItem().address());
                }
            });
            MenuItem toggle = new MenuItem("Toggle breakpoint");
            toggle.setOnAction(e -> {
                if (getItem() != null) {
                    controller.toggleBreakpoint(getItem().address());
                }
            });
            setContextMenu(new ContextMenu(runTo, toggle));
        }

        @Override
        protected void updateItem(DebugSnapshot.Line line, boolean empty) {
            super.updateItem(line, empty);
            if (empty || line == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            gutter.setId("dbg-gutter-" + String.format("%04X", line.address()));
            gutter.setText(line.breakpoint() ? "\u25CF" : " ");
            boolean atPc = shown != null && line.address() == shown.cpu().pc();
            text.setText(String.format("%s %04X  %-8s %5sT  %-26s %s%s", atPc ? "=>" : "  ", line.address(),
                    line.bytes(), line.tStates(), line.text(), line.label() == null ? "" : "<" + line.label() + ">",
                    line.source() == null ? "" : "  [" + line.source() + "]"));
            setGraphic(new HBox(2, gutter, text));
            setText(null);
        }
    }
}
