package retroshield.ui;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import retroshield.rom.RomExample;
import retroshield.rom.RomMetadata;
import retroshield.terminal.TerminalFrame;
import retroshield.ui.crt.FxTestSupport;

/**
 * Started with no arguments, the app opens the bundled default ROM (roms/mint.json) already
 * running: its ready text shows, and its first example, clicked, gives the expected reply.
 * Skipped while the bundled ROM is not in the checkout.
 */
class DefaultRomStartupTest {

    @TempDir
    Path dir;

    @Test
    void opensTheDefaultRomRunningAndItsExampleWorks() throws Exception {
        assumeTrue(Files.isRegularFile(Path.of("roms", RomLocator.DEFAULT_ROM)), "roms/mint.json not built yet");
        System.setProperty(SettingsStore.CONFIG_DIR_PROPERTY, dir.toString());
        FxToolkit.registerPrimaryStage();
        DesktopApp app = (DesktopApp) FxToolkit.setupApplication(DesktopApp.class);
        try {
            MachineSession session = app.model().sessionProperty().get();
            assertNotNull(session, "a ROM is running");
            RomMetadata m = session.metadata();
            assertTrue(m.source().toString().endsWith(RomLocator.DEFAULT_ROM), "default ROM: " + m.source());
            String ready = m.ready() == null ? "" : m.ready().strip();
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> screen(app).contains(ready));
            if (!m.examples().isEmpty()) {
                RomExample ex = m.examples().get(0);
                FxTestSupport.onFx(() -> {
                    app.model().typeLine(ex.input());
                    return null;
                });
                WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> screen(app).contains(ex.expect()));
            }
        } finally {
            FxToolkit.cleanupApplication(app);
            FxToolkit.hideStage();
            System.clearProperty(SettingsStore.CONFIG_DIR_PROPERTY);
        }
    }

    private static String screen(DesktopApp app) throws Exception {
        TerminalFrame f = FxTestSupport.onFx(() -> app.model().frame());
        StringBuilder sb = new StringBuilder();
        for (int r = 0; r < f.rows(); r++) {
            sb.append(f.rowText(r)).append('\n');
        }
        return sb.toString();
    }
}
