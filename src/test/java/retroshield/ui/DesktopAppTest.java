package retroshield.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import retroshield.terminal.TerminalFrame;
import retroshield.ui.crt.FxTestSupport;

/**
 * The real window, headless: it opens on a ROM already running, typing reaches the firmware and
 * the echo appears in the terminal frame, the status bar follows the machine, examples type
 * themselves.
 */
class DesktopAppTest extends RunningAppTest {

    @Test
    void opensOnTheRomAlreadyRunningAndShowsItsBanner() throws Exception {
        assertNotNull(app.model().sessionProperty().get(), "a ROM is loaded");
        waitFor("the banner on screen", () -> call(() -> screen().contains("READY")));
        waitFor("state Running in the status bar", () -> call(() ->
                FxTestSupport.onFx(() -> ((Label) robot.lookup("#status-state").query()).getText())
                        .equals("Running")));
        String pc = FxTestSupport.onFx(() -> ((Label) robot.lookup("#status-pc").query()).getText());
        assertTrue(pc.matches("PC \\$00[0-3][0-9A-F]"), "PC inside the echo loop: " + pc);
    }

    @Test
    void typedKeysReachTheFirmwareAndTheEchoAppears() throws Exception {
        waitFor("the banner", () -> call(() -> screen().contains("READY")));
        FxTestSupport.onFx(() -> {
            app.window().focusTerminal();
            return null;
        });
        robot.write("hi z80");
        robot.type(KeyCode.ENTER);
        waitFor("the echo", () -> call(() -> screen().contains("hi z80")));
        java.util.List<String> lines = java.util.List.of(screen().split("\n"));
        assertEquals("READY", lines.get(0));
        assertTrue(lines.indexOf("hi z80") > 0, "the echo on its own line after the banner: " + lines);
    }

    @Test
    void clickingAnExampleTypesIt() throws Exception {
        waitFor("the banner", () -> call(() -> screen().contains("READY")));
        FxTestSupport.onFx(() -> {
            app.window().lookupAll(".tab").stream().skip(1).findFirst().ifPresent(t -> { });
            return null;
        });
        Hyperlink link = FxTestSupport.onFx(() -> (Hyperlink) app.window().lookupAll(".hyperlink").stream()
                .filter(n -> n instanceof Hyperlink h && h.getText().equals("hello")).findFirst().orElseThrow());
        FxTestSupport.onFx(() -> {
            link.fire();
            return null;
        });
        waitFor("the example echoed", () -> call(() -> screen().contains("hello")));
    }

    @Test
    void pauseStopsTheMachineAndRunResumes() throws Exception {
        waitFor("the banner", () -> call(() -> screen().contains("READY")));
        robot.type(KeyCode.F6);
        waitFor("Paused", () -> call(() -> app.model().stateProperty().get().equals("Paused")));
        robot.type(KeyCode.F5);
        waitFor("Running", () -> call(() -> app.model().stateProperty().get().equals("Running")));
    }

    @Test
    void draggingTheMouseSelectsTextForCopy() throws Exception {
        waitFor("the banner", () -> call(() -> screen().contains("READY")));
        retroshield.ui.crt.CrtView crt = app.window().terminal().crt();
        javafx.geometry.Point2D[] ends = FxTestSupport.onFx(() -> {
            TerminalFrame f = crt.shownFrame();
            // where the cells are seen, through the tube's barrel distortion
            double curvature = crt.settings().effective().curvature().amount();
            retroshield.ui.crt.TubeLayout t = retroshield.ui.crt.TubeLayout.of(
                    (int) Math.ceil(crt.getWidth()), (int) Math.ceil(crt.getHeight()), curvature);
            double[] a = retroshield.ui.crt.BarrelMap.targetOf(t, curvature, 0.5 / f.columns(), 0.5 / f.rows());
            double[] b = retroshield.ui.crt.BarrelMap.targetOf(t, curvature, 4.5 / f.columns(), 0.5 / f.rows());
            return new javafx.geometry.Point2D[] {crt.localToScreen(a[0], a[1]), crt.localToScreen(b[0], b[1])};
        });
        robot.drag(ends[0], javafx.scene.input.MouseButton.PRIMARY).dropTo(ends[1]);
        waitFor("a selection", () -> call(() -> FxTestSupport.onFx(() -> crt.selectionProperty().get() != null)));
        assertEquals("READY", FxTestSupport.onFx(crt::selectedText));
    }

    @Test
    void aLongPasteArrivesWhole() throws Exception {
        waitFor("the banner", () -> call(() -> screen().contains("READY")));
        StringBuilder text = new StringBuilder();
        for (int i = 0; text.length() < 1200; i++) {
            text.append((char) ('A' + i % 26)).append(i % 10);
        }
        String pasted = text.toString();
        FxTestSupport.onFx(() -> {
            app.model().paste(pasted);
            return null;
        });
        waitFor("the whole paste echoed", () -> call(() -> screen().replace("\n", "").endsWith(pasted)));
    }

    @Test
    void settingsAreSavedOnExit() throws Exception {
        FxToolkit.cleanupApplication(app);
        Path file = dir.resolve("config").resolve(SettingsStore.FILE_NAME);
        assertTrue(Files.exists(file), "settings written");
        assertTrue(Files.readString(file).contains("echo.json"), "last ROM remembered");
    }
}
