package retroshield.ui;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real window, headless, opened on the echo ROM with its settings in a temporary folder:
 * the set-up the app's TestFX tests share.
 */
abstract class RunningAppTest {

    @TempDir
    Path dir;

    DesktopApp app;
    final FxRobot robot = new FxRobot();

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

    static void waitFor(String what, BooleanSupplier condition) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("timed out waiting for " + what);
        }
    }

    /** The text of the frame on screen, rows joined with newlines ("" before the first picture). */
    String screen() throws Exception {
        retroshield.terminal.TerminalFrame f = retroshield.ui.crt.FxTestSupport.onFx(
                () -> app.window().terminal().crt().shownFrame());
        if (f == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (int r = 0; r < f.rows(); r++) {
            sb.append(f.rowText(r)).append('\n');
        }
        return sb.toString();
    }

    /** The value of a check, false when it throws (for {@link #waitFor}). */
    static boolean call(java.util.concurrent.Callable<Boolean> c) {
        try {
            return c.call();
        } catch (Exception e) {
            return false;
        }
    }
}
