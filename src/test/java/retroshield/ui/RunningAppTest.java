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
}
