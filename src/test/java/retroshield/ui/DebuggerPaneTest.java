package retroshield.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import retroshield.debug.DebugPrograms;
import retroshield.debug.SymbolTable;
import retroshield.machine.Machine;
import retroshield.machine.MachineRunner;
import retroshield.ui.crt.FxTestSupport;

/**
 * The debugger view, headless, on a small program: a gutter click sets a breakpoint that
 * continue then hits, a step updates the registers, a memory write takes effect.
 */
class DebuggerPaneTest {

    private final FxRobot robot = new FxRobot();
    private Machine machine;
    private MachineRunner runner;
    private DebuggerPane pane;

    @BeforeEach
    void open() throws Exception {
        FxToolkit.registerPrimaryStage();
        machine = DebugPrograms.machine();
        runner = new MachineRunner(machine);
        runner.start();
        DebugController controller = new DebugController(runner, SymbolTable.parse("t", "sub = $0020"), 4_000_000);
        FxToolkit.setupStage(stage -> {
            pane = new DebuggerPane(controller);
            Scene scene = new Scene(pane, 1000, 720);
            pane.installKeys(scene);
            stage.setScene(scene);
            stage.show();
        });
        controller.attach();
        waitFor("attached", () -> text("#dbg-message").startsWith("paused"));
    }

    @AfterEach
    void close() throws Exception {
        runner.close();
        FxToolkit.hideStage();
    }

    private String text(String id) {
        try {
            return FxTestSupport.onFx(() -> {
                Object node = robot.lookup(id).query();
                return node instanceof Label l ? l.getText() : node instanceof TextArea a ? a.getText()
                        : ((TextField) node).getText();
            });
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** The listing starts at {@code first} and marks a breakpoint on the line at {@code address}. */
    private boolean lineHasBreakpoint(int address, int first) {
        try {
            return FxTestSupport.onFx(() -> {
                var lines = pane.listingLines();
                return !lines.isEmpty() && lines.get(0).address() == first
                        && lines.stream().anyMatch(l -> l.address() == address && l.breakpoint());
            });
        } catch (Exception e) {
            return false;
        }
    }

    /**
     * Clicks the gutter of the listing line at that address: only once a cell that is really
     * shown (list cells are recycled, stale ones hidden) holds that very line, checked on the FX
     * thread, and after the pending FX events (layout) so the node does not move under the click.
     */
    private void clickWhenShown(String id) throws Exception {
        int address = Integer.parseInt(id.substring(id.lastIndexOf('-') + 1), 16);
        waitFor(id + " on screen", () -> {
            WaitForAsyncUtils.waitForFxEvents();
            try {
                return FxTestSupport.onFx(() -> gutterOf(id, address) != null);
            } catch (Exception e) {
                return false;
            }
        });
        javafx.scene.Node gutter = FxTestSupport.onFx(() -> gutterOf(id, address));
        robot.clickOn(gutter);
    }

    /** The shown gutter with that id whose cell holds the line at {@code address}, or null (FX thread). */
    private javafx.scene.Node gutterOf(String id, int address) {
        for (javafx.scene.Node n : robot.lookup(id).queryAll()) {
            if (!shown(n)) {
                continue;
            }
            for (javafx.scene.Node p = n; p != null; p = p.getParent()) {
                if (p instanceof javafx.scene.control.ListCell<?> cell) {
                    // The cell's index must hold that line in the list as it is now: a cell not yet
                    // laid out again after setAll still shows (and has the id of) an old line.
                    var view = cell.getListView();
                    int index = cell.getIndex();
                    if (view != null && !view.isNeedsLayout() && !cell.isEmpty()
                            && index >= 0 && index < view.getItems().size()
                            && view.getItems().get(index) instanceof DebugSnapshot.Line current
                            && current.address() == address && cell.getItem() == current && cell.getWidth() > 0) {
                        return n;
                    }
                    break;
                }
            }
        }
        return null;
    }

    private static boolean shown(javafx.scene.Node node) {
        for (javafx.scene.Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }

    /**
     * Clicks the gutter until the condition holds: a click the robot lost on a loaded machine is
     * tried again (at most three times; never while the condition already holds).
     */
    private void clickUntil(String id, String what, BooleanSupplier condition) throws Exception {
        for (int attempt = 0; attempt < 3 && !condition.getAsBoolean(); attempt++) {
            clickWhenShown(id);
            try {
                WaitForAsyncUtils.waitFor(4, TimeUnit.SECONDS, condition::getAsBoolean);
            } catch (java.util.concurrent.TimeoutException e) {
                // the click did not take: try again
            }
        }
        waitFor(what, condition);
    }

    private static void waitFor(String what, BooleanSupplier condition) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("timed out waiting for " + what);
        }
    }

    private int onEmulator(java.util.function.ToIntFunction<Machine> f) throws Exception {
        CompletableFuture<Integer> result = new CompletableFuture<>();
        runner.submit(m -> result.complete(f.applyAsInt(m)));
        return result.get(10, TimeUnit.SECONDS);
    }

    @Test
    void aGutterClickSetsABreakpointThatContinueHits() throws Exception {
        assertEquals("0000", text("#dbg-reg-PC"));
        clickUntil("#dbg-gutter-000E", "the breakpoint in the list", () -> {
            try {
                return FxTestSupport.onFx(() -> ((ListView<?>) robot.lookup("#dbg-breakpoints").query()).getItems().size()) == 1;
            } catch (Exception e) {
                return false;
            }
        });
        waitFor("the gutter shows it", () -> lineHasBreakpoint(0x000E, 0x0000));
        robot.clickOn("#dbg-continue");
        waitFor("the stop at $000E", () -> text("#dbg-reg-PC").equals("000E"));
        assertTrue(text("#dbg-message").contains("breakpoint #1 at $000E"), text("#dbg-message"));
        assertEquals(0x000E, onEmulator(m -> m.cpu().pc()));
        assertEquals('F', onEmulator(m -> m.memory().read(0x300F)), "the LDIR ran before it");
    }

    @Test
    void goToShowsASymbolInTheListingUntilTheNextStep() throws Exception {
        robot.clickOn("#dbg-goto-text").write("sub");
        robot.clickOn("#dbg-goto");
        waitFor("the listing at sub", () -> {
            try {
                return FxTestSupport.onFx(() -> pane.listingLines().get(0).address()) == 0x0020;
            } catch (Exception e) {
                return false;
            }
        });
        assertTrue(text("#dbg-message").contains("(sub)"), text("#dbg-message"));
        clickUntil("#dbg-gutter-0024", "a breakpoint at $0024, listing still there",
                () -> lineHasBreakpoint(0x0024, 0x0020));
        robot.clickOn("#dbg-continue");
        waitFor("stopped at $0024", () -> text("#dbg-reg-PC").equals("0024"));
    }

    @Test
    void aWatchpointTypedInTheViewStopsTheLdir() throws Exception {
        robot.clickOn("#dbg-watch").write("w $3000..$300F if value == '7'");
        robot.clickOn("#dbg-watch-add");
        waitFor("the watchpoint in the list", () -> {
            try {
                return FxTestSupport.onFx(() -> ((ListView<?>) robot.lookup("#dbg-breakpoints").query()).getItems().size()) == 1;
            } catch (Exception e) {
                return false;
            }
        });
        robot.clickOn("#dbg-continue");
        waitFor("the stop in the LDIR", () -> text("#dbg-message").contains("write $37 to $3007"));
        assertEquals("000C", text("#dbg-reg-PC"));
    }

    @Test
    void aStepUpdatesTheRegisters() throws Exception {
        robot.clickOn("#dbg-into");
        waitFor("PC after LD SP,$8000", () -> text("#dbg-reg-PC").equals("0003"));
        assertEquals("8000", text("#dbg-reg-SP"));
        String style = FxTestSupport.onFx(() -> ((TextField) robot.lookup("#dbg-reg-SP").query()).getStyle());
        assertTrue(style.contains("-fx-text-fill"), "SP changed, so it is highlighted: " + style);
        robot.clickOn("#dbg-into");
        waitFor("HL loaded", () -> text("#dbg-reg-HL").equals("0100"));
        robot.clickOn("#dbg-back");
        waitFor("one step back", () -> text("#dbg-reg-PC").equals("0003"));
        assertEquals(0x0003, onEmulator(m -> m.cpu().pc()));
    }

    @Test
    void aMemoryEditTakesEffect() throws Exception {
        robot.clickOn("#dbg-poke-address").write("3000");
        robot.clickOn("#dbg-poke-value").write("5A");
        robot.clickOn("#dbg-poke");
        waitFor("the byte in memory", () -> {
            try {
                return onEmulator(m -> m.memory().read(0x3000)) == 0x5A;
            } catch (Exception e) {
                return false;
            }
        });
        robot.clickOn("#dbg-memory-address");
        FxTestSupport.onFx(() -> {          // a robot double click may come as two clicks under load
            ((TextField) robot.lookup("#dbg-memory-address").query()).selectAll();
            return null;
        });
        robot.write("3000").type(javafx.scene.input.KeyCode.ENTER);
        waitFor("the memory view shows it, marked changed", () -> text("#dbg-memory").contains("3000  *5A"));
    }
}
