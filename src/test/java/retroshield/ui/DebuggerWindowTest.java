package retroshield.ui;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import retroshield.machine.MachineStatus;
import retroshield.ui.crt.FxTestSupport;

/** The app: F12 opens the debugger on the running ROM, pausing it; a step moves PC. */
class DebuggerWindowTest {

    @TempDir
    Path dir;

    private DesktopApp app;
    private final FxRobot robot = new FxRobot();

    @BeforeEach
    void startApp() throws Exception {
        System.setProperty(SettingsStore.CONFIG_DIR_PROPERTY, dir.resolve("config").toString());
        Path rom = EchoRom.write(dir.resolve("roms"));
        FxToolkit.registerPrimaryStage();
        app = (DesktopApp) FxToolkit.setupApplication(DesktopApp.class, rom.toString());
    }

    @AfterEach
    void stopApp() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.hideStage();
        System.clearProperty(SettingsStore.CONFIG_DIR_PROPERTY);
    }

    private static void waitFor(String what, BooleanSupplier condition) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("timed out waiting for " + what);
        }
    }

    private String field(String id) {
        try {
            return FxTestSupport.onFx(() -> {
                Object n = robot.lookup(id).query();
                return n == null ? "" : n instanceof Label l ? l.getText() : ((TextField) n).getText();
            });
        } catch (Exception e) {
            return "";
        }
    }

    @Test
    void f12OpensTheDebuggerPausedAndAStepMovesPc() throws Exception {
        waitFor("the ROM running", () -> app.model().sessionProperty().get() != null
                && app.model().sessionProperty().get().status().state() == MachineStatus.State.RUNNING);
        FxTestSupport.onFx(() -> {
            app.window().terminal().requestFocus();
            return null;
        });
        robot.type(KeyCode.F12);
        waitFor("the debugger window, paused", () -> field("#dbg-message").startsWith("paused"));
        assertTrue(app.model().sessionProperty().get().status().state() != MachineStatus.State.RUNNING);
        String pc = field("#dbg-reg-PC");
        robot.clickOn("#dbg-into");
        waitFor("PC moved", () -> !field("#dbg-reg-PC").equals(pc) || field("#dbg-message").startsWith("step"));
        assertTrue(field("#dbg-message").startsWith("step"), field("#dbg-message"));
        assertNotEquals("", field("#dbg-reg-SP"));
    }
}
